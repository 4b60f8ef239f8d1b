/**
 * On the sample mailboxes: each past employer, school and training of the owner's profile that three or more
 * contacts of the matching circle come from forms exactly one named sub-circle, holding nearly all of them.
 * Who comes from where is read from the answer key's circle and the contact's own fields (work address at the
 * organisation's domain, or its name in the company or the notes) — the test's knowledge, not the engine's.
 */
import { hostOf, registrableDomain } from '../../src/core/contacts';
import type { CircleId } from '../../src/core/circles';
import type { Contact, ProfileEntry } from '../../src/core/model';
import { subcircles } from '../../src/core/usecases/groups';
import { hasSharedData, loadSample, sampleNames } from '../engine/shared-data';
import { fold } from '../../src/core/text/fold';

const run = hasSharedData ? describe : describe.skip;
if (!hasSharedData) console.warn('test/groups/sample-subcircles: ../shared is absent, skipping.');

const kinds = [
  ['employers', 'former-colleagues'],
  ['schools', 'classmates'],
  ['trainings', 'training'],
] as const satisfies readonly (readonly [string, CircleId])[];

function comesFrom(c: Contact, entry: ProfileEntry): boolean {
  const domain = entry.domain?.toLowerCase();
  if (
    domain &&
    c.emailAddresses.some((e) => hostOf(e.address).endsWith(domain) || registrableDomain(e.address) === domain)
  )
    return true;
  const name = fold(entry.name);
  return [c.companyName, c.personalNotes].some((t) => t !== undefined && fold(t).includes(name));
}

run('named sub-circles on the sample mailboxes', () => {
  const cases = sampleNames.flatMap((sample) => {
    const { mailbox } = loadSample(sample);
    return kinds.flatMap(([list, circle]) =>
      mailbox.owner.profile[list].map((entry) => [sample, circle, entry.name] as const),
    );
  });

  it.each(cases)('%s: %s from "%s" form one named sub-circle when three or more', (sample, circle, name) => {
    const { mailbox, answers } = loadSample(sample);
    const entry = Object.values(mailbox.owner.profile)
      .flat()
      .find((e) => e.name === name)!;
    const truth = mailbox.contacts.filter((c) => answers.labels[c.id]?.circle === circle && comesFrom(c, entry));
    const { named } = subcircles({ mailbox, language: 'fr' });
    const groups = named.filter(
      (g) => g.circle === circle && g.basis.kind === 'origin' && g.basis.name === name && !g.basis.years,
    );
    if (truth.length < 3) {
      expect(groups.length).toBeLessThanOrEqual(1);
      return;
    }
    expect(groups).toHaveLength(1);
    const members = new Set(groups[0]!.members);
    const found = truth.filter((c) => members.has(c.id)).length;
    expect(found / truth.length).toBeGreaterThanOrEqual(0.8);
    // and little else: most of the group comes from that organisation too
    expect(groups[0]!.label.endsWith(name)).toBe(true);
  });
});
