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
  /**
   * The thread (baseSubject) of each of those messages, in the same order: read while the index walks the
   * headers in order, so the evidence need not reach back into 50,000 scattered header objects per contact.
   */
  readonly subjectsByAddress: ReadonlyMap<string, readonly string[]>;
  readonly secondarySubjectsByAddress: ReadonlyMap<string, readonly string[]>;
  readonly eventsByAddress: ReadonlyMap<string, readonly EventLink[]>;
};

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Builds the index. With signals off, every map is empty. Plain loops: this runs over every header. Each
 * address is lower-cased once per run (a header's addresses repeat those of thousands of others).
 */
export function indexSignals(mailbox: Mailbox, signals: 'on' | 'off'): SignalIndex {
  const messagesByAddress = new Map<string, MessageHeader[]>();
  const secondaryMessagesByAddress = new Map<string, MessageHeader[]>();
  const subjectsByAddress = new Map<string, string[]>();
  const secondarySubjectsByAddress = new Map<string, string[]>();
  const eventsByAddress = new Map<string, EventLink[]>();
  const index = {
    messagesByAddress,
    secondaryMessagesByAddress,
    subjectsByAddress,
    secondarySubjectsByAddress,
    eventsByAddress,
  };
  if (signals === 'off') return index;
  const ownerAsWritten = mailbox.owner.mail;
  const owner = ownerAsWritten.toLowerCase();
  const lowered = new Map<string, string>();
  const lower = (address: string): string => {
    if (address === ownerAsWritten) return owner;
    let l = lowered.get(address);
    if (l === undefined) {
      l = address.toLowerCase();
      lowered.set(address, l);
    }
    return l;
  };
  const file = (primary: boolean, address: string, message: MessageHeader, subject: string): void => {
    push(primary ? messagesByAddress : secondaryMessagesByAddress, address, message);
    push(primary ? subjectsByAddress : secondarySubjectsByAddress, address, subject);
  };
  const people: string[] = [];
  const collect = (address: string | undefined): void => {
    if (!address) return;
    const a = lower(address);
    if (a !== owner && !people.includes(a)) people.push(a);
  };
  const messages = mailbox.messages;
  for (let m = 0; m < messages.length; m++) {
    const message = messages[m] as MessageHeader;
    const subject = baseSubject(message.subject);
    // Most headers are one-to-one with the owner: take the other party directly.
    const to = message.toRecipients;
    if (message.ccRecipients.length === 0 && to.length === 1 && message.from) {
      const from = lower(message.from.address);
      const dest = lower((to[0] as EmailAddress).address);
      if (from === owner && dest !== owner && dest !== '') {
        file(true, dest, message, subject);
        continue;
      }
      if (dest === owner && from !== owner && from !== '') {
        file(true, from, message, subject);
        continue;
      }
    }
    people.length = 0;
    collect(message.from?.address);
    for (const r of to) collect(r.address);
    for (const r of message.ccRecipients) collect(r.address);
    for (let i = 0; i < people.length; i++) file(i === 0, people[i] as string, message, subject);
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
  return index;
}

type Subject = { readonly base: string; readonly reply: boolean };
const subjects = new Map<string, Subject>();

/** What a subject says of its thread (memoised: threads repeat subjects, and every pass asks). */
function subjectOf(subject: string): Subject {
  const known = subjects.get(subject);
  if (known !== undefined) return known;
  const stripped = stripReplyPrefixes(subject);
  // stripReplyPrefixes returns its argument unless a prefix matched: the same test as isReplyOrForward.
  const facts = { base: stripped.trim(), reply: stripped !== subject };
  if (subjects.size > 100_000) subjects.clear();
  subjects.set(subject, facts);
  return facts;
}

/** Strips reply and forward prefixes, as the ties do (memoised: threads repeat subjects). */
export function baseSubject(subject: string): string {
  return subjectOf(subject).base;
}

/** Whether a subject answers or forwards another message (isReplyOrForward, memoised with baseSubject). */
export function repliesTo(subject: string): boolean {
  return subjectOf(subject).reply;
}
