/**
 * Groups of people who meet and write together: Louvain communities (graphology-communities-louvain) of the
 * meeting graph at several resolutions, so that large groups and the smaller groups nested in them are both
 * candidates; near-duplicates merged; ranked by cohesion (the share of the members' meeting weight that stays
 * inside the group). How many are shown follows the graph's own structure: about two per top-level community.
 * The choices (resolutions, ranking, how many) are in tuning.ts.
 */
import { seeded } from '../random';
import type { MeetingGraph } from './graph';
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
 * A community that can be a candidate, before its members are made into a set: most candidates are never looked
 * at (only the best ranked are, until enough are kept), and a set per candidate was most of the garbage.
 * Its members are the nodes `byCommunity[at]` … `byCommunity[at + size − 1]`, in position order.
 */
type Candidate = {
  readonly resolution: number;
  readonly cohesion: number;
  readonly size: number;
  readonly score: number;
  readonly at: number;
  readonly byCommunity: Int32Array;
};

/**
 * Louvain's communities at one resolution that can be candidates (`minGroupSize` people or more, fewer than
 * `limit`), each with its cohesion (one pass over the edges for all), in the order of their first member, and how
 * many have `minGroupSize` or more.
 */
function partition(
  g: MeetingGraph,
  ties: { input: LouvainInput; view: LouvainGraph },
  resolution: number,
  limit: number,
  tuning: GroupTuning,
): { candidates: Candidate[]; groups: number } {
  // Seeded: the same mailbox gives the same groups on every run.
  const of = louvain(ties.input, { resolution, rng: seeded(tuning.seed) }, ties.view);
  // Louvain numbers its communities 0, 1, …: sizes, weights and members in flat arrays rather than maps.
  let count = 0;
  for (const k of of) if (k >= count) count = k + 1;
  const sizes = new Int32Array(count);
  for (const k of of) sizes[k] = sizes[k]! + 1;
  let groups = 0;
  for (const size of sizes) if (size >= minGroupSize) groups++;
  // The nodes grouped by community, each community's in position order (a counting sort).
  const starts = new Int32Array(count + 1);
  for (let k = 0; k < count; k++) starts[k + 1] = starts[k]! + sizes[k]!;
  const fill = starts.slice(0, count);
  const byCommunity = new Int32Array(of.length);
  for (let p = 0; p < of.length; p++) byCommunity[fill[of[p]!]!++] = p;
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
  const candidates: Candidate[] = [];
  const listed = new Uint8Array(count);
  for (let p = 0; p < of.length; p++) {
    const k = of[p]!;
    if (listed[k] || sizes[k]! < minGroupSize || sizes[k]! >= limit) continue;
    listed[k] = 1;
    const out = cut[k]!;
    const volume = 2 * inside[k]! + out;
    const cohesion = volume > 0 ? 1 - out / volume : 0;
    const size = sizes[k]!;
    candidates.push({
      resolution,
      cohesion,
      size,
      score: rankScore(cohesion, size, tuning),
      at: starts[k]!,
      byCommunity,
    });
  }
  return { candidates, groups };
}

const membersOf = (g: MeetingGraph, c: Candidate): Set<string> => {
  const set = new Set<string>();
  for (let i = c.at; i < c.at + c.size; i++) set.add(g.nodes[c.byCommunity[i]!]!);
  return set;
};

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

/** Each member's position marked 1 (members who are not nodes have no ties). */
function marked(g: MeetingGraph, members: Iterable<string>): Uint8Array {
  const marks = new Uint8Array(g.nodes.length);
  for (const v of members) {
    const p = g.position.get(v);
    if (p !== undefined) marks[p] = 1;
  }
  return marks;
}

export function cohesion(g: MeetingGraph, members: ReadonlySet<string>): number {
  const marks = marked(g, members);
  const { offsets, neighbours, weights } = g.adjacency;
  let volume = 0;
  let cut = 0;
  for (const v of members) {
    const p = g.position.get(v);
    if (p === undefined) continue;
    volume += g.strengths[p]!;
    for (let k = offsets[p]!; k < offsets[p + 1]!; k++) if (!marks[neighbours[k]!]) cut += weights[k]!;
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
  const candidates: Candidate[] = [];
  let topLevel = 0;
  // One view of the ties for every resolution.
  const input = meetingTies(g);
  const ties = { input, view: louvainView(input) };
  for (const resolution of tuning.resolutions) {
    const found = partition(g, ties, resolution, limit, tuning);
    // How many groups Louvain finds at resolution 1 (three people or more) sets how many are shown.
    if (resolution === 1) topLevel = found.groups;
    candidates.push(...found.candidates);
  }
  candidates.sort((a, b) => b.score - a.score || b.size - a.size || a.resolution - b.resolution);
  const ranked: Community[] = [];
  for (const c of candidates) {
    if (ranked.length >= keep) break;
    const members = membersOf(g, c);
    if (!ranked.some((r) => jaccard(r.members, members) >= tuning.sameGroup))
      ranked.push({ members, resolution: c.resolution, cohesion: c.cohesion });
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
  // 1: a member; 2: an outsider tied to a member, listed in `outsiders` in the order first met.
  const marks = marked(g, members);
  const into = new Float64Array(g.nodes.length);
  const outsiders: number[] = [];
  const { offsets, neighbours, weights } = g.adjacency;
  for (const v of members) {
    const p = g.position.get(v);
    if (p === undefined) continue;
    for (let k = offsets[p]!; k < offsets[p + 1]!; k++) {
      const q = neighbours[k]!;
      if (marks[q] === 1) continue;
      if (marks[q] === 0) {
        marks[q] = 2;
        outsiders.push(q);
      }
      into[q] = into[q]! + weights[k]!;
    }
  }
  for (const q of outsiders) if (into[q]! >= share * g.strengths[q]!) result.add(g.nodes[q]!);
  return result;
}
