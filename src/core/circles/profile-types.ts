import type { ProfileEntry } from '../model';

/** A profile entry the engine inferred, offered to the user for confirmation. */
export type ProfileCandidate = ProfileEntry & {
  /** How many contacts, notes or subjects support it. */
  readonly support: number;
  readonly source: 'owner-address' | 'recurring';
};

/** Everything the engine inferred about the owner's path. */
export type ProfileCandidates = {
  readonly currentEmployer?: ProfileCandidate;
  readonly employers: readonly ProfileCandidate[];
  readonly schools: readonly ProfileCandidate[];
  readonly trainings: readonly ProfileCandidate[];
  readonly clubs: readonly ProfileCandidate[];
};
