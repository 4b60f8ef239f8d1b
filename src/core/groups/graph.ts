/**
 * The graph of who meets and writes together: one node per contact, an edge between two contacts for each
 * meeting they shared and each message they were both on (sender or recipient), weighted by how often and how
 * recently. A meeting of k people adds 1/√(k−1) to each of its pairs (`pairExponent`), so one large meeting
 * does not outweigh many small ones; a signal loses half its weight every `halfLifeDays` (two years).
 */
import Graph from 'graphology';
import type { Mailbox } from '../model';
import { defaultTuning, type GroupTuning } from './tuning';

export type Weighting = Pick<GroupTuning, 'halfLifeDays' | 'pairExponent'>;
/** A message or meeting with more people than this is a broadcast: it says nothing about who belongs together. */
export const maxPeoplePerSignal = 50;

export type MeetingGraph = {
  /**
   * For Louvain: nodes are the contacts who share a meeting or a message with another contact, keyed by their
   * position in `nodes` (small integer keys make graphology's graph much faster to build and walk than contact
   * ids); edges carry `weight`.
   */
  readonly graph: Graph;
  /** Each node's contact id, by position. */
  readonly nodes: readonly string[];
  readonly position: ReadonlyMap<string, number>;
  /** The edges as flat arrays over positions: one pass over them is much faster than over graphology's. */
  readonly edges: { readonly source: Int32Array; readonly target: Int32Array; readonly weight: Float64Array };
  /** The same ties by node (compressed rows): node p's neighbours are at offsets[p] … offsets[p + 1] − 1. */
  readonly adjacency: { readonly offsets: Int32Array; readonly neighbours: Int32Array; readonly weights: Float64Array };
  /** How many contacts the mailbox has (nodes or not). */
  readonly contacts: number;
  /** Weighted degree (strength) of each contact who is a node, summed once. */
  readonly strength: ReadonlyMap<string, number>;
};

/** Calls `f` with each neighbour (contact id) of a contact and the weight of their tie. */
export function forEachTie(g: MeetingGraph, id: string, f: (other: string, weight: number) => void): void {
  const p = g.position.get(id);
  if (p === undefined) return;
  const { offsets, neighbours, weights } = g.adjacency;
  for (let k = offsets[p]!; k < offsets[p + 1]!; k++) f(g.nodes[neighbours[k]!]!, weights[k]!);
}

/** The weight of the tie between two contacts (0 when they share nothing). */
export function tie(g: MeetingGraph, a: string, b: string): number {
  let w = 0;
  forEachTie(g, a, (other, weight) => {
    if (other === b) w = weight;
  });
  return w;
}

const dayMs = 86_400_000;

/** The latest date among the mailbox's signals: recency is measured from there, so a file scores the same any day. */
export function latestSignal(mailbox: Mailbox): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const e of mailbox.events) latest = Math.max(latest, Date.parse(e.start ?? '') || latest);
  for (const m of mailbox.messages) latest = Math.max(latest, Date.parse(m.sentDateTime ?? '') || latest);
  return Number.isFinite(latest) ? latest : 0;
}

/**
 * The meetings and messages as the graph reads them, flat (thousands of small arrays would keep the garbage
 * collector busy): signal s has the contacts people[starts[s]] … people[starts[s + 1] − 1] (indices, ascending)
 * and was sent or held at at[s] (ms, NaN when unknown).
 */
type Signals = { readonly people: number[]; readonly starts: number[]; readonly at: number[]; readonly latest: number };

/**
 * Each signal's contacts, read once. Addresses repeat across thousands of headers, so each spelling is folded
 * and looked up once; a contact on a signal twice (organizer and attendee) counts once.
 */
export function readSignals(mailbox: Mailbox): Signals {
  const n = mailbox.contacts.length;
  const byAddress = new Map<string, number[]>();
  // Two contacts with the same id (a duplicate read twice) are one person: the first of them.
  const first = new Map<string, number>();
  mailbox.contacts.forEach((c, i) => {
    const one = first.get(c.id) ?? i;
    first.set(c.id, one);
    for (const e of c.emailAddresses) {
      const key = e.address.trim().toLowerCase();
      const list = byAddress.get(key);
      if (!list) byAddress.set(key, [one]);
      else if (!list.includes(one)) list.push(one);
    }
  });
  const owner = mailbox.owner.mail.trim().toLowerCase();
  const none: readonly number[] = [];
  const resolved = new Map<string, readonly number[]>();
  const lookup = (address: string): readonly number[] => {
    let hit = resolved.get(address);
    if (hit === undefined) {
      const key = address.trim().toLowerCase();
      hit = key === owner ? none : (byAddress.get(key) ?? none);
      resolved.set(address, hit);
    }
    return hit;
  };
  // Stamps instead of a Set per signal: `seen[i] === signal` when contact i is already on this one.
  const seen = new Int32Array(n).fill(-1);
  const people: number[] = [];
  const flat: number[] = [];
  const starts: number[] = [0];
  const times: number[] = [];
  const visit = (address: string | undefined, signal: number): void => {
    if (address === undefined) return;
    for (const i of lookup(address))
      if (seen[i] !== signal) {
        seen[i] = signal;
        people.push(i);
      }
  };
  let latest = Number.NEGATIVE_INFINITY;
  const close = (when: string | undefined): void => {
    const at = Date.parse(when ?? '');
    if (at > latest) latest = at;
    if (people.length >= 2 && people.length <= maxPeoplePerSignal) {
      people.sort((a, b) => a - b);
      for (const i of people) flat.push(i);
      starts.push(flat.length);
      times.push(at);
    }
    people.length = 0;
  };
  let signal = 0;
  for (const e of mailbox.events) {
    visit(e.organizer?.address, signal);
    for (const a of e.attendees) visit(a.address, signal);
    close(e.start);
    signal++;
  }
  for (const m of mailbox.messages) {
    visit(m.from?.address, signal);
    for (const r of m.toRecipients) visit(r.address, signal);
    for (const r of m.ccRecipients) visit(r.address, signal);
    close(m.sentDateTime);
    signal++;
  }
  return { people: flat, starts, at: times, latest: Number.isFinite(latest) ? latest : 0 };
}

export function meetingGraph(mailbox: Mailbox, now?: number, weighting: Weighting = defaultTuning): MeetingGraph {
  const { halfLifeDays, pairExponent } = weighting;
  const ids = mailbox.contacts.map((c) => c.id);
  const n = ids.length;
  const { people, starts, at: times, latest: last } = readSignals(mailbox);
  // Recency from the latest signal of the mailbox (as `latestSignal`), unless told.
  const latest = now ?? last;
  // Pair weights summed first (pairs repeat across messages), then one edge per pair: much faster than
  // updating graph attributes pair by pair. Each pair has a slot; its weight is summed in a flat array.
  const slot = new Map<number, number>();
  const pairs: number[] = [];
  const sums: number[] = [];
  for (let s = 0; s + 1 < starts.length; s++) {
    const from = starts[s]!;
    const to = starts[s + 1]!;
    const when = times[s]!;
    const age = Number.isFinite(when) ? Math.max(0, (latest - when) / dayMs) : halfLifeDays;
    const w = 0.5 ** (age / halfLifeDays) / (to - from - 1) ** pairExponent;
    for (let x = from; x < to; x++)
      for (let y = x + 1; y < to; y++) {
        const key = people[x]! * n + people[y]!;
        const k = slot.get(key);
        if (k === undefined) {
          slot.set(key, pairs.length);
          pairs.push(key);
          sums.push(w);
        } else sums[k] = sums[k]! + w;
      }
  }
  // Only contacts who meet or write with someone are nodes (the others would each be a community of one), in
  // contact order, so Louvain (which visits nodes in graph order) finds the same groups for the same file.
  const at = new Int32Array(n).fill(-1);
  for (const key of pairs) {
    at[Math.floor(key / n)] = 0;
    at[key % n] = 0;
  }
  const nodes: string[] = [];
  const keys: string[] = [];
  const position = new Map<string, number>();
  const graph = new Graph({ type: 'undirected', allowSelfLoops: false });
  for (let i = 0; i < n; i++)
    if (at[i] === 0) {
      at[i] = nodes.length;
      position.set(ids[i]!, nodes.length);
      keys.push(String(nodes.length));
      graph.addNode(keys[nodes.length]!);
      nodes.push(ids[i]!);
    }
  const m = pairs.length;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const weight = new Float64Array(m);
  const degree = new Int32Array(nodes.length + 1);
  const strength = new Float64Array(nodes.length);
  let edge = 0;
  for (let e = 0; e < m; e++) {
    const key = pairs[e]!;
    const w = sums[e]!;
    const a = at[Math.floor(key / n)]!;
    const b = at[key % n]!;
    // Our own keys (the edge's position in the arrays): graphology's generated ones cost a lookup each.
    graph.addUndirectedEdgeWithKey(edge, keys[a]!, keys[b]!, { weight: w });
    source[edge] = a;
    target[edge] = b;
    weight[edge] = w;
    degree[a] = degree[a]! + 1;
    degree[b] = degree[b]! + 1;
    strength[a] = strength[a]! + w;
    strength[b] = strength[b]! + w;
    edge++;
  }
  const offsets = new Int32Array(nodes.length + 1);
  for (let p = 0; p < nodes.length; p++) offsets[p + 1] = offsets[p]! + degree[p]!;
  const fill = offsets.slice(0, nodes.length);
  const neighbours = new Int32Array(2 * m);
  const weights2 = new Float64Array(2 * m);
  for (let e = 0; e < m; e++) {
    const a = source[e]!;
    const b = target[e]!;
    const ka = fill[a]!;
    neighbours[ka] = b;
    weights2[ka] = weight[e]!;
    fill[a] = ka + 1;
    const kb = fill[b]!;
    neighbours[kb] = a;
    weights2[kb] = weight[e]!;
    fill[b] = kb + 1;
  }
  return {
    graph,
    nodes,
    position,
    edges: { source, target, weight },
    adjacency: { offsets, neighbours, weights: weights2 },
    contacts: n,
    strength: new Map(nodes.map((id, p) => [id, strength[p]!])),
  };
}
