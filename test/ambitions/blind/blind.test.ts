/**
 * The blind ambition set (written by someone who had not read the engine): interpretation F1 per field.
 * Floors sit a little under the figures reached (docs/KNOWLEDGE.md has them before and after), so a
 * change that loses understanding fails here.
 */
import { fields, loadBlindSet, scoreBlindSet, scoreField } from './f1';

describe('interpretation F1 on the blind ambition set', () => {
  const set = loadBlindSet(__dirname);
  const scores = scoreBlindSet(set);

  it('holds at least 80 ambitions in French and English', () => {
    expect(set.length).toBeGreaterThanOrEqual(80);
    expect(new Set(set.map((a) => a.lang))).toEqual(new Set(['fr', 'en']));
  });

  it.each(fields)('reads %s with micro and macro F1 of at least 0.9', (field) => {
    console.log(`${field}: micro F1 ${scores[field].microF1}, macro F1 ${scores[field].macroF1}`);
    expect(scores[field].microF1).toBeGreaterThanOrEqual(0.9);
    expect(scores[field].macroF1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('scoreField', () => {
  it('pools labels for micro F1 and averages labels for macro F1', () => {
    const s = scoreField([
      { expected: ['a'], got: ['a'] },
      { expected: ['a', 'b'], got: ['a'] },
      { expected: [], got: ['c'] },
    ]);
    // tp 2, fp 1, fn 1 → micro 4/6; labels a 1, b 0, c 0 → macro 1/3.
    expect(s.microF1).toBeCloseTo(0.667, 3);
    expect(s.macroF1).toBeCloseTo(0.333, 3);
  });
});
