/**
 * Groups of people who meet and write together: Louvain communities (graphology-communities-louvain) of the
 * meeting graph at several resolutions, so that large groups and the smaller groups nested in them are both
 * candidates; near-duplicates merged; ranked by cohesion (the share of the members' meeting weight that stays
 * inside the group). How many are shown follows the graph's own structure: about two per top-level community.
 * The choices (resolutions, ranking, how many) are in tuning.ts.
 */
import { seeded } from '../random';
import { forEachTie, type MeetingGraph } from './graph';
import { louvain, louvainView, type LouvainGraph, type LouvainInput } from './louvain';
import { defaultTuning, type GroupTuning } from './tuning';

/** A group of fewer people is a bookmark, not a group. */
export const minGroupSize = 3;
/** Two groups sharing this much (Jaccard) are the same group. */
export const sameGroup = defaultTuning.sameGroup;
/** A group holding nearly everybody tells nothing. */
export const maxShare = 0.9;

export type Community = {
  readonly members: ReadonlySet<string>;
  readonly resolution: number;
  /** 1 − conductance: the share of the members' meeting weight spent inside the group. */
  readonly cohesion: number;
};

export type CommunityResult = {
  /** Ranked best first and without near-duplicates; the first `shown` are the ones to show. */
  readonly ranked: readonly Community[];
  readonly shown: number;
};

/**
 * Louvain's communities at one resolution that can be candidates (`minGroupSize` people or more, fewer than
 * `limit`), each with its cohesion (one pass over the edges for all), and how many have `minGroupSize` or more.
 */
function partition(
  g: MeetingGraph,
  ties: { input: LouvainInput; view: LouvainGraph },
  resolution: number,
  seed: number,
  limit: number,
): { candidates: Community[]; groups: number } {
  // Seeded: the same mailbox gives the same groups on every run.
  const of = louvain(ties.input, { resolution, rng: seeded(seed) }, ties.view);
  // Louvain numbers its communities 0, 1, …: sizes and weights in flat arrays rather than maps, and a set of
  // members only for the communities that can be candidates (at high resolutions most have one or two people).
  let count = 0;
  for (const k of of) if (k >= count) count = k + 1;
  const sizes = new Int32Array(count);
  for (const k of of) sizes[k] = sizes[k]! + 1;
  let groups = 0;
  for (const size of sizes) if (size >= minGroupSize) groups++;
  const members = new Map<number, Set<string>>();
  g.nodes.forEach((node, i) => {
    const k = of[i]!;
    if (sizes[k]! < minGroupSize || sizes[k]! >= limit) return;
    const set = members.get(k);
    if (set) set.add(node);
    else members.set(k, new Set([node]));
  });
  const inside = new Float64Array(count);
  const cut = new Float64Array(count);
  const { source, target, weight } = g.edges;
  for (let e = 0; e < source.length; e++) {
    const w = weight[e]!;
    const a = of[source[e]!]!;
    const b = of[target[e]!]!;
    if (a === b) inside[a] = inside[a]! + w;
    else {
      cut[a] = cut[a]! + w;
      cut[b] = cut[b]! + w;
    }
  }
  const candidates = [...members].map(([k, set]) => {
    const out = cut[k]!;
    const volume = 2 * inside[k]! + out;
    return { members: set, resolution, cohesion: volume > 0 ? 1 - out / volume : 0 };
  });
  return { candidates, groups };
}

/** The meeting graph's ties as Louvain reads them. */
export function meetingTies(g: MeetingGraph): LouvainInput {
  return { count: g.nodes.length, ...g.edges, offsets: g.adjacency.offsets };
}

/**
 * How good a group is to show: its cohesion, discounted for small groups (three people who met once are
 * perfectly cohesive and tell little).
 */
export function rankScore(cohesion: number, size: number, tuning: GroupTuning = defaultTuning): number {
  return cohesion ** tuning.cohesionPower * (1 - tuning.sizeDiscount / Math.max(size, 2));
}

export function cohesion(g: MeetingGraph, members: ReadonlySet<string>): number {
  let volume = 0;
  let cut = 0;
  for (const v of members) {
    volume += g.strength.get(v) ?? 0;
    forEachTie(g, v, (other, w) => {
      if (!members.has(other)) cut += w;
    });
  }
  return volume > 0 ? 1 - cut / volume : 0;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/**
 * Communities ranked best first, near-duplicates dropped, at most `keep` of them (the caller picks among them
 * with the named sub-circles), and how many groups to show in all.
 */
export function findCommunities(g: MeetingGraph, keep: number, tuning: GroupTuning = defaultTuning): CommunityResult {
  if (g.edges.source.length === 0) return { ranked: [], shown: 0 };
  const limit = maxShare * g.contacts;
  const candidates: Community[] = [];
  let topLevel = 0;
  // One view of the ties for every resolution.
  const input = meetingTies(g);
  const ties = { input, view: louvainView(input) };
  for (const resolution of tuning.resolutions) {
    const found = partition(g, ties, resolution, tuning.seed, limit);
    // How many groups Louvain finds at resolution 1 (three people or more) sets how many are shown.
    if (resolution === 1) topLevel = found.groups;
    candidates.push(...found.candidates);
  }
  const key = (c: Community): number => rankScore(c.cohesion, c.members.size, tuning);
  candidates.sort((a, b) => key(b) - key(a) || b.members.size - a.members.size || a.resolution - b.resolution);
  const ranked: Community[] = [];
  for (const c of candidates) {
    if (ranked.length >= keep) break;
    if (!ranked.some((r) => jaccard(r.members, c.members) >= tuning.sameGroup)) ranked.push(c);
  }
  const wanted = Math.round(tuning.groupsPerCommunity * topLevel);
  return { ranked, shown: Math.max(tuning.minShown, Math.min(tuning.maxShown, wanted)) };
}

/**
 * Overlapping membership: the people outside a group who spend at least `share` of their meeting weight with
 * its members join it (one pass over the members' edges).
 */
export function grown(g: MeetingGraph, members: ReadonlySet<string>, share: number): Set<string> {
  const result = new Set(members);
  if (share <= 0) return result;
  const into = new Map<string, number>();
  for (const v of members)
    forEachTie(g, v, (other, w) => {
      if (!members.has(other)) into.set(other, (into.get(other) ?? 0) + w);
    });
  for (const [other, w] of into)
    if (w >= share * (g.strength.get(other) ?? Number.POSITIVE_INFINITY)) result.add(other);
  return result;
}
