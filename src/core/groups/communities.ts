/**
 * Groups of people who meet and write together: Louvain communities (graphology-communities-louvain) of the
 * meeting graph at several resolutions, so that large groups and the smaller groups nested in them are both
 * candidates; near-duplicates merged; ranked by cohesion (the share of the members' meeting weight that stays
 * inside the group). How many are shown follows the graph's own structure: about two per top-level community.
 */
import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { seeded } from '../random';
import type { MeetingGraph } from './graph';

/** Louvain resolutions: below 1 merges communities into larger ones, above 1 splits them into nested ones. */
export const resolutions: readonly number[] = [0.3, 0.6, 1, 1.5, 2.5, 4, 6];
/** A group of fewer people is a bookmark, not a group. */
export const minGroupSize = 3;
/** Two groups sharing this much (Jaccard) are the same group: the more cohesive one stays. */
export const sameGroup = 0.7;
/** Groups shown per top-level community (found at resolution 1), within the bounds below. */
export const groupsPerCommunity = 2;
export const minShown = 5;
export const maxShown = 14;
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

/** Louvain's communities at one resolution, each with its cohesion (one pass over the edges for all). */
function partition(graph: Graph, resolution: number): Community[] {
  // Seeded: the same mailbox gives the same groups on every run.
  const assignment = louvain(graph, { resolution, rng: seeded(1), getEdgeWeight: 'weight' });
  const members = new Map<number, Set<string>>();
  for (const [node, community] of Object.entries(assignment)) {
    const set = members.get(community);
    if (set) set.add(node);
    else members.set(community, new Set([node]));
  }
  const inside = new Map<number, number>();
  const cut = new Map<number, number>();
  graph.forEachEdge((_e, attr, source, target) => {
    const w = (attr as { weight: number }).weight;
    const a = assignment[source]!;
    const b = assignment[target]!;
    if (a === b) inside.set(a, (inside.get(a) ?? 0) + w);
    else {
      cut.set(a, (cut.get(a) ?? 0) + w);
      cut.set(b, (cut.get(b) ?? 0) + w);
    }
  });
  return [...members].map(([k, set]) => {
    const out = cut.get(k) ?? 0;
    const volume = 2 * (inside.get(k) ?? 0) + out;
    return { members: set, resolution, cohesion: volume > 0 ? 1 - out / volume : 0 };
  });
}

/**
 * How good a group is to show: its cohesion, discounted for small groups (three people who met once are
 * perfectly cohesive and tell little).
 */
export function rankScore(cohesion: number, size: number): number {
  return cohesion * (1 - 2 / Math.max(size, 2));
}

export function cohesion(g: MeetingGraph, members: ReadonlySet<string>): number {
  let volume = 0;
  let cut = 0;
  for (const v of members) {
    if (!g.graph.hasNode(v)) continue;
    volume += g.strength.get(v) ?? 0;
    g.graph.forEachEdge(v, (_e, attr, source, target) => {
      const other = source === v ? target : source;
      if (!members.has(other)) cut += (attr as { weight: number }).weight;
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
 * Communities ranked best first, near-duplicates dropped, at most `keep` of them (the caller shows fewer: it
 * may drop some that duplicate a named sub-circle).
 */
export function findCommunities(g: MeetingGraph, keep: number = 3 * maxShown): CommunityResult {
  const { graph } = g;
  if (graph.size === 0) return { ranked: [], shown: 0 };
  const limit = maxShare * g.contacts;
  const candidates: Community[] = [];
  let topLevel = 0;
  for (const resolution of resolutions) {
    for (const c of partition(graph, resolution)) {
      if (resolution === 1 && c.members.size >= minGroupSize) topLevel++;
      if (c.members.size >= minGroupSize && c.members.size < limit) candidates.push(c);
    }
  }
  const key = (c: Community): number => rankScore(c.cohesion, c.members.size);
  candidates.sort((a, b) => key(b) - key(a) || b.members.size - a.members.size || a.resolution - b.resolution);
  const ranked: Community[] = [];
  for (const c of candidates) {
    if (ranked.length >= keep) break;
    if (!ranked.some((r) => jaccard(r.members, c.members) >= sameGroup)) ranked.push(c);
  }
  const shown = Math.min(
    ranked.length,
    Math.max(minShown, Math.min(maxShown, Math.round(groupsPerCommunity * topLevel))),
  );
  return { ranked, shown };
}
