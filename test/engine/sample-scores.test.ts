import { classify } from '../../src/core/circles';
import { hasSharedData, loadSample, sampleNames, score } from './shared-data';

const run = hasSharedData ? describe : describe.skip;
if (!hasSharedData) console.warn('test/engine/sample-scores: ../shared is absent, skipping the sample mailbox scores.');

run('the engine on the three sample mailboxes', () => {
  it.each(sampleNames)('meets the precision, recall, macro-F1 and abstention targets on %s', (name) => {
    const { mailbox } = loadSample(name);
    const s = score(name, classify({ mailbox }).suggestions);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall_knowable).toBeGreaterThanOrEqual(0.9);
    expect(s.macro_f1).toBeGreaterThanOrEqual(0.9);
    expect(s.abstain_unknowable).toBeGreaterThanOrEqual(0.9);
  });

  // Hidden mailboxes come with full, partial or no profile: inference must carry the engine without one.
  it.each(sampleNames)('meets the same targets on %s when the owner gave no profile at all', (name) => {
    const { mailbox } = loadSample(name);
    const bare = {
      ...mailbox,
      owner: { ...mailbox.owner, profile: { employers: [], schools: [], trainings: [], clubs: [] } },
    };
    const s = score(name, classify({ mailbox: bare }).suggestions);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall_knowable).toBeGreaterThanOrEqual(0.9);
    expect(s.macro_f1).toBeGreaterThanOrEqual(0.9);
    expect(s.abstain_unknowable).toBeGreaterThanOrEqual(0.9);
  });

  it.each(sampleNames)('still keeps precision at or above 0.95 on %s without mailbox signals', (name) => {
    const { mailbox } = loadSample(name);
    const s = score(name, classify({ mailbox, signals: 'off' }).suggestions);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
  });
});
