/**
 * Telling Circles more of your true path never costs a suggestion: on the sample mailboxes whose owner gave a
 * profile, adding one more true entry (an employer, school, training or club the owner really listed) to any
 * part of that profile never lowers the recall of knowable circles. This is the promise behind the onboarding's
 * "confirm your path": confirming a pre-filled profile must not lose what the default already found.
 */
import fc from 'fast-check';
import { classify } from '../../src/core/circles';
import type { Mailbox, OwnerProfile } from '../../src/core/model';
import { hasSharedData, loadSample, type Answers } from './shared-data';

const run = hasSharedData ? describe : describe.skip;
if (!hasSharedData)
  console.warn('test/engine/profile-recall: ../shared is absent, skipping the profile property test.');

type Kind = Exclude<keyof OwnerProfile, 'declined'>;
const kinds: readonly Kind[] = ['employers', 'schools', 'trainings', 'clubs'];
type Entry = { readonly kind: Kind; readonly index: number };

function entriesOf(profile: OwnerProfile): Entry[] {
  return kinds.flatMap((kind) => profile[kind].map((_, index) => ({ kind, index })));
}

function profileOf(full: OwnerProfile, chosen: readonly Entry[]): OwnerProfile {
  const pick = (kind: Kind) => chosen.filter((e) => e.kind === kind).map((e) => full[kind][e.index]!);
  return { employers: pick('employers'), schools: pick('schools'), trainings: pick('trainings'), clubs: pick('clubs') };
}

/** The scorer's recall_knowable, in process: knowable contacts whose suggested circle is the true one. */
function recall(mailbox: Mailbox, answers: Answers, profile: OwnerProfile): number {
  const suggestions = classify({ mailbox: { ...mailbox, owner: { ...mailbox.owner, profile } } }).suggestions;
  const byId = new Map(suggestions.map((s) => [s.contactId, s.circle]));
  let knowable = 0;
  let right = 0;
  for (const [id, truth] of Object.entries(answers.labels)) {
    if (truth.evidence.length === 0) continue;
    knowable++;
    if (byId.get(id) === truth.circle) right++;
  }
  return right / knowable;
}

run('adding a true profile entry never lowers recall', () => {
  it.each(['dev-fr-a', 'dev-en-a'])('on %s, for any part of the true profile and any entry added to it', (name) => {
    const { mailbox, answers } = loadSample(name);
    const all = entriesOf(mailbox.owner.profile);
    expect(all.length).toBeGreaterThan(0);
    const memo = new Map<string, number>();
    const recallOf = (chosen: readonly Entry[]) => {
      const key = chosen
        .map((e) => `${e.kind}${e.index}`)
        .sort()
        .join(',');
      let r = memo.get(key);
      if (r === undefined) memo.set(key, (r = recall(mailbox, answers, profileOf(mailbox.owner.profile, chosen))));
      return r;
    };
    fc.assert(
      fc.property(fc.subarray(all), fc.constantFrom(...all), (subset, added) => {
        fc.pre(!subset.includes(added));
        const before = recallOf(subset);
        const after = recallOf([...subset, added]);
        if (after < before)
          throw new Error(
            `recall ${before} → ${after} when ${added.kind}[${added.index}] was added to ${JSON.stringify(subset)}`,
          );
      }),
      { numRuns: 25, seed: 14 },
    );
  });
});
