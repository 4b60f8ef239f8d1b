/**
 * How the sub-circles' choices (src/core/groups/tuning.ts) were made, and whether they carry over. Every choice
 * of a small grid of general options (edge weighting, recency, ranking, overlap, how many groups to show) is run
 * on the five snap egos with three Louvain seeds; the objective is mean F1 shown + mean 1 − BER (equal weights).
 * Prints the best choices in-sample, then leave-one-ego-out: for each ego, the choice that is best on the other
 * four, scored on that ego (the held-out figures), then the product's defaults over eight seeds (the spread).
 * Run: npx tsx scripts/tune-snap.ts   (skips with a message when ../shared is absent; a few minutes)
 */
import { defaultTuning, findGroups, type GroupTuning } from '../src/core/groups';
import { haveSnap, loadEgo, scoreGroups, snapDir, snapEgos, type Ego } from './snap-score';

if (!haveSnap()) {
  console.log(`skipped: ${snapDir} is absent`);
  process.exit(0);
}
const egos: Ego[] = [];
for (const ego of snapEgos) egos.push(await loadEgo(ego));

type Choice = Partial<GroupTuning>;
const grid: Choice[] = [];
for (const pairExponent of [0.5, 1])
  for (const halfLifeDays of [365, 730])
    for (const cohesionPower of [1, 2])
      for (const diversity of [0, 1])
        for (const grow of [0, 0.25])
          for (const maxShown of [14, 16, 18])
            grid.push({ pairExponent, halfLifeDays, cohesionPower, diversity, grow, maxShown });

const tuningSeeds = [1, 2, 3];
type Score = { f1: number; ber: number };
const run = (e: Ego, choice: Choice): Score => {
  const { suggestions, profileCandidates } = e.classified;
  const found = findGroups({ mailbox: e.mailbox, suggestions, profileCandidates, tuning: choice });
  const s = scoreGroups(
    e,
    found.shown.map((g) => g.members),
  );
  return { f1: s.mean_f1_shown, ber: s.mean_1_ber };
};
// Each choice on each ego, averaged over the seeds.
const table = grid.map((choice) =>
  egos.map((e) => {
    const runs = tuningSeeds.map((seed) => run(e, { ...choice, seed }));
    return {
      f1: runs.reduce((s, r) => s + r.f1, 0) / runs.length,
      ber: runs.reduce((s, r) => s + r.ber, 0) / runs.length,
    };
  }),
);
const mean = (scores: readonly Score[], idx: readonly number[], k: keyof Score): number =>
  idx.reduce((s, i) => s + scores[i]![k], 0) / idx.length;
const objective = (scores: readonly Score[], idx: readonly number[]): number =>
  mean(scores, idx, 'f1') + mean(scores, idx, 'ber');
const all = egos.map((_, i) => i);
const name = (c: Choice): string =>
  Object.entries(c)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' ');
const best = (idx: readonly number[]): number =>
  table.reduce((b, scores, i) => (objective(scores, idx) > objective(table[b]!, idx) ? i : b), 0);

console.log(`${grid.length} choices × ${egos.length} egos × seeds ${tuningSeeds.join(', ')}`);
console.log('in-sample, best five (mean f1 shown, mean 1 − BER):');
const ranking = [...grid.keys()].sort((a, b) => objective(table[b]!, all) - objective(table[a]!, all));
for (const i of ranking.slice(0, 5))
  console.log(
    `  ${mean(table[i]!, all, 'f1').toFixed(3)} ${mean(table[i]!, all, 'ber').toFixed(3)}  ${name(grid[i]!)}`,
  );
const isDefault = (c: Choice): boolean =>
  Object.entries(c).every(([k, v]) => JSON.stringify(defaultTuning[k as keyof GroupTuning]) === JSON.stringify(v));
const shipped = grid.findIndex(isDefault);
if (shipped >= 0)
  console.log(
    `  the defaults (rank ${ranking.indexOf(shipped) + 1}): ${mean(table[shipped]!, all, 'f1').toFixed(3)} ${mean(table[shipped]!, all, 'ber').toFixed(3)}`,
  );

console.log('leave-one-ego-out (choose on four, score the fifth):');
let heldF1 = 0;
let heldBer = 0;
for (const i of all) {
  const b = best(all.filter((j) => j !== i));
  const s = table[b]![i]!;
  heldF1 += s.f1;
  heldBer += s.ber;
  console.log(`  ego ${egos[i]!.ego}: ${s.f1.toFixed(3)} ${s.ber.toFixed(3)}  (${name(grid[b]!)})`);
}
console.log(
  `  held-out mean: f1 shown ${(heldF1 / all.length).toFixed(3)}  1 − BER ${(heldBer / all.length).toFixed(3)}`,
);

console.log('the defaults over eight Louvain seeds (mean over the five egos):');
const spread = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => {
  const scores = egos.map((e) => run(e, { seed }));
  return { seed, f1: mean(scores, all, 'f1'), ber: mean(scores, all, 'ber') };
});
for (const s of spread) console.log(`  seed ${s.seed}: ${s.f1.toFixed(3)} ${s.ber.toFixed(3)}`);
const range = (k: 'f1' | 'ber'): string => {
  const xs = spread.map((s) => s[k]);
  return `${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)} (mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3)})`;
};
console.log(`  f1 shown ${range('f1')}; 1 − BER ${range('ber')}`);
