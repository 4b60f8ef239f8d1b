// Scores `circles subcircles` on the SNAP ego networks of ../shared/data/snap against the circles the people
// drew themselves, next to the two floors of ../shared/data/README.md: groups of contacts sharing a company,
// school, city or surname, and plain Louvain communities of the meeting graph. Prints one line per ego and
// the means. Run: npx tsx scripts/score-snap.ts [ego …]   (skips with a message when ../shared is absent)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadMailboxFile } from '../src/cli/io';
import { fold } from '../src/core/text/fold';
import { meetingGraph } from '../src/core/groups';
import { meetingTies } from '../src/core/groups/communities';
import { louvain } from '../src/core/groups/louvain';
import { subcircles } from '../src/core/usecases/groups';
import { companyKey } from '../src/core/text/company';
import type { Contact } from '../src/core/model';

const shared = resolve(import.meta.dirname, '../../shared');
const snap = join(shared, 'data/snap');
if (!existsSync(snap)) {
  console.log(`skipped: ${snap} is absent`);
  process.exit(0);
}
const egos = process.argv.length > 2 ? process.argv.slice(2) : ['0', '348', '414', '686', '1684'];
const out = mkdtempSync(join(tmpdir(), 'circles-snap-'));
type Figures = { circles: number; groups: number; mean_f1: number; mean_f1_shown: number; mean_1_ber: number };

function score(ego: string, name: string, groups: readonly (readonly string[])[]): Figures {
  const file = join(out, `${ego}-${name}.json`);
  writeFileSync(file, JSON.stringify({ groups: groups.map((members, i) => ({ label: String(i), members })) }));
  const text = execFileSync(
    'node',
    [join(shared, 'eval/score.mjs'), 'groups', join(snap, `snap-${ego}.groups.json`), file],
    { encoding: 'utf8' },
  );
  return JSON.parse(text) as Figures;
}

// Floor 1: one group per value shared by three or more contacts (company, school, city, surname).
function featureFloor(contacts: readonly Contact[]): string[][] {
  const byValue = new Map<string, string[]>();
  const add = (key: string, id: string): void => void byValue.set(key, [...(byValue.get(key) ?? []), id]);
  for (const c of contacts) {
    const values = new Set<string>();
    if (c.companyName) values.add(`company:${companyKey(c.companyName)}`);
    for (const m of (c.personalNotes ?? '').matchAll(/(?:studied at|previously at) ([^.(]+)/gi))
      values.add(`org:${fold(m[1]!.trim())}`);
    const city = c.homeAddress?.city;
    if (city) values.add(`city:${fold(city)}`);
    if (c.surname) values.add(`surname:${fold(c.surname)}`);
    for (const v of values) add(v, c.id);
  }
  return [...byValue.values()].filter((ids) => ids.length >= 3);
}

// Floor 2: Louvain communities (resolution 1) of the meeting graph, three people or more.
function louvainFloor(mailbox: Parameters<typeof meetingGraph>[0]): string[][] {
  const g = meetingGraph(mailbox);
  let seed = 1;
  const rng = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const parts = new Map<number, string[]>();
  louvain(meetingTies(g), { resolution: 1, rng }).forEach((k, p) =>
    parts.set(k, [...(parts.get(k) ?? []), g.nodes[p]!]),
  );
  return [...parts.values()].filter((ids) => ids.length >= 3);
}

const rows: { ego: string; ours: Figures; features: Figures; louvain: Figures }[] = [];
for (const ego of egos) {
  const mailbox = await loadMailboxFile(join(snap, `snap-${ego}.json`), process.cwd());
  const groups = subcircles({ mailbox, language: 'en' });
  rows.push({
    ego,
    ours: score(
      ego,
      'ours',
      groups.shown.map((g) => g.members),
    ),
    features: score(ego, 'features', featureFloor(mailbox.contacts)),
    louvain: score(ego, 'louvain', louvainFloor(mailbox)),
  });
}
const fmt = (f: Figures): string =>
  `${f.mean_f1_shown.toFixed(3)} ${f.mean_1_ber.toFixed(3)} ${f.mean_f1.toFixed(3)} ${String(f.groups).padStart(4)}`;
console.log('ego    circles | ours: f1_shown 1-BER f1 groups | shared features: … | Louvain: …');
for (const r of rows)
  console.log(
    `${r.ego.padEnd(6)} ${String(r.ours.circles).padStart(7)} | ${fmt(r.ours)} | ${fmt(r.features)} | ${fmt(r.louvain)}`,
  );
const mean = (pick: (r: (typeof rows)[number]) => Figures, k: keyof Figures): string =>
  (rows.reduce((s, r) => s + pick(r)[k], 0) / rows.length).toFixed(3);
for (const [name, pick] of [
  ['ours', (r: (typeof rows)[number]) => r.ours],
  ['shared features', (r: (typeof rows)[number]) => r.features],
  ['Louvain', (r: (typeof rows)[number]) => r.louvain],
] as const)
  console.log(
    `mean ${name}: mean_f1_shown ${mean(pick, 'mean_f1_shown')}  mean_1_ber ${mean(pick, 'mean_1_ber')}  mean_f1 ${mean(pick, 'mean_f1')}`,
  );
