/**
 * Growth: time per contact of classify, the shortlist and the ties at 10k, 20k, 40k and 100k contacts, on a
 * generated mailbox where organisations grow with the contacts (each contact's former employer, school or
 * club is one of n/20 distinct names, in notes and as older addresses), as real address books do. Then the
 * same 10k mailbox where one contact in a hundred has 100,000-character fields (name, title, company, notes).
 * Target: the 100k figure within 1.5× the 10k one, and hostile lengths within the same per-contact budget.
 * Prints figures; no assertions.   npx tsx bench/growth.bench.ts [max-contacts]
 */
import { computeTies, interpretAmbition, rankShortlist } from '../src/core/ambitions';
import { classify } from '../src/core/circles';
import type { CalendarEvent, Contact, Mailbox, MessageHeader } from '../src/core/model';
import { seeded } from '../src/emulator/faults';

const sizes = [10_000, 20_000, 40_000, 100_000].filter((n) => n <= Number(process.argv[2] ?? Infinity));
const given = ['Ana', 'Bruno', 'Chloé', 'David', 'Emma', 'Farid', 'Gaëlle', 'Hugo', 'Inès', 'Jules'];
const family = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau'];
const titles = ['CEO', 'Directeur commercial', 'Acheteuse', 'Head of Partnerships', 'Software Engineer', ''];
const syllables = ['vor', 'tel', 'quan', 'bri', 'sol', 'mar', 'ko', 'zen', 'lu', 'dra', 'pix', 'nor', 'ga', 'rim'];
const notes = (org: string, kind: number): string =>
  [`ex-${org}, worked together`, `promo 2012 ${org} business school`, `membre du club ${org}`, `met at ${org} summit`][
    kind
  ]!;

/** A pronounceable organisation name for an index: distinct names, no shared typos by construction. */
const orgName = (i: number): string => {
  let s = '';
  for (let k = i + 1; k > 0; k = Math.floor(k / syllables.length)) s += syllables[k % syllables.length];
  return s.charAt(0).toUpperCase() + s.slice(1);
};

function generate(n: number, hostileEvery = 0): Mailbox {
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

const cpu = (f: () => void): number => {
  const c = process.cpuUsage();
  f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};
const perContact = (ms: number, n: number): string => `${((ms * 1000) / n).toFixed(1).padStart(7)} µs`;
const interpretation = interpretAmbition('Win a first client in Japan in renewable energy');

type Row = { label: string; n: number; classify: number; shortlist: number; ties: number };
const rows: Row[] = [];
const run = (label: string, mailbox: Mailbox): Row => {
  const n = mailbox.contacts.length;
  const row = {
    label,
    n,
    classify: cpu(() => void classify({ mailbox })),
    shortlist: cpu(() => void rankShortlist({ mailbox, interpretation, limit: 50 })),
    ties: cpu(() => void computeTies(mailbox, new Date('2025-12-31T00:00:00Z'))),
  };
  console.log(
    `${label.padEnd(26)} classify ${perContact(row.classify, n)}  shortlist ${perContact(row.shortlist, n)}  ties ${perContact(row.ties, n)}  per contact (CPU; classify ${(row.classify / 1000).toFixed(1)} s)`,
  );
  rows.push(row);
  return row;
};

// Warm the caches and the JIT on a small mailbox first.
classify({ mailbox: generate(2_000) });
for (const n of sizes) run(`${n.toLocaleString('en')} contacts`, generate(n));
if (sizes.includes(10_000) && process.env.PLAIN !== '1') run('10,000, 1 % of 100k fields', generate(10_000, 100));

const base = rows[0];
const top = rows.find((r) => r.n === 100_000 && !r.label.includes('%'));
const hostile = rows.find((r) => r.label.includes('%'));
const ratio = (key: 'classify' | 'shortlist' | 'ties', r: Row | undefined): string =>
  base && r ? (r[key] / r.n / (base[key] / base.n)).toFixed(2) : '–';
console.log(
  `per-contact time at 100k / at 10k (target ≤ 1.5): classify ${ratio('classify', top)}, shortlist ${ratio('shortlist', top)}, ties ${ratio('ties', top)}`,
);
console.log(
  `hostile lengths / plain at 10k (target ≤ 1.5): classify ${ratio('classify', hostile)}, shortlist ${ratio('shortlist', hostile)}, ties ${ratio('ties', hostile)}`,
);
