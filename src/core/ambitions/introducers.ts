/**
 * Warm introductions: for a contact who fits the ambition but whom the user barely knows, who could
 * introduce them — a contact the user is close to (a strong tie) who writes or meets with that person.
 * Read from the same message headers and events as the ties: being on the same message or at the same
 * meeting is the evidence. Large mailings say nothing about who knows whom, so they are left out.
 */
import type { Mailbox } from '../model';
import { isWarm } from './summary';
import type { Tie } from './ties';

/** Someone who could introduce the user to a contact, with what shows they know each other. */
export type Introducer = {
  readonly contactId: string;
  /** Messages both were on (sent by one to the other, or copied together). */
  readonly messages: number;
  /** Meetings both attended. */
  readonly events: number;
  /** 0..1: how close the user is to the introducer times how surely the two know each other. */
  readonly score: number;
};

/** Messages or meetings with more people than this are mailings or town halls, not acquaintance. */
export const MAX_PARTICIPANTS = 12;

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * For each target contact, up to `max` introducers, best first: contacts with a warm tie to the user who
 * shared messages or meetings with the target. Deterministic (ties broken by contact id).
 */
export function findIntroducers(
  mailbox: Mailbox,
  targets: ReadonlySet<string>,
  ties: ReadonlyMap<string, Tie>,
  max = 2,
): Map<string, Introducer[]> {
  const out = new Map<string, Introducer[]>();
  if (targets.size === 0) return out;
  const byAddress = contactsByAddress(mailbox);
  const owner = mailbox.owner.mail.toLowerCase();
  // target → candidate → [messages, events]
  const shared = new Map<string, Map<string, [number, number]>>();
  const count = (addresses: readonly string[], slot: 0 | 1): void => {
    const people = new Set<string>();
    for (const a of addresses) {
      const lower = a.trim().toLowerCase();
      if (lower === owner) continue;
      for (const id of byAddress.get(lower) ?? []) people.add(id);
    }
    if (people.size < 2 || people.size > MAX_PARTICIPANTS) return;
    for (const target of people) {
      if (!targets.has(target)) continue;
      let row = shared.get(target);
      if (!row) shared.set(target, (row = new Map()));
      for (const other of people) {
        if (other === target) continue;
        const c = row.get(other) ?? [0, 0];
        c[slot]++;
        row.set(other, c);
      }
    }
  };
  for (const m of mailbox.messages)
    count([...(m.from ? [m.from] : []), ...m.toRecipients, ...m.ccRecipients].map(addressOf), 0);
  for (const e of mailbox.events) count([...(e.organizer ? [e.organizer] : []), ...e.attendees].map(addressOf), 1);

  for (const [target, row] of shared) {
    const list: Introducer[] = [];
    for (const [id, [messages, events]] of row) {
      const tie = ties.get(id);
      if (!tie || !isWarm(tie)) continue;
      const closeness = tie.strength;
      // Saturating: the third shared thread adds less than the first; a meeting counts more than a copy.
      const known = 1 - Math.exp(-(messages + 1.5 * events) / 3);
      list.push({ contactId: id, messages, events, score: round(closeness * known) });
    }
    list.sort((a, b) => b.score - a.score || (a.contactId < b.contactId ? -1 : 1));
    if (list.length > 0) out.set(target, list.slice(0, max));
  }
  return out;
}

function addressOf(r: { readonly address: string }): string {
  return r.address;
}

/**
 * Contact ids by lower-cased address. src/core/ties indexes the same way for owner–contact facts; the
 * pairs between contacts are only needed here, so this file keeps its own small index.
 */
function contactsByAddress(mailbox: Mailbox): Map<string, string[]> {
  const byAddress = new Map<string, string[]>();
  for (const c of mailbox.contacts)
    for (const e of c.emailAddresses) {
      const a = e.address.trim().toLowerCase();
      const ids = byAddress.get(a) ?? [];
      if (!ids.includes(c.id)) ids.push(c.id);
      byAddress.set(a, ids);
    }
  return byAddress;
}
