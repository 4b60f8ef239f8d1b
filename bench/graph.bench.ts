/**
 * A full read → classify → apply run against the Graph emulator over real HTTP, as in Outlook:
 * 10,000 generated contacts (French mailbox, nested folders), 30,000 message headers and 2,500 events,
 * 100 ms added to every answer. Prints the requests sent by kind next to the fewest possible, the most
 * requests in flight, and the wall time of each phase.
 *
 *   npx tsx bench/graph.bench.ts [--contacts 10000] [--latency 100] [--runs 1]
 */
import { performance } from 'node:perf_hooks';
import { cpus } from 'node:os';
import { createGraphServices } from '../src/adapters/graph';
import { classify, defaultTaxonomy } from '../src/core/circles';
import type { CircleId } from '../src/core/circles/types';
import {
  circleCategorySpecs,
  createMemoryJournal,
  defaultPrefix,
  planCircleChanges,
  runApply,
} from '../src/core/changes';
import { createEmulator, generateMailbox } from '../src/emulator';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CONTACTS = arg('contacts', 10_000);
const LATENCY = arg('latency', 100);
const RUNS = arg('runs', 1);
const PAGE = 1000;
const BATCH = 20;

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);

async function once(run: number) {
  const doc = generateMailbox({ contacts: CONTACTS, seed: 2026 + run, language: 'fr' });
  const emulator = createEmulator({ mailbox: doc, latencyMs: LATENCY, folders: 'nested' });
  const server = await emulator.listen();
  try {
    const graph = createGraphServices({ baseUrl: server.url, tokens: { getToken: async () => 'bench-token' } });
    const prefix = defaultPrefix('fr');
    const specs = circleCategorySpecs(defaultTaxonomy, prefix, 'fr');
    const t0 = performance.now();
    const since = '2024-06-01T00:00:00Z';
    const [owner, contacts, messages, events] = await Promise.all([
      graph.owner.getOwner(),
      graph.contacts.listContacts(),
      graph.interactions.listMessages({ since }),
      graph.interactions.listEvents({ since }),
    ]);
    const t1 = performance.now();
    const { suggestions } = classify({ mailbox: { owner, contacts, messages, events }, taxonomy: defaultTaxonomy });
    const assignments = new Map<string, CircleId | null>();
    for (const s of suggestions) if (s.circle) assignments.set(s.contactId, s.circle);
    const changes = planCircleChanges({ contacts, assignments, taxonomy: defaultTaxonomy, prefix, language: 'fr' });
    const t2 = performance.now();
    const { summary } = await runApply(
      { writer: graph.writer, categories: graph.categories, journal: createMemoryJournal() },
      { changes, specs, origin: 'cli' },
    );
    const t3 = performance.now();

    // The fewest requests this work can take: one list of top folders, one childFolders list per folder,
    // one page per 1,000 contacts in each folder (at least one), one page per 1,000 messages/events, /me,
    // the master category list plus one POST per missing category, one $batch per 20 changes.
    const folders = await graph.contacts.listFolders();
    const server_ = emulator.stats();
    const perFolder = new Map<string, number>();
    for (const c of emulator.contacts()) perFolder.set(c.parentFolderId, (perFolder.get(c.parentFolderId) ?? 0) + 1);
    const pages = (n: number) => Math.max(1, Math.ceil(n / PAGE));
    const defaultPages = [...perFolder.entries()]
      .filter(([id]) => !folders.some((f) => f.id === id))
      .reduce((a, [, n]) => a + pages(n), 0);
    const folderPages = folders.reduce((a, f) => a + pages(perFolder.get(f.id) ?? 0), 0);
    const minimum: Record<string, number> = {
      'GET /me': 1,
      'GET /me/contactFolders': 1,
      'GET /me/contactFolders/{id}/childFolders': folders.length,
      'GET /me/contacts': defaultPages || 1,
      'GET /me/contactFolders/{id}/contacts': folderPages,
      'GET /me/messages': pages(messages.length),
      'GET /me/events': pages(events.length),
      'GET /me/outlook/masterCategories': 1,
      'POST /me/outlook/masterCategories': specs.length,
      'POST /$batch': Math.ceil(changes.length / BATCH),
    };
    // listFolders above ran after the timed run: take its requests out of the server's count.
    const sent = { ...server_.byKind };
    sent['GET /me/contactFolders'] = (sent['GET /me/contactFolders'] ?? 0) - 1;
    sent['GET /me/contactFolders/{id}/childFolders'] =
      (sent['GET /me/contactFolders/{id}/childFolders'] ?? 0) - folders.length;
    const kinds = [...new Set([...Object.keys(minimum), ...Object.keys(sent)])].filter(
      (k) => (sent[k] ?? 0) || minimum[k],
    );
    const totalSent = kinds.reduce((a, k) => a + (sent[k] ?? 0), 0);
    const totalMin = kinds.reduce((a, k) => a + (minimum[k] ?? 0), 0);

    console.log(
      `\nrun ${run + 1}: ${CONTACTS} contacts in ${folders.length + 1} folders, ${messages.length} messages, ${events.length} events, ${LATENCY} ms latency`,
    );
    console.log(`${pad('request kind', 44)}${lpad('sent', 8)}${lpad('minimum', 9)}`);
    for (const k of kinds) console.log(`${pad(k, 44)}${lpad(sent[k] ?? 0, 8)}${lpad(minimum[k] ?? 0, 9)}`);
    console.log(
      `${pad('total', 44)}${lpad(totalSent, 8)}${lpad(totalMin, 9)}   (+${(((totalSent - totalMin) / totalMin) * 100).toFixed(2)} %)`,
    );
    console.log(
      `PATCH inside batches: ${server_.batchedByKind['PATCH /me/contacts/{id}'] ?? 0} (changes planned: ${changes.length}; applied ${summary.applied}, conflicts ${summary.conflicts}, failed ${summary.failed})`,
    );
    console.log(
      `most requests in flight: server saw ${server_.maxInFlight}, client held ${graph.stats().maxInFlight} (limit 4); client retries: ${graph.stats().retries}`,
    );
    console.log(
      `wall time: read ${((t1 - t0) / 1000).toFixed(2)} s, classify+plan ${((t2 - t1) / 1000).toFixed(2)} s, apply ${((t3 - t2) / 1000).toFixed(2)} s, total ${((t3 - t0) / 1000).toFixed(2)} s`,
    );
    return (t3 - t0) / 1000;
  } finally {
    await server.close();
  }
}

console.log(`graph bench — Node ${process.version}, ${cpus().length} cores`);
const times: number[] = [];
for (let r = 0; r < RUNS; r++) times.push(await once(r));
if (RUNS > 1) {
  times.sort((a, b) => a - b);
  console.log(
    `\nfull run: median ${times[Math.floor(times.length / 2)]!.toFixed(2)} s, worst ${times[times.length - 1]!.toFixed(2)} s over ${RUNS} runs`,
  );
}
