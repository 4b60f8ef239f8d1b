/**
 * The one edit distance of the engine, for the typos people make in names: a missing, extra or wrong letter
 * is one edit, and so is a swap of two adjacent letters ("Hitahci", "Decatlhon"), which plain Levenshtein
 * counts as two. That is the optimal-string-alignment distance (OSA, the restricted Damerau-Levenshtein).
 *
 * fastest-levenshtein (bit-parallel, the dependency the circles already used) settles almost every pair:
 * OSA and Levenshtein agree up to one edit, and OSA is never less than half of Levenshtein (an adjacent swap
 * is two Levenshtein edits). Only near misses, 2 ≤ Levenshtein ≤ 2 × max, run the small OSA table below.
 * No maintained npm package does OSA well (docs/DESIGN.md, "One text toolkit").
 */
import { distance as levenshtein } from 'fastest-levenshtein';

/**
 * OSA distance between `a` and `b` when it is at most `max`, `max + 1` otherwise: callers only ask whether two
 * names are within a typo budget, and the cap lets the table stop early.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const lev = levenshtein(a, b);
  if (lev <= 1) return lev;
  if (lev > 2 * max) return max + 1;
  return osa(a, b, max);
}

/** Whether `a` and `b` are at most `max` edits apart (an adjacent swap being one edit). */
export function withinEdits(a: string, b: string, max: number): boolean {
  return editDistance(a, b, max) <= max;
}

/** The OSA table, three rows at a time, stopping once a whole row exceeds `max` (no later cell can be lower). */
function osa(a: string, b: string, max: number): number {
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n]!, max + 1);
}

/**
 * How many edits a name of this length may carry and still be recognised: none under five letters (a short
 * name one edit from another is most often another name), one up to nine letters ("Decatlhon", "Hitahci"),
 * two from ten ("Saitn-Gobian"). Two edits on eight or nine letters join different companies ("Clariane" and
 * "Clarins", "Air France" and "AXA France").
 */
export function typoBudget(length: number): number {
  if (length < 5) return 0;
  return length <= 9 ? 1 : 2;
}
