/**
 * The mailbox's signals indexed once by address (lower-cased), so each contact reaches its messages and
 * events in time proportional to its own traffic: the engine stays linear in the mailbox size.
 */
import type { CalendarEvent, EmailAddress, Mailbox, MessageHeader } from '../model';
import { stripReplyPrefixes } from '../text/subjects';

/** An event a contact attends; `guests` counts the attendees other than the owner. */
export type EventLink = {
  readonly event: CalendarEvent;
  readonly role: 'primary' | 'secondary';
  readonly guests: number;
};

export type SignalIndex = {
  /** Messages where the address is the only or first correspondent other than the owner. */
  readonly messagesByAddress: ReadonlyMap<string, readonly MessageHeader[]>;
  /** Messages where the address is one correspondent among several (copied in). */
  readonly secondaryMessagesByAddress: ReadonlyMap<string, readonly MessageHeader[]>;
  readonly eventsByAddress: ReadonlyMap<string, readonly EventLink[]>;
};

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the index. With signals off, both maps are empty. Plain loops: this runs over every header. */
export function indexSignals(mailbox: Mailbox, signals: 'on' | 'off'): SignalIndex {
  const messagesByAddress = new Map<string, MessageHeader[]>();
  const secondaryMessagesByAddress = new Map<string, MessageHeader[]>();
  const eventsByAddress = new Map<string, EventLink[]>();
  if (signals === 'off') return { messagesByAddress, secondaryMessagesByAddress, eventsByAddress };
  const owner = mailbox.owner.mail.toLowerCase();
  const people: string[] = [];
  const collect = (address: string | undefined): void => {
    if (!address) return;
    const a = address.toLowerCase();
    if (a !== owner && !people.includes(a)) people.push(a);
  };
  for (const message of mailbox.messages) {
    // Most headers are one-to-one with the owner: take the other party directly.
    const to = message.toRecipients;
    if (message.ccRecipients.length === 0 && to.length === 1 && message.from) {
      const from = message.from.address.toLowerCase();
      const dest = (to[0] as EmailAddress).address.toLowerCase();
      if (from === owner && dest !== owner && dest !== '') {
        push(messagesByAddress, dest, message);
        continue;
      }
      if (dest === owner && from !== owner && from !== '') {
        push(messagesByAddress, from, message);
        continue;
      }
    }
    people.length = 0;
    collect(message.from?.address);
    for (const r of to) collect(r.address);
    for (const r of message.ccRecipients) collect(r.address);
    for (let i = 0; i < people.length; i++)
      push(i === 0 ? messagesByAddress : secondaryMessagesByAddress, people[i] as string, message);
  }
  for (const event of mailbox.events) {
    people.length = 0;
    collect(event.organizer?.address);
    for (const a of event.attendees) collect(a.address);
    // The first person invited is the one the meeting was set up with; others may just have been copied in.
    for (let i = 0; i < people.length; i++)
      push(eventsByAddress, people[i] as string, {
        event,
        role: i === 0 ? 'primary' : 'secondary',
        guests: people.length,
      });
  }
  return { messagesByAddress, secondaryMessagesByAddress, eventsByAddress };
}

const bases = new Map<string, string>();

/** Strips reply and forward prefixes, as the ties do (memoised: threads repeat subjects). */
export function baseSubject(subject: string): string {
  const known = bases.get(subject);
  if (known !== undefined) return known;
  const base = stripReplyPrefixes(subject).trim();
  if (bases.size > 100_000) bases.clear();
  bases.set(subject, base);
  return base;
}
