import fc from 'fast-check';
import { generateMailbox } from '../testing/builders';
import { classify } from './index';
import { defaultTaxonomy } from './taxonomy';
import type { Feedback } from './types';

const generated = generateMailbox({ contacts: 60, messages: 200, events: 20, seed: 3 }).mailbox;
// Duplicated contacts (same address) and a group event make order matter if anything depends on it.
const duplicates = generated.contacts
  .slice(0, 3)
  .map((c) => ({ ...c, id: `${c.id}-copy`, personalNotes: 'Client depuis 2020' }));
const groupEvent = {
  id: 'group',
  subject: 'Afterwork',
  attendees: generated.contacts.slice(0, 6).map((c) => ({ address: c.emailAddresses[0]?.address ?? '' })),
};
const base = {
  ...generated,
  contacts: [...generated.contacts, ...duplicates],
  events: [...generated.events, groupEvent],
};
const circles = defaultTaxonomy.map((c) => c.id);

describe('engine invariants', () => {
  it('gives every contact the same suggestion whatever the order of contacts', () => {
    const reference = new Map(classify({ mailbox: base }).suggestions.map((s) => [s.contactId, s]));
    fc.assert(
      fc.property(fc.shuffledSubarray([...base.contacts], { minLength: base.contacts.length }), (contacts) => {
        const shuffled = classify({ mailbox: { ...base, contacts } }).suggestions;
        for (const s of shuffled) expect(s).toEqual(reference.get(s.contactId));
      }),
      { numRuns: 15 },
    );
  });

  it('keeps confidence in [0, 1] and gives every suggestion at least one reason', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, threshold) => {
          const { mailbox } = generateMailbox({ contacts: 25, messages: 60, events: 5, seed });
          for (const s of classify({ mailbox, threshold }).suggestions) {
            expect(s.confidence).toBeGreaterThanOrEqual(0);
            expect(s.confidence).toBeLessThanOrEqual(1);
            if (s.circle !== null) expect(s.reasons.length).toBeGreaterThanOrEqual(1);
            // Kinds are stable codes the UI turns into sentences, never free text.
            for (const r of s.reasons) expect(r.kind).toMatch(/^[a-z]+(-[a-z]+)*$/);
            for (const a of s.alternatives) expect(a.confidence).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  it('never suggests a circle the user rejected for that contact', () => {
    const ids = base.contacts.map((c) => c.id);
    fc.assert(
      fc.property(
        fc.array(fc.record({ contactId: fc.constantFrom(...ids), circle: fc.constantFrom(...circles) }), {
          minLength: 1,
          maxLength: 30,
        }),
        (rejections) => {
          const feedback: Feedback[] = rejections.map((r, i) => ({
            ...r,
            verdict: 'reject',
            at: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
          }));
          const suggestions = classify({ mailbox: base, feedback }).suggestions;
          for (const s of suggestions) {
            const rejected = rejections.filter((r) => r.contactId === s.contactId).map((r) => r.circle as string);
            if (s.circle) expect(rejected).not.toContain(s.circle);
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  it('gives the same result whatever the order of the feedback', () => {
    const feedback: Feedback[] = base.contacts.slice(0, 8).map((c, i) => ({
      contactId: c.id,
      verdict: i % 3 === 0 ? 'reject' : 'correct',
      circle: circles[i % circles.length] as Feedback['circle'],
      at: '2026-02-01T00:00:00Z',
    }));
    const reference = classify({ mailbox: base, feedback }).suggestions;
    fc.assert(
      fc.property(fc.shuffledSubarray(feedback, { minLength: feedback.length }), (shuffled) => {
        expect(classify({ mailbox: base, feedback: shuffled }).suggestions).toEqual(reference);
      }),
      { numRuns: 10 },
    );
  });
});
