/**
 * The product's sub-circles on the five snap egos over Louvain seeds 1–8: each ego's figures and the means, per
 * seed and over the seeds (the spread the tuning script prints last, without its grid). A quick check that a
 * change to the groups keeps the quality: npx tsx scripts/seeds-snap.ts [seeds]   (skips without ../shared)
 */
import { findGroups } from '../src/core/groups';
import { haveSnap, loadEgo, scoreGroups, snapDir, snapEgos, type Ego } from './snap-score';

if (!haveSnap()) {
  console.log(`skipped: ${snapDir} is absent`);
  process.exit(0);
}
const seeds = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1, 2, 3, 4, 5, 6, 7, 8];
const egos: Ego[] = [];
for (const ego of snapEgos) egos.push(await loadEgo(ego));
const sums = new Map(egos.map((e) => [e.ego, { f1: 0, ber: 0 }]));
const f1s: number[] = [];
const bers: number[] = [];
for (const seed of seeds) {
  const row = egos.map((e) => {
    const { suggestions, profileCandidates } = e.classified;
    const found = findGroups({ mailbox: e.mailbox, suggestions, profileCandidates, tuning: { seed } });
    const s = scoreGroups(
      e,
      found.shown.map((g) => g.members),
    );
    const sum = sums.get(e.ego)!;
    sum.f1 += s.mean_f1_shown;
    sum.ber += s.mean_1_ber;
    return s;
  });
  const f1 = row.reduce((a, s) => a + s.mean_f1_shown, 0) / row.length;
  const ber = row.reduce((a, s) => a + s.mean_1_ber, 0) / row.length;
  f1s.push(f1);
  bers.push(ber);
  const each = row.map(
    (s, i) => `${egos[i]!.ego} ${s.mean_f1_shown.toFixed(3)}/${s.mean_1_ber.toFixed(3)}/${s.groups}`,
  );
  console.log(`seed ${seed}: ${f1.toFixed(3)} ${ber.toFixed(3)}  (${each.join('  ')})`);
}
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const range = (xs: readonly number[]): string =>
  `${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)} (mean ${mean(xs).toFixed(3)})`;
console.log(`f1 shown ${range(f1s)}; 1 − BER ${range(bers)}`);
for (const [ego, s] of sums)
  console.log(`  ego ${ego}: ${(s.f1 / seeds.length).toFixed(3)} ${(s.ber / seeds.length).toFixed(3)}`);
