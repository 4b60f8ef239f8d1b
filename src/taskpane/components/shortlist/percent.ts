import type { ShortlistEntry } from '../../../core/ambitions';

/**
 * What the list is: people who fit the ambition, or only the closest ones when a part of it matches nobody
 * (the notice above the list says which part).
 */
export type ShortlistKind = 'fits' | 'closest';

export const shortlistKind = (shortfalls: readonly unknown[]): ShortlistKind =>
  shortfalls.length > 0 ? 'closest' : 'fits';

/** Scores are relative: the best match reads 100 %, so the figures compare people, not ambitions. */
const percentOf = (score: number, best: number): number => (best > 0 ? Math.round((score / best) * 100) : 0);

/**
 * The relevance shown beside each person, by contact id; a person without one shows none. Only people who
 * fit get a figure, relative to the best of them: on a list of the closest, the first reading "100 %" right
 * under "nobody in Germany" would claim a fit the notice denies, and a closeness measured against nobody who
 * fits means nothing to its reader.
 */
export function relevancePercents(
  entries: readonly ShortlistEntry[],
  kind: ShortlistKind,
): ReadonlyMap<string, number> {
  if (kind === 'closest') return new Map();
  const fitting = entries.filter((e) => e.fits);
  const best = Math.max(0, ...fitting.map((e) => e.score));
  return new Map(fitting.map((e) => [e.contactId, percentOf(e.score, best)]));
}
