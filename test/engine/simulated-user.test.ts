/**
 * A simulated user: the answer key's circle for 10% of the contacts is fed back as corrections; recall on the
 * other 90% must rise. Uses the shared samples when present, otherwise a generated mailbox whose circles show
 * only through words the engine does not know (so only learning can find them).
 */
import { classify, type Feedback, type Suggestion } from '../../src/core/circles';
import type { Mailbox } from '../../src/core/model';
import { contact, mailbox as buildMailbox } from '../../src/core/testing/builders';
import { hasSharedData, loadSample, sampleNames } from './shared-data';

type Truth = ReadonlyMap<string, { circle: string; knowable: boolean }>;

/** Every tenth contact in id order: a fixed, order-independent 10% sample. */
function teach(mailbox: Mailbox, truth: Truth): Feedback[] {
  const ids = mailbox.contacts.map((c) => c.id).sort();
  return ids
    .filter((_, i) => i % 10 === 0)
    .map((contactId) => ({
      contactId,
      verdict: 'correct' as const,
      circle: truth.get(contactId)?.circle as Feedback['circle'],
      at: '2026-01-01T00:00:00Z',
    }));
}

function recallOnOthers(suggestions: readonly Suggestion[], truth: Truth, taught: ReadonlySet<string>): number {
  let knowable = 0;
  let found = 0;
  for (const s of suggestions) {
    const t = truth.get(s.contactId);
    if (!t || !t.knowable || taught.has(s.contactId)) continue;
    knowable++;
    if (s.circle === t.circle) found++;
  }
  return found / Math.max(1, knowable);
}

function check(mailbox: Mailbox, truth: Truth): { before: number; after: number } {
  const feedback = teach(mailbox, truth);
  const taught = new Set(feedback.map((f) => f.contactId));
  const before = recallOnOthers(classify({ mailbox }).suggestions, truth, taught);
  const after = recallOnOthers(classify({ mailbox, feedback }).suggestions, truth, taught);
  return { before, after };
}

/** Contacts whose circle shows only in words no vocabulary knows ("Zorblat", "Quimper-Vex"…). */
function opaqueMailbox(): { mailbox: Mailbox; truth: Truth } {
  const codes = { clients: 'opération zorblat', clubs: 'cercle quivanne', 'social-events': 'soirée velmor' } as const;
  const contacts = [];
  const truth = new Map<string, { circle: string; knowable: boolean }>();
  let n = 0;
  for (const [circle, words] of Object.entries(codes)) {
    for (let i = 0; i < 30; i++) {
      const c = contact({
        id: `o${String(n++).padStart(3, '0')}`,
        email: `p${n}@gmail.com`,
        personalNotes: `Vu pour ${words.split(' ')[1]} ${i}`,
      });
      contacts.push(c);
      truth.set(c.id, { circle, knowable: true });
    }
  }
  // People with no evidence at all, as in any real address book.
  for (let i = 0; i < 1000; i++) {
    const c = contact({ id: `z${String(i).padStart(4, '0')}`, email: `z${i}@gmail.com` });
    contacts.push(c);
    truth.set(c.id, { circle: 'online', knowable: false });
  }
  return { mailbox: buildMailbox({ contacts }), truth };
}

describe('a simulated user correcting 10% of the contacts', () => {
  if (hasSharedData) {
    // Recall is already near 0.99 on the samples, so some mailboxes leave nothing to learn: never lower, and
    // higher over the three together.
    it('raises recall on the other 90% of the sample mailboxes and never lowers it on any', () => {
      let gain = 0;
      for (const name of sampleNames) {
        const { mailbox, answers } = loadSample(name);
        const truth: Truth = new Map(
          Object.entries(answers.labels).map(([id, l]) => [id, { circle: l.circle, knowable: l.evidence.length > 0 }]),
        );
        const { before, after } = check(mailbox, truth);
        expect(after).toBeGreaterThanOrEqual(before);
        gain += after - before;
      }
      expect(gain).toBeGreaterThan(0);
    });
  } else {
    console.warn('test/engine/simulated-user: ../shared is absent, using a generated mailbox only.');
  }

  it('raises recall on a generated mailbox whose circles only learning can see', () => {
    const { mailbox, truth } = opaqueMailbox();
    const { before, after } = check(mailbox, truth);
    expect(before).toBeLessThan(0.2);
    expect(after).toBeGreaterThan(before + 0.5);
  });
});
