/**
 * The graph of who meets and writes together: one node per contact, an edge between two contacts for each
 * meeting they shared and each message they were both on (sender or recipient), weighted by how often and how
 * recently. A meeting of k people adds 1/√(k−1) to each of its pairs (`pairExponent`), so one large meeting
 * does not outweigh many small ones; a signal loses half its weight every `halfLifeDays` (two years).
 */
import type { Mailbox } from '../model';
import { instant } from '../ties/time';
import { defaultTuning, type GroupTuning } from './tuning';

export type Weighting = Pick<GroupTuning, 'halfLifeDays' | 'pairExponent'>;
/** A message or meeting with more people than this is a broadcast: it says nothing about who belongs together. */
export const maxPeoplePerSignal = 50;

/**
 * Nodes are the contacts who share a meeting or a message with another contact, by position; the ties are kept in
 * flat arrays, never as an object per tie (Louvain reads them as they are: louvain.ts).
 */
export type MeetingGraph = {
  /** Each node's contact id, by position. */
  readonly nodes: readonly string[];
  readonly position: ReadonlyMap<string, number>;
  /** The edges (ties) as flat arrays over positions, each tie once, smaller position first. */
  readonly edges: { readonly source: Int32Array; readonly target: Int32Array; readonly weight: Float64Array };
  /** The same ties by node (compressed rows): node p's neighbours are at offsets[p] … offsets[p + 1] − 1. */
  readonly adjacency: { readonly offsets: Int32Array; readonly neighbours: Int32Array; readonly weights: Float64Array };
  /** How many contacts the mailbox has (nodes or not). */
  readonly contacts: number;
  /** Weighted degree (strength) of each contact who is a node, summed once. */
  readonly strength: ReadonlyMap<string, number>;
  /** The same by position. */
  readonly strengths: Float64Array;
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
  for (const e of mailbox.events) latest = Math.max(latest, instant(e.start) || latest);
  for (const m of mailbox.messages) latest = Math.max(latest, instant(m.sentDateTime) || latest);
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
  // The signal being read: its people in a buffer reused for every signal (an array emptied and refilled
  // 50,000 times was reallocated each time).
  let people = new Int32Array(64);
  let count = 0;
  const flat: number[] = [];
  const starts: number[] = [0];
  const times: number[] = [];
  const visit = (address: string | undefined, signal: number): void => {
    if (address === undefined) return;
    const hit = lookup(address);
    for (let k = 0; k < hit.length; k++) {
      const i = hit[k]!;
      if (seen[i] === signal) continue;
      seen[i] = signal;
      if (count === people.length) people = grown(people, new Int32Array(2 * count));
      people[count++] = i;
    }
  };
  let latest = Number.NEGATIVE_INFINITY;
  const close = (when: string | undefined): void => {
    // Read by hand in Graph's shape (Date.parse was a fifth of the reading), a time without offset as UTC.
    const at = instant(when);
    if (at > latest) latest = at;
    if (count >= 2 && count <= maxPeoplePerSignal) {
      // Ascending, so each pair comes smaller first; insertion sort, as a signal has a few people and a
      // comparator called from Array.prototype.sort cost more than the rest of the reading.
      for (let x = 1; x < count; x++) {
        const v = people[x]!;
        let y = x - 1;
        for (; y >= 0 && people[y]! > v; y--) people[y + 1] = people[y]!;
        people[y + 1] = v;
      }
      for (let x = 0; x < count; x++) flat.push(people[x]!);
      starts.push(flat.length);
      times.push(at);
    }
    count = 0;
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

/**
 * Pair weights summed in an open-addressing table over typed arrays: pairs repeat across messages (a dense
 * mailbox adds a million pair weights into 200,000 pairs), and a Map keyed by numbers spent most of the graph's
 * time hashing and collecting garbage. Pair k is contacts first[k] < second[k] with weight sums[k], in the
 * order the pairs were first seen.
 */
class PairTable {
  first = new Int32Array(1024);
  second = new Int32Array(1024);
  sums = new Float64Array(1024);
  size = 0;
  private slots = new Int32Array(2048).fill(-1);

  add(a: number, b: number, w: number): void {
    let h = slotOf(a, b, this.slots.length - 1);
    for (let k = this.slots[h]!; k >= 0; k = this.slots[h]!) {
      if (this.first[k] === a && this.second[k] === b) {
        this.sums[k] = this.sums[k]! + w;
        return;
      }
      h = (h + 1) & (this.slots.length - 1);
    }
    if (this.size === this.first.length) {
      this.first = grown(this.first, new Int32Array(2 * this.size));
      this.second = grown(this.second, new Int32Array(2 * this.size));
      this.sums = grown(this.sums, new Float64Array(2 * this.size));
    }
    const k = this.size++;
    this.first[k] = a;
    this.second[k] = b;
    this.sums[k] = w;
    this.slots[h] = k;
    // Kept at most half full, so a probe ends soon.
    if (2 * this.size > this.slots.length) this.rehash();
  }

  private rehash(): void {
    this.slots = new Int32Array(2 * this.slots.length).fill(-1);
    const mask = this.slots.length - 1;
    for (let k = 0; k < this.size; k++) {
      let h = slotOf(this.first[k]!, this.second[k]!, mask);
      while (this.slots[h]! >= 0) h = (h + 1) & mask;
      this.slots[h] = k;
    }
  }
}

const slotOf = (a: number, b: number, mask: number): number =>
  (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x632be5ab, 0x85ebca77)) & mask;

function grown<T extends Int32Array | Float64Array>(from: T, into: T): T {
  into.set(from);
  return into;
}

/** The ties as compressed rows over positions: both directions of each tie, in tie order. */
function rows(count: number, edges: MeetingGraph['edges']): MeetingGraph['adjacency'] {
  const { source, target, weight } = edges;
  const offsets = new Int32Array(count + 1);
  for (let e = 0; e < source.length; e++) {
    offsets[source[e]! + 1] = offsets[source[e]! + 1]! + 1;
    offsets[target[e]! + 1] = offsets[target[e]! + 1]! + 1;
  }
  for (let p = 0; p < count; p++) offsets[p + 1] = offsets[p]! + offsets[p + 1]!;
  const fill = offsets.slice(0, count);
  const neighbours = new Int32Array(2 * source.length);
  const weights = new Float64Array(2 * source.length);
  for (let e = 0; e < source.length; e++) {
    const a = source[e]!;
    const b = target[e]!;
    const ka = fill[a]!;
    fill[a] = ka + 1;
    neighbours[ka] = b;
    weights[ka] = weight[e]!;
    const kb = fill[b]!;
    fill[b] = kb + 1;
    neighbours[kb] = a;
    weights[kb] = weight[e]!;
  }
  return { offsets, neighbours, weights };
}

export function meetingGraph(mailbox: Mailbox, now?: number, weighting: Weighting = defaultTuning): MeetingGraph {
  const { halfLifeDays, pairExponent } = weighting;
  const ids = mailbox.contacts.map((c) => c.id);
  const n = ids.length;
  const { people, starts, at: times, latest: last } = readSignals(mailbox);
  // Recency from the latest signal of the mailbox (as `latestSignal`), unless told.
  const latest = now ?? last;
  // Pair weights summed first (pairs repeat across messages), then one edge per pair: much faster than
  // updating graph attributes pair by pair.
  const pairs = new PairTable();
  // (k − 1)^pairExponent for each signal size k, computed once (a power per signal cost as much as the pairs).
  const spread = new Float64Array(maxPeoplePerSignal + 1);
  for (let k = 2; k <= maxPeoplePerSignal; k++) spread[k] = (k - 1) ** pairExponent;
  for (let s = 0; s + 1 < starts.length; s++) {
    const from = starts[s]!;
    const to = starts[s + 1]!;
    const when = times[s]!;
    const age = Number.isFinite(when) ? Math.max(0, (latest - when) / dayMs) : halfLifeDays;
    const w = 0.5 ** (age / halfLifeDays) / spread[to - from]!;
    for (let x = from; x < to; x++) for (let y = x + 1; y < to; y++) pairs.add(people[x]!, people[y]!, w);
  }
  // Only contacts who meet or write with someone are nodes (the others would each be a community of one), in
  // contact order, so Louvain (which visits nodes in graph order) finds the same groups for the same file.
  const m = pairs.size;
  const at = new Int32Array(n).fill(-1);
  for (let e = 0; e < m; e++) {
    at[pairs.first[e]!] = 0;
    at[pairs.second[e]!] = 0;
  }
  const nodes: string[] = [];
  const position = new Map<string, number>();
  for (let i = 0; i < n; i++)
    if (at[i] === 0) {
      at[i] = nodes.length;
      position.set(ids[i]!, nodes.length);
      nodes.push(ids[i]!);
    }
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const weight = pairs.sums.slice(0, m);
  const strength = new Float64Array(nodes.length);
  for (let e = 0; e < m; e++) {
    const a = at[pairs.first[e]!]!;
    const b = at[pairs.second[e]!]!;
    const w = weight[e]!;
    source[e] = a;
    target[e] = b;
    strength[a] = strength[a]! + w;
    strength[b] = strength[b]! + w;
  }
  const edges = { source, target, weight };
  return {
    nodes,
    position,
    edges,
    adjacency: rows(nodes.length, edges),
    contacts: n,
    strength: new Map(nodes.map((id, p) => [id, strength[p]!])),
    strengths: strength,
  };
}
