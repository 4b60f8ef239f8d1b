/**
 * The mailbox's signals indexed once by address (lower-cased), so each contact reaches its messages and
 * events in time proportional to its own traffic: the engine stays linear in the mailbox size.
 */
import type { CalendarEvent, EmailAddress, Mailbox, MessageHeader } from '../model';
import { keepLayout } from '../layouts';
import { stripReplyPrefixes } from '../text/subjects';

/** An event a contact attends; `guests` counts the attendees other than the owner. */
export type EventLink = {
  readonly event: CalendarEvent;
  readonly role: 'primary' | 'secondary';
  readonly guests: number;
};

/** What the mailbox holds for one address. */
export type AddressSignals = {
  /** Messages where the address is the only or first correspondent other than the owner. */
  readonly messages: readonly MessageHeader[];
  /**
   * The thread (baseSubject) of each of those messages, in the same order: read while the index walks the
   * headers in order, so the evidence need not reach back into thousands of scattered headers per contact.
   */
  readonly threads: readonly string[];
  /** Messages where the address is one correspondent among several (copied in), and their threads. */
  readonly secondary: readonly MessageHeader[];
  readonly secondaryThreads: readonly string[];
  readonly events: readonly EventLink[];
};

type Filed = {
  messages: MessageHeader[];
  threads: string[];
  secondary: MessageHeader[];
  secondaryThreads: string[];
  events: EventLink[];
  /** While the index is built: how many messages it files as primary and as secondary, then where the next goes. */
  primaryCount: number;
  secondaryCount: number;
};

// Lists stay this shared empty one until something is filed: most addresses have no secondary message.
const none: never[] = Object.freeze([]) as never[];

/** A spelling other than the lower-cased address (a capital, the owner's, an empty one): its entry or what it is. */
type Spelling = Filed | 'owner' | 'none';

/**
 * The index: entries by lower-cased address, and a look-up by address as written. A method, not a closure
 * made by each run: the evidence's optimised code inlined that run's closure, and lost it when the closure
 * was collected after the run (see layouts.ts).
 */
export class SignalIndex {
  constructor(
    /** By lower-cased address; never the owner's. */
    readonly byAddress: ReadonlyMap<string, AddressSignals>,
    private readonly spelled: ReadonlyMap<string, Spelling>,
  ) {}

  /** The entry of an address as written (any case): first among the spellings the headers used. */
  find(address: string): AddressSignals | undefined {
    // A contact's address is most often spelt as in the headers: found without lower-casing it again.
    const entry = this.byAddress.get(address) ?? this.spelled.get(address);
    if (entry !== undefined) return typeof entry === 'string' ? undefined : entry;
    return this.byAddress.get(address.toLowerCase());
  }
}

/**
 * Files a message, in one of two passes: the first only counts, the second fills lists of the exact length (a
 * list grown by push holds room for 17 and is copied as it grows: the index's largest allocation).
 */
function file(to: Filed, primary: boolean, message: MessageHeader, thread: string, counting: boolean): void {
  if (counting) {
    if (primary) to.primaryCount++;
    else to.secondaryCount++;
    return;
  }
  if (primary) {
    if (to.messages === none) {
      to.messages = new Array<MessageHeader>(to.primaryCount);
      to.threads = new Array<string>(to.primaryCount);
      to.primaryCount = 0;
    }
    to.messages[to.primaryCount] = message;
    to.threads[to.primaryCount++] = thread;
  } else {
    if (to.secondary === none) {
      to.secondary = new Array<MessageHeader>(to.secondaryCount);
      to.secondaryThreads = new Array<string>(to.secondaryCount);
      to.secondaryCount = 0;
    }
    to.secondary[to.secondaryCount] = message;
    to.secondaryThreads[to.secondaryCount++] = thread;
  }
}

/**
 * Builds the index. With signals off, it is empty. Plain loops: this runs over every header. An address as
 * written leads to its entry through one look-up (a header's addresses repeat those of thousands of others).
 */
export function indexSignals(mailbox: Mailbox, signals: 'on' | 'off'): SignalIndex {
  const byAddress = new Map<string, Filed>();
  if (signals === 'off') return new SignalIndex(byAddress, new Map());
  const ownerAsWritten = mailbox.owner.mail;
  const owner = ownerAsWritten.toLowerCase();
  // Spellings other than the lower-cased address (a capital, the owner's, an empty one): their entry, or
  // 'owner', or 'none'. An address in lower case, the most common spelling, is found in `byAddress` itself.
  const spelled = new Map<string, Spelling>();
  const entryOf = (address: string): Spelling => {
    if (address === ownerAsWritten) return 'owner';
    let entry: Spelling | undefined = byAddress.get(address) ?? spelled.get(address);
    if (entry === undefined) {
      const lower = address.toLowerCase();
      if (lower === owner) entry = 'owner';
      else if (lower === '') entry = 'none';
      else {
        entry = byAddress.get(lower);
        if (!entry) {
          entry = {
            messages: none,
            threads: none,
            secondary: none,
            secondaryThreads: none,
            events: none,
            primaryCount: 0,
            secondaryCount: 0,
          };
          byAddress.set(lower, entry);
        }
      }
      if (lower !== address || typeof entry === 'string') spelled.set(address, entry);
    }
    return entry;
  };
  const people: Filed[] = [];
  const collect = (address: string | undefined): void => {
    if (!address) return;
    const entry = entryOf(address);
    if (typeof entry !== 'string' && !people.includes(entry)) people.push(entry);
  };
  const messages = mailbox.messages;
  // Each header's thread and, for the one-to-one headers (most of them), the other party: read in the
  // counting pass, used again in the filling pass without a second look-up.
  const threads = new Array<string>(messages.length);
  const parties = new Array<Filed | undefined>(messages.length);
  for (let pass = 0; pass < 2; pass++) {
    const counting = pass === 0;
    for (let m = 0; m < messages.length; m++) {
      const message = messages[m] as MessageHeader;
      const thread = counting ? (threads[m] = baseSubject(message.subject)) : (threads[m] as string);
      if (!counting) {
        const party = parties[m];
        if (party !== undefined) {
          file(party, true, message, thread, false);
          continue;
        }
      } else {
        // Most headers are one-to-one with the owner: take the other party directly.
        const to = message.toRecipients;
        if (message.ccRecipients.length === 0 && to.length === 1 && message.from) {
          const from = entryOf(message.from.address);
          const dest = entryOf((to[0] as EmailAddress).address);
          const party =
            from === 'owner' && typeof dest !== 'string'
              ? dest
              : dest === 'owner' && typeof from !== 'string'
                ? from
                : undefined;
          if (party !== undefined) {
            parties[m] = party;
            file(party, true, message, thread, true);
            continue;
          }
        }
      }
      people.length = 0;
      collect(message.from?.address);
      for (const r of message.toRecipients) collect(r.address);
      for (const r of message.ccRecipients) collect(r.address);
      for (let i = 0; i < people.length; i++) file(people[i] as Filed, i === 0, message, thread, counting);
    }
  }
  for (const event of mailbox.events) {
    people.length = 0;
    collect(event.organizer?.address);
    for (const a of event.attendees) collect(a.address);
    // The first person invited is the one the meeting was set up with; others may just have been copied in.
    for (let i = 0; i < people.length; i++) {
      const entry = people[i] as Filed;
      const link: EventLink = { event, role: i === 0 ? 'primary' : 'secondary', guests: people.length };
      if (entry.events === none) entry.events = [link];
      else entry.events.push(link);
    }
  }
  return new SignalIndex(byAddress, spelled);
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

// One idle index: its layout outlives a run (layouts.ts).
keepLayout(new SignalIndex(new Map(), new Map()));
