/**
 * Growth: time per contact of classify, the shortlist and the ties at 10k, 20k, 40k and 100k contacts, on a
 * generated mailbox where organisations grow with the contacts (each contact's former employer, school or
 * club is one of n/20 distinct names, in notes and as older addresses), as real address books do. Then the
 * same 10k mailbox where one contact in a hundred has 100,000-character fields (name, title, company, notes).
 * Target: the 100k figure within 1.5× the 10k one, and hostile lengths within the same per-contact budget.
 * Also the process's peak memory (max RSS) after each size. Prints figures; no assertions.
 *   npx tsx bench/growth.bench.ts [max-contacts]
 */
import { cpus, loadavg } from 'node:os';
import { computeTies, interpretAmbition, rankShortlist } from '../src/core/ambitions';
import { classify } from '../src/core/circles';
import type { Mailbox } from '../src/core/model';
import { growingMailbox as generate } from '../src/core/testing/growth';

const sizes = [10_000, 20_000, 40_000, 100_000].filter((n) => n <= Number(process.argv[2] ?? Infinity));
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
    `${label.padEnd(26)} classify ${perContact(row.classify, n)}  shortlist ${perContact(row.shortlist, n)}  ties ${perContact(row.ties, n)}  per contact (CPU; classify ${(row.classify / 1000).toFixed(1)} s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)`,
  );
  rows.push(row);
  return row;
};

console.log(
  `growth bench: ${cpus().length} cores, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
// Warm the caches and the JIT on a small mailbox first.
const warm = generate(2_000);
classify({ mailbox: warm });
rankShortlist({ mailbox: warm, interpretation, limit: 50 });
computeTies(warm, new Date('2025-12-31T00:00:00Z'));
for (const n of sizes) run(`${n.toLocaleString('en')} contacts`, generate(n));
if (sizes.includes(10_000) && process.env.PLAIN !== '1')
  run('10,000, 1 % of 100k fields', generate(10_000, { hostileEvery: 100 }));

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
console.log(
  `load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
