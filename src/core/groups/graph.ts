/**
 * The graph of who meets and writes together: one node per contact, an edge between two contacts for each
 * meeting they shared and each message they were both on (sender or recipient), weighted by how often and how
 * recently. A meeting of k people adds 1/(k−1) to each of its pairs, so one large meeting does not outweigh
 * many small ones; a signal loses half its weight every `halfLifeDays`.
 */
import Graph from 'graphology';
import type { Mailbox } from '../model';

/** How fast a shared meeting or message fades: half its weight after a year. */
export const halfLifeDays = 365;
/** A message or meeting with more people than this is a broadcast: it says nothing about who belongs together. */
export const maxPeoplePerSignal = 50;

export type MeetingGraph = {
  /** Nodes are the contacts who share a meeting or a message with another contact; edges carry `weight`. */
  readonly graph: Graph;
  /** How many contacts the mailbox has (nodes or not). */
  readonly contacts: number;
  /** Weighted degree (strength) of each node, summed once. */
  readonly strength: ReadonlyMap<string, number>;
};

const dayMs = 86_400_000;

/** The latest date among the mailbox's signals: recency is measured from there, so a file scores the same any day. */
export function latestSignal(mailbox: Mailbox): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const e of mailbox.events) latest = Math.max(latest, Date.parse(e.start ?? '') || latest);
  for (const m of mailbox.messages) latest = Math.max(latest, Date.parse(m.sentDateTime ?? '') || latest);
  return Number.isFinite(latest) ? latest : 0;
}

export function meetingGraph(mailbox: Mailbox, now: number = latestSignal(mailbox)): MeetingGraph {
  const ids = mailbox.contacts.map((c) => c.id);
  const byAddress = new Map<string, number[]>();
  mailbox.contacts.forEach((c, i) => {
    for (const e of c.emailAddresses) {
      const key = e.address.trim().toLowerCase();
      const list = byAddress.get(key);
      if (list) list.push(i);
      else byAddress.set(key, [i]);
    }
  });
  const owner = mailbox.owner.mail.trim().toLowerCase();
  // Pair weights summed first (pairs repeat across messages), then one edge per pair: much faster than
  // updating graph attributes pair by pair.
  const weights = new Map<number, number>();
  const n = ids.length;
  const add = (addresses: readonly string[], when: string | undefined): void => {
    const people = new Set<number>();
    for (const a of addresses) {
      const key = a.trim().toLowerCase();
      if (key === owner) continue;
      for (const i of byAddress.get(key) ?? []) people.add(i);
    }
    if (people.size < 2 || people.size > maxPeoplePerSignal) return;
    const at = Date.parse(when ?? '');
    const age = Number.isFinite(at) ? Math.max(0, (now - at) / dayMs) : halfLifeDays;
    const w = 0.5 ** (age / halfLifeDays) / (people.size - 1);
    const list = [...people].sort((a, b) => a - b);
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * n + list[y]!;
        weights.set(key, (weights.get(key) ?? 0) + w);
      }
  };
  for (const e of mailbox.events)
    add([...(e.organizer ? [e.organizer.address] : []), ...e.attendees.map((a) => a.address)], e.start);
  for (const m of mailbox.messages)
    add(
      [
        ...(m.from ? [m.from.address] : []),
        ...m.toRecipients.map((r) => r.address),
        ...m.ccRecipients.map((r) => r.address),
      ],
      m.sentDateTime,
    );
  // Only contacts who meet or write with someone are nodes: the others would each be a community of one.
  const graph = new Graph({ type: 'undirected', allowSelfLoops: false });
  const strength = new Map<string, number>();
  const duplicateIds = new Set(ids).size < ids.length;
  const linked = new Set<number>();
  for (const key of weights.keys()) linked.add(Math.floor(key / n)).add(key % n);
  // In contact order, so Louvain (which visits nodes in graph order) finds the same groups for the same file.
  ids.forEach((id, i) => {
    if (linked.has(i) && !graph.hasNode(id)) graph.addNode(id);
  });
  for (const [key, weight] of weights) {
    const a = ids[Math.floor(key / n)]!;
    const b = ids[key % n]!;
    // Two contacts with the same id (a duplicate read twice) are one node, and their pairs one edge.
    if (a === b) continue;
    if (duplicateIds && graph.hasEdge(a, b))
      graph.updateEdgeAttribute(a, b, 'weight', (w: number | undefined) => (w ?? 0) + weight);
    else graph.addUndirectedEdge(a, b, { weight });
    strength.set(a, (strength.get(a) ?? 0) + weight);
    strength.set(b, (strength.get(b) ?? 0) + weight);
  }
  return { graph, contacts: n, strength };
}
