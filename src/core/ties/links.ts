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

/** A year of exchanges. */
export type Peak = { readonly year: number; readonly messages: number; readonly meetings: number };

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
  /** The UTC year with the most dated exchanges (the latest of equals), for "14 messages in 2024". */
  readonly peak?: Peak;
};

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
  /** The number of the item last counted, so an item counts once per contact. */
  stamp = -1;
}

/**
 * Exchanges per contact and UTC year, one counter array per year and kind: nothing is allocated per contact
 * while the pass runs (arrays of dates per contact cost a sixth of it on 50,000 headers).
 */
class YearCounts {
  private readonly byYear = new Map<number, { messages: Int32Array; meetings: Int32Array }>();
  private from = Infinity;
  private to = -Infinity;
  private counts: { messages: Int32Array; meetings: Int32Array } | undefined;

  constructor(private readonly size: number) {}

  /** Selects the year of `t` (kept while headers stay in the same year); false when undated. */
  at(t: number): boolean {
    if (Number.isNaN(t)) return false;
    if (t < this.from || t >= this.to) {
      const year = new Date(t).getUTCFullYear();
      this.from = Date.UTC(year, 0, 1);
      this.to = Date.UTC(year + 1, 0, 1);
      let counts = this.byYear.get(year);
      if (!counts) {
        counts = { messages: new Int32Array(this.size), meetings: new Int32Array(this.size) };
        this.byYear.set(year, counts);
      }
      this.counts = counts;
    }
    return true;
  }

  add(contact: number, kind: 'messages' | 'meetings'): void {
    this.counts![kind][contact]!++;
  }

  peak(contact: number): Peak | undefined {
    let best: Peak | undefined;
    for (const [year, c] of this.byYear) {
      const messages = c.messages[contact]!;
      const meetings = c.meetings[contact]!;
      const total = messages + meetings;
      const bestTotal = best ? best.messages + best.meetings : 0;
      if (total > bestTotal || (total > 0 && total === bestTotal && year > best!.year))
        best = { year, messages, meetings };
    }
    return best;
  }
}

/**
 * Who started each conversation with each contact: the earliest message (then the smaller id, so the answer
 * ignores input order) per (conversation, contact), kept in one Map under a numeric key. One Map with number
 * keys and message indices as values, rather than a Map of objects per contact, halves the cost of this part.
 */
class Starters {
  private readonly first = new Map<number, number>();
  private readonly threadIds = new Map<string, number>();

  constructor(
    private readonly contacts: number,
    private readonly times: Float64Array,
    private readonly ids: readonly string[],
  ) {}

  thread(key: string): number {
    let id = this.threadIds.get(key);
    if (id === undefined) this.threadIds.set(key, (id = this.threadIds.size));
    return id;
  }

  see(thread: number, contact: number, message: number): void {
    const k = thread * this.contacts + contact;
    const seen = this.first.get(k);
    if (seen === undefined || this.before(message, seen)) this.first.set(k, message);
  }

  private before(a: number, b: number): boolean {
    const ta = this.times[a]!;
    const tb = this.times[b]!;
    return ta < tb || (ta === tb && this.ids[a]! < this.ids[b]!);
  }

  /** Per contact, conversations started by the owner and by the contact. */
  count(byOwner: (message: number) => boolean): { you: Int32Array; them: Int32Array } {
    const you = new Int32Array(this.contacts);
    const them = new Int32Array(this.contacts);
    for (const [k, message] of this.first) (byOwner(message) ? you : them)[k % this.contacts]!++;
    return { you, them };
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

/** Facts for every contact of the mailbox, in the mailbox's order (zeros when nothing links them). */
export function readLinks(mailbox: Mailbox, period: Period = {}): Links[] {
  const start = periodStart(period);
  const index = indexByAddress(mailbox);
  const owner = mailbox.owner.mail.trim().toLowerCase();
  const n = mailbox.contacts.length;
  const accs = mailbox.contacts.map(() => new Acc());
  const years = new YearCounts(n);
  // Undated messages start no conversation before a dated one.
  const times = new Float64Array(mailbox.messages.length).fill(Infinity);
  const fromOwner = new Uint8Array(mailbox.messages.length);
  const starters = new Starters(
    n,
    times,
    mailbox.messages.map((m) => m.id),
  );
  let item = 0;
  /**
   * Fills `out` with the indices of the contacts holding any of the addresses, each once per item. The two
   * buffers are reused from header to header: this loop runs 50,000 times in the benchmark.
   */
  const mine: number[] = [];
  const theirs: number[] = [];
  const holders = (addresses: readonly (string | undefined)[], out: number[]): number[] => {
    item++;
    let count = 0;
    for (let k = 0; k < addresses.length; k++) {
      const a = addresses[k];
      const ids = a === undefined ? undefined : index.get(a);
      if (ids === undefined) continue;
      for (let j = 0; j < ids.length; j++) {
        const i = ids[j]!;
        const acc = accs[i]!;
        if (acc.stamp === item) continue;
        acc.stamp = item;
        out[count++] = i;
      }
    }
    if (out.length !== count) out.length = count;
    return out;
  };
  // Subjects repeat (replies, newsletters): read each distinct one once.
  const subjects = new Map<string, { thread: number; intro: boolean }>();
  const readSubject = (subject: string) => {
    let r = subjects.get(subject);
    if (!r)
      subjects.set(subject, (r = { thread: starters.thread(threadKey({ subject })), intro: isIntroduction(subject) }));
    return r;
  };
  const distinct = (list: readonly (string | undefined)[], except: readonly (string | undefined)[]): number =>
    new Set(list.filter((a) => a && !except.includes(a))).size;
  const touch = (acc: Acc, t: number): void => {
    if (t > acc.last) acc.last = t;
  };

  mailbox.messages.forEach((m, number) => {
    const t = instant(m.sentDateTime);
    if (!inPeriod(t, start)) return;
    if (!Number.isNaN(t)) times[number] = t;
    const dated = years.at(t);
    const from = lower(m.from);
    const recipients: (string | undefined)[] = [];
    for (const r of m.toRecipients) recipients.push(lower(r));
    for (const r of m.ccRecipients) recipients.push(lower(r));
    const subject = readSubject(m.subject);
    const thread = m.conversationId ? starters.thread(threadKey(m)) : subject.thread;
    if (from === owner) {
      fromOwner[number] = 1;
      const intro = subject.intro && distinct(recipients, [owner]) >= 2;
      for (const i of holders(recipients, mine)) {
        const acc = accs[i]!;
        acc.sent++;
        touch(acc, t);
        if (dated) years.add(i, 'messages');
        starters.see(thread, i, number);
        if (intro) acc.introducedByYou++;
      }
    }
    if (from === undefined) return;
    const senders = holders([from], theirs);
    if (senders.length > 0) {
      const intro = subject.intro && recipients.includes(owner) && distinct(recipients, [owner, from]) >= 1;
      for (const i of senders) {
        const acc = accs[i]!;
        acc.received++;
        touch(acc, t);
        // A message the owner sent from an address a contact also lists is already counted as sent.
        if (from !== owner) {
          if (dated) years.add(i, 'messages');
          starters.see(thread, i, number);
        }
        if (intro) acc.introducedByThem++;
      }
    }
    if (from !== owner)
      for (const i of holders(recipients, mine)) {
        if (senders.includes(i)) continue;
        const acc = accs[i]!;
        acc.copied++;
        if (t > acc.lastCopied) acc.lastCopied = t;
      }
  });

  for (const e of mailbox.events) {
    const t = instant(e.start);
    if (!inPeriod(t, start)) continue;
    const dated = years.at(t);
    const people = [lower(e.organizer)];
    for (const a of e.attendees) people.push(lower(a));
    for (const i of holders(people, mine)) {
      const acc = accs[i]!;
      acc.meetings++;
      touch(acc, t);
      if (dated) years.add(i, 'meetings');
    }
  }

  const started = starters.count((message) => fromOwner[message] === 1);
  return mailbox.contacts.map((c, i) => {
    const acc = accs[i]!;
    const links: { -readonly [K in keyof Links]: Links[K] } = {
      contactId: c.id,
      sent: acc.sent,
      received: acc.received,
      meetings: acc.meetings,
      startedByYou: started.you[i]!,
      startedByThem: started.them[i]!,
      introducedByYou: acc.introducedByYou,
      introducedByThem: acc.introducedByThem,
      copied: acc.copied,
    };
    if (Number.isFinite(acc.last)) {
      links.lastExchange = acc.last;
      const peak = years.peak(i);
      if (peak) links.peak = peak;
    }
    if (Number.isFinite(acc.lastCopied)) links.lastCopied = acc.lastCopied;
    return links;
  });
}
