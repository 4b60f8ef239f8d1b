import { sameEntryAs, type ProfileCandidates } from '../../../core/circles';
import type { OwnerProfile, ProfileEntry } from '../../../core/model';
import { fold } from '../../../core/text/fold';

export type ProfileSection = 'employers' | 'schools' | 'trainings' | 'clubs';
export const profileSections: readonly ProfileSection[] = ['employers', 'schools', 'trainings', 'clubs'];

/** An entry plus how often the mailbox showed it, when the engine inferred it. */
export type EditableEntry = ProfileEntry & { readonly support?: number };
export type EditableProfile = Readonly<Record<ProfileSection, readonly EditableEntry[]>>;

/**
 * What the onboarding starts from: what the user already said, then what the engine inferred that is not
 * already there (same name without accents or case, or same domain) nor declined, strongest first.
 */
export function prefillProfile(profile: OwnerProfile, candidates: ProfileCandidates): EditableProfile {
  const out = {} as Record<ProfileSection, EditableEntry[]>;
  // What the user removed before is not offered again.
  const declined = profile.declined ?? [];
  for (const section of profileSections) {
    // The same organisation under another spelling (« Iroise entrepreneurs’ circle » beside « Cercle des
    // entrepreneurs d’Iroise ») has the same domain.
    const known = sameEntryAs([...profile[section], ...declined]);
    const inferred = [...candidates[section]]
      .sort((a, b) => b.support - a.support)
      .filter((c) => !known(c))
      .map((c): EditableEntry => ({ name: c.name, ...(c.domain ? { domain: c.domain } : {}), support: c.support }));
    out[section] = [...profile[section], ...inferred];
  }
  return out;
}

/**
 * Back to the stored shape, without the UI's support counts. `offered` is what the editor started from: an entry
 * the mailbox suggested (it has a support count) and the user removed is kept as declined, with those declined
 * before, so the engine never takes it as theirs again.
 */
export function toProfile(editable: EditableProfile, offered?: EditableProfile, before?: OwnerProfile): OwnerProfile {
  const strip = (entries: readonly EditableEntry[]): ProfileEntry[] =>
    entries.map(({ support, ...entry }) => {
      void support;
      return entry;
    });
  const kept = new Set(profileSections.flatMap((s) => editable[s].map((e) => fold(e.name))));
  const removed = offered
    ? profileSections.flatMap((s) => offered[s].filter((e) => e.support !== undefined && !kept.has(fold(e.name))))
    : [];
  const declined = [...(before?.declined ?? []).filter((e) => !kept.has(fold(e.name))), ...strip(removed)];
  return {
    employers: strip(editable.employers),
    schools: strip(editable.schools),
    trainings: strip(editable.trainings),
    clubs: strip(editable.clubs),
    ...(declined.length ? { declined } : {}),
  };
}

/** Adds a typed name (trimmed; ignored when empty or already listed). */
export function addEntry(entries: readonly EditableEntry[], name: string): readonly EditableEntry[] {
  const clean = name.trim();
  if (!clean || entries.some((e) => fold(e.name) === fold(clean))) return entries;
  return [...entries, { name: clean }];
}
