/**
 * The snap egos in process, for the scripts that score sub-circles many times (scripts/tune-snap.ts): each
 * ego's mailbox classified once, and the `groups` score of ../shared/eval/score.mjs computed here (the same
 * optimal one-to-one assignment, F1 shown and 1 − BER; scripts/score-snap.ts runs score.mjs itself).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadMailboxFile } from '../src/cli/io';
import { classify } from '../src/core/circles';
import type { Mailbox } from '../src/core/model';

export const snapDir = process.env.SNAP_DIR ?? resolve(import.meta.dirname, '../../shared/data/snap');
export const snapEgos = ['0', '348', '414', '686', '1684'] as const;
export const haveSnap = (): boolean => existsSync(snapDir);

export type Ego = {
  readonly ego: string;
  readonly mailbox: Mailbox;
  readonly classified: ReturnType<typeof classify>;
  /** The person's circles of three people or more (the score leaves smaller lists out). */
  readonly truths: readonly ReadonlySet<string>[];
  readonly everyone: ReadonlySet<string>;
};

export async function loadEgo(ego: string): Promise<Ego> {
  const mailbox = await loadMailboxFile(join(snapDir, `snap-${ego}.json`), process.cwd());
  const key = JSON.parse(readFileSync(join(snapDir, `snap-${ego}.groups.json`), 'utf8')) as {
    contacts?: string[];
    circles: { members: string[] }[];
  };
  return {
    ego,
    mailbox,
    classified: classify({ mailbox }),
    truths: key.circles.filter((c) => c.members.length >= 3).map((c) => new Set(c.members)),
    everyone: new Set([...(key.contacts ?? []), ...key.circles.flatMap((c) => c.members)]),
  };
}

export type Figures = { circles: number; groups: number; mean_f1: number; mean_f1_shown: number; mean_1_ber: number };

/** Hungarian algorithm on a square cost matrix: `p[j]` is the row (1-based) given column j. */
function assignment(cost: readonly (readonly number[])[]): number[] {
  const size = cost.length;
  const u = new Array<number>(size + 1).fill(0);
  const v = new Array<number>(size + 1).fill(0);
  const p = new Array<number>(size + 1).fill(0);
  const way = new Array<number>(size + 1).fill(0);
  for (let i = 1; i <= size; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(size + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Array<boolean>(size + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= size; j++)
        if (!used[j]) {
          const cur = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
          if (cur < minv[j]!) {
            minv[j] = cur;
            way[j] = j0;
          }
          if (minv[j]! < delta) {
            delta = minv[j]!;
            j1 = j;
          }
        }
      for (let j = 0; j <= size; j++)
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  return p;
}

/** score.mjs `groups`: each circle matched to one group, F1 and 1 − BER summed over the best assignment. */
export function scoreGroups(e: Ego, groups: readonly (readonly string[])[]): Figures {
  const everyone = new Set(e.everyone);
  const found = groups.map((g) => new Set(g));
  for (const g of found) for (const id of g) everyone.add(id);
  const n = everyone.size;
  const t = e.truths.length;
  const k = Math.max(t, found.length);
  const cells = e.truths.map((truth) =>
    Array.from({ length: k }, (_, j) => {
      const got = found[j] ?? new Set<string>();
      let inter = 0;
      for (const id of got) if (truth.has(id)) inter++;
      const f1 = truth.size + got.size ? (2 * inter) / (truth.size + got.size) : 0;
      const miss = 1 - inter / truth.size;
      const falseAlarm = (got.size - inter) / Math.max(1, n - truth.size);
      return { f1, acc: 1 - (miss + falseAlarm) / 2 };
    }),
  );
  const total = (key: 'f1' | 'acc'): number => {
    const cost = Array.from({ length: k }, (_, i) =>
      Array.from({ length: k }, (_, j) => (i < t ? -cells[i]![j]![key] : 0)),
    );
    const p = assignment(cost);
    let sum = 0;
    for (let j = 1; j <= k; j++) if (p[j]! <= t) sum += cells[p[j]! - 1]![j - 1]![key];
    return sum;
  };
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const f1 = total('f1');
  return {
    circles: t,
    groups: found.length,
    mean_f1: round(f1 / t),
    mean_f1_shown: round(f1 / k),
    mean_1_ber: round(total('acc') / t),
  };
}
