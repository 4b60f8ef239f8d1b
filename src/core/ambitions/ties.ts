/**
 * Tie strength from the mailbox: how often, how recently and how reciprocally the owner and a contact
 * exchange, by message or meeting. A contact is linked by any of their addresses, case-insensitively.
 */
import type { Mailbox } from '../model';

/** The raw counts behind a tie, kept so the ranking can explain it. */
export type Tie = {
  /** Messages the contact sent. */
  readonly received: number;
  /** Messages the owner sent to the contact (to or cc). */
  readonly sent: number;
  /** Messages both were on without either sending it. */
  readonly shared: number;
  /** Events both attended (or the contact organised). */
  readonly events: number;
  /** Days since the last message or event, or undefined when they never interacted. */
  readonly daysSince?: number;
  /** 0..1 */
  readonly strength: number;
};

const DAY = 86_400_000;

/** The mailbox's latest dated item: the default "now", so a ranking never depends on the clock. */
export function latestDate(mailbox: Mailbox): Date {
  let max = 0;
  for (const m of mailbox.messages) {
    const t = m.sentDateTime ? Date.parse(m.sentDateTime) : NaN;
    if (t > max) max = t;
  }
  for (const e of mailbox.events) {
    const t = e.start ? Date.parse(e.start) : NaN;
    if (t > max) max = t;
  }
  return new Date(max);
}

/**
 * Strength blends frequency (saturating: the tenth message adds less than the first), recency (a year
 * halves it, roughly) and reciprocity (both sides write). Weights are documented in docs/KNOWLEDGE.md.
 */
export function strengthOf(t: Omit<Tie, 'strength'>): number {
  const volume = t.received + t.sent + 0.5 * t.shared + 1.5 * t.events;
  const frequency = 1 - Math.exp(-volume / 8);
  const reciprocity = t.received > 0 && t.sent > 0 ? Math.min(t.received, t.sent) / Math.max(t.received, t.sent) : 0;
  const recency = t.daysSince === undefined ? 0 : Math.exp(-Math.max(0, t.daysSince) / 365);
  return Math.round((0.45 * frequency + 0.2 * reciprocity + 0.35 * recency) * 1e6) / 1e6;
}

// A mailbox is immutable too: re-ranking after a chip edit reuses its ties.
const tieCache = new WeakMap<Mailbox, { now: number; ties: Map<string, Tie> }>();

/** Ties for every contact of the mailbox, by contact id. One pass over messages and events. */
export function computeTies(mailbox: Mailbox, now: Date): ReadonlyMap<string, Tie> {
  const hit = tieCache.get(mailbox);
  if (hit && hit.now === now.getTime()) return hit.ties;
  const ties = readTies(mailbox, now);
  tieCache.set(mailbox, { now: now.getTime(), ties });
  return ties;
}

function readTies(mailbox: Mailbox, now: Date): Map<string, Tie> {
  const owner = mailbox.owner.mail.toLowerCase();
  const byAddress = new Map<string, string[]>();
  for (const c of mailbox.contacts) {
    for (const e of c.emailAddresses) {
      const a = e.address.toLowerCase();
      const ids = byAddress.get(a);
      if (ids) {
        if (!ids.includes(c.id)) ids.push(c.id);
      } else byAddress.set(a, [c.id]);
    }
  }
  type Acc = { received: number; sent: number; shared: number; events: number; last: number };
  const acc = new Map<string, Acc>();
  const get = (id: string): Acc => {
    let a = acc.get(id);
    if (!a) acc.set(id, (a = { received: 0, sent: 0, shared: 0, events: 0, last: -Infinity }));
    return a;
  };
  const touch = (a: Acc, iso: string | undefined): void => {
    const t = iso ? Date.parse(iso) : NaN;
    if (t > a.last) a.last = t;
  };

  for (const m of mailbox.messages) {
    const from = m.from?.address.toLowerCase();
    const fromOwner = from === owner;
    const seen = new Set<string>();
    for (const id of from ? (byAddress.get(from) ?? []) : []) {
      seen.add(id);
      const a = get(id);
      a.received++;
      touch(a, m.sentDateTime);
    }
    for (const r of [...m.toRecipients, ...m.ccRecipients]) {
      for (const id of byAddress.get(r.address.toLowerCase()) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const a = get(id);
        if (fromOwner) a.sent++;
        else a.shared++;
        touch(a, m.sentDateTime);
      }
    }
  }
  for (const e of mailbox.events) {
    const seen = new Set<string>();
    for (const p of [...(e.organizer ? [e.organizer] : []), ...e.attendees]) {
      for (const id of byAddress.get(p.address.toLowerCase()) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const a = get(id);
        a.events++;
        touch(a, e.start);
      }
    }
  }

  const out = new Map<string, Tie>();
  for (const [id, a] of acc) {
    const daysSince = Number.isFinite(a.last) ? Math.floor((now.getTime() - a.last) / DAY) : undefined;
    const raw = {
      received: a.received,
      sent: a.sent,
      shared: a.shared,
      events: a.events,
      ...(daysSince === undefined ? {} : { daysSince }),
    };
    out.set(id, { ...raw, strength: strengthOf(raw) });
  }
  return out;
}

/** The tie of a contact nobody wrote to or met. */
export const noTie: Tie = { received: 0, sent: 0, shared: 0, events: 0, strength: 0 };
