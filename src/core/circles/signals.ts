/**
 * The mailbox's signals indexed once by address (lower-cased), so each contact reaches its messages and
 * events in time proportional to its own traffic: the engine stays linear in the mailbox size.
 */
import type { CalendarEvent, Mailbox, MessageHeader } from '../model';

/** A message reaching a contact, with how directly: the only or first correspondent, or one of many. */
export type MessageLink = { readonly message: MessageHeader; readonly role: 'primary' | 'secondary' };

/** An event a contact attends; `guests` counts the attendees other than the owner. */
export type EventLink = {
  readonly event: CalendarEvent;
  readonly role: 'primary' | 'secondary';
  readonly guests: number;
};

export type SignalIndex = {
  readonly messagesByAddress: ReadonlyMap<string, readonly MessageLink[]>;
  readonly eventsByAddress: ReadonlyMap<string, readonly EventLink[]>;
};

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the index. With signals off, both maps are empty. */
export function indexSignals(mailbox: Mailbox, signals: 'on' | 'off'): SignalIndex {
  const messagesByAddress = new Map<string, MessageLink[]>();
  const eventsByAddress = new Map<string, EventLink[]>();
  if (signals === 'off') return { messagesByAddress, eventsByAddress };
  const owner = mailbox.owner.mail.toLowerCase();
  for (const message of mailbox.messages) {
    const people = [message.from, ...message.toRecipients, ...message.ccRecipients]
      .map((p) => p?.address.toLowerCase())
      .filter((a): a is string => !!a && a !== owner);
    const unique = [...new Set(people)];
    unique.forEach((address, i) =>
      push(messagesByAddress, address, { message, role: unique.length === 1 || i === 0 ? 'primary' : 'secondary' }),
    );
  }
  for (const event of mailbox.events) {
    const people = [event.organizer, ...event.attendees]
      .map((p) => p?.address.toLowerCase())
      .filter((a): a is string => !!a && a !== owner);
    const unique = [...new Set(people)];
    // The first person invited is the one the meeting was set up with; others may just have been copied in.
    unique.forEach((address, i) =>
      push(eventsByAddress, address, { event, role: i === 0 ? 'primary' : 'secondary', guests: unique.length }),
    );
  }
  return { messagesByAddress, eventsByAddress };
}

/** Strips reply and forward prefixes ("RE: TR: Fwd: …"). */
export function baseSubject(subject: string): string {
  return subject.replace(/^\s*((re|tr|fw|fwd|aw|wg|réf|ref)\s*(\[\d+\])?\s*:\s*)+/i, '').trim();
}
