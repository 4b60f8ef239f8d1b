/**
 * Ranking time for a large mailbox: 10,000 contacts and 50,000 messages (plus 5,000 events), generated
 * with a fixed seed so runs compare. Prints figures; no thresholds.
 *   npx tsx bench/shortlist.bench.ts
 */
import { interpretAmbition, rankShortlist } from '../src/core/ambitions/index';
import type { CalendarEvent, Contact, Mailbox, MessageHeader } from '../src/core/model';
import { seeded } from '../src/core/random';

// A small deterministic generator (the emulator's mulberry32) so the mailbox is the same on every run.
const rng = seeded;

const companies = [
  'Neoen',
  'Voltalia',
  'Qonto',
  'Revolut',
  'Sony',
  'Hitachi',
  'Michelin',
  'Saint-Gobain',
  'Eurazeo',
  'Partech',
  'BNP Paribas',
  'Carrefour',
  'Danone',
  'Dassault Systèmes',
  'Atelier Dubois',
  'GreenWind Partners',
  'Martin & Fils',
  'Solaire Direct Ouest',
  'Mitsubishi Corporation',
  '',
];
const typos = (s: string, r: () => number): string =>
  s.length > 5 && r() < 0.05 ? s.slice(0, 2) + s[3] + s[2] + s.slice(4) : r() < 0.3 ? s.toUpperCase() : s;
const titles = [
  'CEO',
  'Directeur commercial',
  'Acheteuse',
  'Comptable',
  'Contrôleur de gestion',
  'Recruiter',
  'Head of Partnerships',
  'Software Engineer',
  'Chef de projet',
  'Investment Manager',
  'Juriste',
  '',
];
const phones = ['+33 1 23 45 67 89', '+81 3 1234 5678', '+44 20 7946 0958', '01 23 45 67 89'];

function generate(contactCount: number, messageCount: number, eventCount: number): Mailbox {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const owner = 'owner@bench.example';
  const contacts: Contact[] = [];
  for (let i = 0; i < contactCount; i++) {
    const company = typos(pick(companies), r);
    const domain = company ? `${company.toLowerCase().replace(/[^a-z]/g, '')}.com` : 'gmail.com';
    contacts.push({
      id: `c${String(i).padStart(5, '0')}`,
      displayName: `Person ${i}`,
      emailAddresses: [{ address: `p${i}@${domain}` }],
      companyName: company || undefined,
      jobTitle: pick(titles) || undefined,
      businessPhones: [pick(phones)],
      homePhones: [],
      categories: [],
    } as Contact);
  }
  const addr = (): string => contacts[Math.floor(r() * contacts.length)]!.emailAddresses[0]!.address;
  const day = (): string => new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * 1000) * 86_400_000).toISOString();
  const messages: MessageHeader[] = [];
  for (let i = 0; i < messageCount; i++) {
    const inbound = r() < 0.5;
    messages.push({
      id: `m${i}`,
      subject: 'Subject',
      sentDateTime: day(),
      from: { address: inbound ? addr() : owner },
      toRecipients: [{ address: inbound ? owner : addr() }],
      ccRecipients: r() < 0.2 ? [{ address: addr() }] : [],
    });
  }
  const events: CalendarEvent[] = [];
  for (let i = 0; i < eventCount; i++)
    events.push({
      id: `e${i}`,
      subject: 'Meeting',
      start: day(),
      attendees: [{ address: addr() }, { address: addr() }],
    });
  return {
    owner: { displayName: 'Owner', mail: owner, profile: { employers: [], schools: [], trainings: [], clubs: [] } },
    contacts,
    messages,
    events,
  };
}

const mailbox = generate(10_000, 50_000, 5_000);
const ambitions = [
  'Win a first client in Japan',
  'Me lancer dans les énergies renouvelables',
  "Devenir directeur financier dans l'industrie",
  'Lever des fonds pour ma startup',
  'Join a fintech start-up',
];

console.log(
  `Mailbox: ${mailbox.contacts.length} contacts, ${mailbox.messages.length} messages, ${mailbox.events.length} events`,
);
for (const [n, text] of ambitions.entries()) {
  const t0 = performance.now();
  const interpretation = interpretAmbition(text);
  const t1 = performance.now();
  const list = rankShortlist({ mailbox, interpretation, limit: 50 });
  const t2 = performance.now();
  console.log(
    `${n === 0 ? 'cold' : 'warm'}  ${text.padEnd(48)} interpret ${(t1 - t0).toFixed(1).padStart(6)} ms  rank ${(t2 - t1).toFixed(1).padStart(7)} ms  (${list.contacts.length} listed)`,
  );
}
