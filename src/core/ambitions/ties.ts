/**
 * Tie strength from the mailbox: how often, how recently and how reciprocally the owner and a contact
 * exchange, by message or meeting. A contact is linked by any of their addresses, case-insensitively.
 */
import type { Mailbox } from '../model';
import { readLinks } from '../ties/links';
import { latestInstant } from '../ties/time';

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
  return new Date(Math.max(0, latestInstant(mailbox)));
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

// One computation with the Keep-in-touch ties (src/core/ties): the same pass over headers and events, the
// same definitions of sent, received and meetings. The ranking keeps its own blend (strengthOf above, tuned on
// the shortlist fixtures) and also counts messages both were copied on, over the whole mailbox.
function readTies(mailbox: Mailbox, now: Date): Map<string, Tie> {
  const out = new Map<string, Tie>();
  for (const l of readLinks(mailbox)) {
    const last = Math.max(l.lastExchange ?? -Infinity, l.lastCopied ?? -Infinity);
    if (!Number.isFinite(last) && l.sent + l.received + l.copied + l.meetings === 0) continue;
    const daysSince = Number.isFinite(last) ? Math.floor((now.getTime() - last) / DAY) : undefined;
    const raw = {
      received: l.received,
      sent: l.sent,
      shared: l.copied,
      events: l.meetings,
      ...(daysSince === undefined ? {} : { daysSince }),
    };
    out.set(l.contactId, { ...raw, strength: strengthOf(raw) });
  }
  return out;
}

/** The tie of a contact nobody wrote to or met. */
export const noTie: Tie = { received: 0, sent: 0, shared: 0, events: 0, strength: 0 };
