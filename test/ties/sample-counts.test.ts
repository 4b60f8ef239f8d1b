/**
 * `circles ties --json --since 1970-01-01` against a count written independently, straight from the raw
 * Graph JSON of the sample mailboxes (no mapping, no index): every contact's sent, received, meetings and
 * last exchange must agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { hasSharedData, sampleNames, sharedDir } from '../engine/shared-data';

type Address = { emailAddress?: { address?: string } };
type Raw = {
  owner: { mail: string };
  contacts: { id: string; emailAddresses?: { address?: string }[] }[];
  messages: { sentDateTime?: string; from?: Address; toRecipients?: Address[]; ccRecipients?: Address[] }[];
  events: { start?: { dateTime?: string }; organizer?: Address; attendees?: Address[] }[];
};

const addr = (a: Address | undefined) => (a?.emailAddress?.address ?? '').toLowerCase();
const utc = (s: string | undefined) => (s ? Date.parse(/z$/i.test(s) ? s : `${s}Z`) : NaN);

function naive(raw: Raw) {
  const owner = raw.owner.mail.toLowerCase();
  return raw.contacts.map((c) => {
    const mine = new Set((c.emailAddresses ?? []).map((e) => (e.address ?? '').toLowerCase()));
    let sent = 0;
    let received = 0;
    let meetings = 0;
    let last = NaN;
    const later = (t: number) => (Number.isNaN(last) || t > last ? t : last);
    for (const m of raw.messages) {
      const to = [...(m.toRecipients ?? []), ...(m.ccRecipients ?? [])].map(addr);
      const isSent = addr(m.from) === owner && to.some((a) => mine.has(a));
      const isReceived = mine.has(addr(m.from));
      if (isSent) sent++;
      if (isReceived) received++;
      if (isSent || isReceived) last = later(utc(m.sentDateTime));
    }
    for (const e of raw.events)
      if ([e.organizer, ...(e.attendees ?? [])].some((p) => mine.has(addr(p)))) {
        meetings++;
        last = later(utc(e.start?.dateTime));
      }
    return { contactId: c.id, sent, received, meetings, last: Number.isNaN(last) ? null : last };
  });
}

const maybe = hasSharedData ? describe : describe.skip;

maybe('circles ties on the sample mailboxes', () => {
  it.each(sampleNames)('%s: every count agrees with an independent count', async (name) => {
    const path = join(sharedDir, 'data/mailboxes', `${name}.json`);
    let out = '';
    const code = await main(['ties', path, '--json', '--since', '1970-01-01'], {
      stdout: (s) => void (out += s),
      stderr: () => undefined,
      cwd: process.cwd(),
    });
    expect(code).toBe(0);
    const doc = JSON.parse(out) as {
      contacts: { contactId: string; sent: number; received: number; meetings: number; lastExchange: string | null }[];
    };
    const got = doc.contacts.map((c) => ({
      contactId: c.contactId,
      sent: c.sent,
      received: c.received,
      meetings: c.meetings,
      last: c.lastExchange === null ? null : Date.parse(c.lastExchange),
    }));
    expect(got).toEqual(naive(JSON.parse(readFileSync(path, 'utf8')) as Raw));
  });
});
