/**
 * Generated mailboxes for growth: the benchmark (bench/growth.bench.ts) and the tests that count the engine's
 * work at n and 4n contacts read the same ones.
 */
import type { CalendarEvent, Contact, Mailbox, MessageHeader } from '../model';
import { seeded } from '../random';

const given = ['Ana', 'Bruno', 'Chloé', 'David', 'Emma', 'Farid', 'Gaëlle', 'Hugo', 'Inès', 'Jules'];
const family = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau'];
const titles = ['CEO', 'Directeur commercial', 'Acheteuse', 'Head of Partnerships', 'Software Engineer', ''];
const syllables = ['vor', 'tel', 'quan', 'bri', 'sol', 'mar', 'ko', 'zen', 'lu', 'dra', 'pix', 'nor', 'ga', 'rim'];
const notes = (org: string, kind: number): string =>
  [`ex-${org}, worked together`, `promo 2012 ${org} business school`, `membre du club ${org}`, `met at ${org} summit`][
    kind
  ]!;

/**
 * A pronounceable organisation name for an index: distinct names from 14 syllables, so a large mailbox has many
 * names a typo or two apart ("Marko", "Marlu"), as a stress for the typo look-ups.
 */
const syllableName = (i: number): string => {
  let s = '';
  for (let k = i + 1; k > 0; k = Math.floor(k / syllables.length)) s += syllables[k % syllables.length];
  return s.charAt(0).toUpperCase() + s.slice(1);
};

/** Eight letters drawn for an index: names practically never a typo apart, whatever their number. */
const letterName = (i: number): string => {
  const r = seeded(1_000_003 * (i + 1));
  let s = '';
  for (let k = 0; k < 8; k++) s += String.fromCharCode(97 + Math.floor(r() * 26));
  return s.charAt(0).toUpperCase() + s.slice(1);
};

export type GrowthOptions = {
  /** Every k-th contact has 100,000-character fields; 0 (default) for none. */
  readonly hostileEvery?: number;
  /** 'syllables' (default): many names a typo apart; 'letters': names never a typo apart. */
  readonly names?: 'syllables' | 'letters';
};

/**
 * A mailbox of `n` contacts where organisations grow with the contacts: each contact's former employer, school
 * or club is one of n/20 distinct names (in notes and as an older address), as in real address books; 2n
 * message headers and n/10 events.
 */
export function growingMailbox(n: number, options: GrowthOptions = {}): Mailbox {
  const hostileEvery = options.hostileEvery ?? 0;
  const orgName = options.names === 'letters' ? letterName : syllableName;
  const r = seeded(11);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const orgs = Math.max(50, Math.floor(n / 20));
  const contacts: Contact[] = [];
  for (let i = 0; i < n; i++) {
    const org = orgName(Math.floor(r() * orgs));
    const current = orgName(Math.floor(r() * orgs));
    const hostile = hostileEvery > 0 && i % hostileEvery === 0;
    const long = (seed: string) => `${seed} ${'x'.repeat(25_000)}${'ab '.repeat(25_000)}`.slice(0, 100_000);
    contacts.push({
      id: `c${i}`,
      displayName: hostile ? long('Ana') : `${pick(given)} ${pick(family)}`,
      emailAddresses: [
        { address: `p${i}@${current.toLowerCase()}.com` },
        ...(r() < 0.3 ? [{ address: `p${i}@${org.toLowerCase()}.fr` }] : []),
      ],
      companyName: hostile ? long('Vortel') : current,
      jobTitle: hostile ? `${'a'.repeat(99_990)}leiterin` : pick(titles) || undefined,
      personalNotes: hostile ? long(`ex-${org}`) : r() < 0.5 ? notes(org, Math.floor(r() * 4)) : undefined,
      businessPhones: [],
      homePhones: [],
      categories: [],
    });
  }
  const addr = (): string => contacts[Math.floor(r() * n)]!.emailAddresses[0]!.address;
  const day = (): string => new Date(Date.UTC(2025, 0, 1) + Math.floor(r() * 300) * 86_400_000).toISOString();
  const owner = 'owner@acme.example';
  const messages: MessageHeader[] = [];
  for (let i = 0; i < n * 2; i++) {
    const inbound = r() < 0.5;
    messages.push({
      id: `m${i}`,
      subject: `Re: ${pick(syllables)} ${i % 97}`,
      sentDateTime: day(),
      from: { address: inbound ? addr() : owner },
      toRecipients: [{ address: inbound ? owner : addr() }],
      ccRecipients: [],
    });
  }
  const events: CalendarEvent[] = [];
  for (let i = 0; i < n / 10; i++)
    events.push({ id: `e${i}`, subject: 'Meeting', start: day(), attendees: [{ address: addr() }] });
  return {
    owner: {
      displayName: 'Owner',
      mail: owner,
      companyName: 'Acme',
      profile: { employers: [], schools: [], trainings: [], clubs: [] },
    },
    contacts,
    messages,
    events,
  };
}
