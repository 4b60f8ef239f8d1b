/**
 * The choices that shape the groups, in one place: the defaults are what the product uses; the snap tuning
 * script (scripts/tune-snap.ts) varies them, always for every ego at once, and scores each ego with choices
 * tuned on the other four. See docs/GROUPS.md for what each does and how it was chosen.
 */
export type GroupTuning = {
  /** A shared meeting or message loses half its weight after this many days. */
  readonly halfLifeDays: number;
  /**
   * A signal of k people adds 1 / (k − 1)^pairExponent to each of its pairs: 1 keeps each person's share of a
   * meeting constant (a large meeting counts as one small one), 0 counts every pair fully; ½ is between.
   */
  readonly pairExponent: number;
  /** Louvain resolutions: below 1 merges communities into larger ones, above 1 splits them into nested ones. */
  readonly resolutions: readonly number[];
  /** Louvain's random order: the same seed gives the same groups for the same mailbox. */
  readonly seed: number;
  /** Ranking: cohesion^cohesionPower × (1 − sizeDiscount / size). */
  readonly cohesionPower: number;
  readonly sizeDiscount: number;
  /** A candidate's score shrinks by (1 − its largest overlap (Jaccard) with a group already chosen)^diversity. */
  readonly diversity: number;
  /** Two groups sharing this much (Jaccard) are the same group. */
  readonly sameGroup: number;
  /**
   * Two communities whose members, grown (`grow`), share this much (Jaccard) are the same people: the later goes.
   * On the snap egos no two grown groups come this close (0.8 would drop some and lower 1 − BER by 0.007).
   */
  readonly sameGrown: number;
  /** How many groups are shown: this many per community found at resolution 1, within the bounds. */
  readonly groupsPerCommunity: number;
  readonly minShown: number;
  readonly maxShown: number;
  /**
   * Overlapping membership: a person outside a community who spends at least this share of their meeting weight
   * with its members is in it too (0: communities stay a partition).
   */
  readonly grow: number;
};

export const defaultTuning: GroupTuning = {
  halfLifeDays: 730,
  pairExponent: 0.5,
  resolutions: [0.3, 0.6, 1, 2, 4],
  seed: 1,
  cohesionPower: 2,
  sizeDiscount: 2,
  diversity: 1,
  sameGroup: 0.7,
  sameGrown: 0.9,
  groupsPerCommunity: 2,
  minShown: 5,
  maxShown: 16,
  grow: 0.25,
};
