/**
 * Facts per contact from message headers and calendar events only (never bodies), within a period. One pass:
 * contacts are indexed by address once, then each header is looked up by its addresses, so the work is linear
 * in contacts + headers. Exact definitions (docs/TIES.md):
 * - sent: messages from the owner whose To or Cc holds any of the contact's addresses;
 * - received: messages from any of the contact's addresses;
 * - meetings: events whose organizer or any attendee is any of the contact's addresses;
 * - last exchange: the latest date among those messages and events;
 * addresses are compared case-insensitively, and a message or event counts once per contact however many of
 * the contact's addresses it holds.
 */
import type { EmailAddress, Mailbox } from '../model';
import { isIntroduction, threadKey } from './subjects';
import { inPeriod, instant, periodStart, type Period } from './time';

/** What the mailbox says about the owner and one contact in the period. Counts only; no UI text. */
export type Links = {
  readonly contactId: string;
  readonly sent: number;
  readonly received: number;
  readonly meetings: number;
  /** Epoch ms of the latest dated message or meeting counted above; absent when none is dated. */
  readonly lastExchange?: number;
  /** Conversations (threads) with the contact whose first message the owner sent / the contact sent. */
  readonly startedByYou: number;
  readonly startedByThem: number;
  /** Introductions the owner sent with the contact among the recipients (and someone else). */
  readonly introducedByYou: number;
  /** Introductions the contact sent with the owner among the recipients (and someone else). */
  readonly introducedByThem: number;
  /**
   * Messages neither of them sent with the contact among the recipients: not an exchange by the definitions
   * above, but the ambition ranking reads it as a weak sign of acquaintance (src/core/ambitions/ties.ts).
   */
  readonly copied: number;
  /** Epoch ms of the latest of those copied messages. */
  readonly lastCopied?: number;
  /** Epoch ms of each dated message (sent or received) and meeting counted, oldest first: for "14 messages in 2024". */
  readonly messageDates: readonly number[];
  readonly meetingDates: readonly number[];
};

type Thread = { t: number; id: string; starter: 'you' | 'them' };

/** Running counts for one contact. A class so every accumulator has one shape (the loop is hot). */
class Acc {
  sent = 0;
  received = 0;
  meetings = 0;
  last = -Infinity;
  introducedByYou = 0;
  introducedByThem = 0;
  copied = 0;
  lastCopied = -Infinity;
  threads: Map<string, Thread> | undefined = undefined;
  messageDates: number[] = [];
  meetingDates: number[] = [];
  /** The number of the item last counted, so an item counts once per contact. */
  stamp = -1;

  touch(t: number, dates: number[]): void {
    if (Number.isNaN(t)) return;
    if (t > this.last) this.last = t;
    dates.push(t);
  }

  // The earliest message starts the thread; equal times fall back to the id so the answer ignores input order.
  thread(key: string, id: string, t: number, starter: Thread['starter']): void {
    this.threads ??= new Map();
    const time = Number.isNaN(t) ? Infinity : t;
    const seen = this.threads.get(key);
    if (!seen || time < seen.t || (time === seen.t && id < seen.id)) this.threads.set(key, { t: time, id, starter });
  }
}

const lower = (a: EmailAddress | undefined): string | undefined => a?.address.trim().toLowerCase();

/** Contact indices by lower-cased address; a contact appears once per address however often it lists it. */
function indexByAddress(mailbox: Mailbox): Map<string, number[]> {
  const index = new Map<string, number[]>();
  mailbox.contacts.forEach((c, i) => {
    for (const e of c.emailAddresses) {
      const a = lower(e);
      if (!a) continue;
      const list = index.get(a);
      if (!list) index.set(a, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return index;
}

const NONE: readonly number[] = [];
const ascending = (a: number, b: number): number => a - b;

/** Facts for every contact of the mailbox, in the mailbox's order (zeros when nothing links them). */
export function readLinks(mailbox: Mailbox, period: Period = {}): Links[] {
  const start = periodStart(period);
  const index = indexByAddress(mailbox);
  const owner = mailbox.owner.mail.trim().toLowerCase();
  const accs = mailbox.contacts.map(() => new Acc());
  let item = 0;
  /**
   * Fills `out` with the accumulators of the contacts holding any of the addresses, each once per item. The
   * two buffers are reused from header to header: this loop runs 50,000 times in the benchmark.
   */
  const mine: Acc[] = [];
  const theirs: Acc[] = [];
  const holders = (addresses: readonly (string | undefined)[], out: Acc[]): Acc[] => {
    item++;
    let n = 0;
    for (let k = 0; k < addresses.length; k++) {
      const a = addresses[k];
      const ids = a === undefined ? undefined : index.get(a);
      if (ids === undefined) continue;
      for (let j = 0; j < ids.length; j++) {
        const acc = accs[ids[j]!]!;
        if (acc.stamp === item) continue;
        acc.stamp = item;
        out[n++] = acc;
      }
    }
    if (out.length !== n) out.length = n;
    return out;
  };
  // Subjects repeat (replies, newsletters): read each distinct one once.
  const subjects = new Map<string, { key: string; intro: boolean }>();
  const readSubject = (subject: string) => {
    let r = subjects.get(subject);
    if (!r) subjects.set(subject, (r = { key: threadKey({ subject }), intro: isIntroduction(subject) }));
    return r;
  };
  const distinct = (list: readonly (string | undefined)[], except: readonly (string | undefined)[]): number =>
    new Set(list.filter((a) => a && !except.includes(a))).size;

  for (const m of mailbox.messages) {
    const t = instant(m.sentDateTime);
    if (!inPeriod(t, start)) continue;
    const from = lower(m.from);
    const recipients: (string | undefined)[] = [];
    for (const r of m.toRecipients) recipients.push(lower(r));
    for (const r of m.ccRecipients) recipients.push(lower(r));
    const subject = readSubject(m.subject);
    const key = m.conversationId ? threadKey(m) : subject.key;
    if (from === owner) {
      const intro = subject.intro && distinct(recipients, [owner]) >= 2;
      for (const acc of holders(recipients, mine)) {
        acc.sent++;
        acc.touch(t, acc.messageDates);
        acc.thread(key, m.id, t, 'you');
        if (intro) acc.introducedByYou++;
      }
    }
    if (from === undefined) continue;
    const senders = holders([from], theirs);
    if (senders.length > 0) {
      const intro = subject.intro && recipients.includes(owner) && distinct(recipients, [owner, from]) >= 1;
      for (const acc of senders) {
        acc.received++;
        // A message the owner sent from an address a contact also lists is already dated as sent.
        if (from === owner) {
          if (t > acc.last) acc.last = t;
        } else {
          acc.touch(t, acc.messageDates);
          acc.thread(key, m.id, t, 'them');
        }
        if (intro) acc.introducedByThem++;
      }
    }
    if (from !== owner)
      for (const acc of holders(recipients, mine)) {
        if (senders.includes(acc)) continue;
        acc.copied++;
        if (t > acc.lastCopied) acc.lastCopied = t;
      }
  }

  for (const e of mailbox.events) {
    const t = instant(e.start);
    if (!inPeriod(t, start)) continue;
    const people = [lower(e.organizer)];
    for (const a of e.attendees) people.push(lower(a));
    for (const acc of holders(people, mine)) {
      acc.meetings++;
      acc.touch(t, acc.meetingDates);
    }
  }

  return mailbox.contacts.map((c, i) => {
    const acc = accs[i]!;
    let startedByYou = 0;
    let startedByThem = 0;
    for (const th of acc.threads?.values() ?? []) {
      if (th.starter === 'you') startedByYou++;
      else startedByThem++;
    }
    const links: { -readonly [K in keyof Links]: Links[K] } = {
      contactId: c.id,
      sent: acc.sent,
      received: acc.received,
      meetings: acc.meetings,
      startedByYou,
      startedByThem,
      introducedByYou: acc.introducedByYou,
      introducedByThem: acc.introducedByThem,
      copied: acc.copied,
      messageDates: acc.messageDates.length ? acc.messageDates.sort(ascending) : NONE,
      meetingDates: acc.meetingDates.length ? acc.meetingDates.sort(ascending) : NONE,
    };
    if (Number.isFinite(acc.last)) links.lastExchange = acc.last;
    if (Number.isFinite(acc.lastCopied)) links.lastCopied = acc.lastCopied;
    return links;
  });
}
