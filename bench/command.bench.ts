/**
 * The ribbon command "Categorise by origin" as Outlook runs it, against the Graph emulator over real HTTP:
 * 10,000 generated contacts (nested folders, with their message headers and events), 100 ms added to
 * every answer. Prints the wall time of the whole command and of each step it reports, the requests by
 * kind, how many contacts it categorised, and the same figures for a second click (which must change
 * nothing). Outlook stops a function command after 5 minutes: the margin is printed too.
 *
 *   npx tsx bench/command.bench.ts [--contacts 10000] [--latency 100]
 */
import { performance } from 'node:perf_hooks';
import { createGraphServices } from '../src/adapters/graph';
import type { Notifier } from '../src/adapters/office/notifications';
import { categoriseByOrigin, type CategoriseOutcome } from '../src/commands/categorise';
import { commandServices } from '../src/commands/deps';
import { createMemoryJournal } from '../src/core/changes';
import type { Settings, UserModel } from '../src/core/settings';
import { createEmulator, generateMailbox } from '../src/emulator';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CONTACTS = arg('contacts', 10_000);
const LATENCY = arg('latency', 100);
const OUTLOOK_LIMIT_S = 300;

const lpad = (s: string | number, n: number) => String(s).padStart(n);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A notifier that records when each message was shown, relative to the start of the run. */
function timedNotifier(start: () => number) {
  const shown: { at: number; type: string; message: string }[] = [];
  const record = (type: string) => async (message: string) => {
    shown.push({ at: start(), type, message });
  };
  const notifier: Notifier = {
    progress: record('progress'),
    info: record('info'),
    error: record('error'),
    clear: async () => undefined,
  };
  return { notifier, shown };
}

async function run(
  label: string,
  emulator: ReturnType<typeof createEmulator>,
  url: string,
  journal: ReturnType<typeof createMemoryJournal>,
) {
  let settings: Settings | undefined;
  let model: UserModel = { feedback: [] };
  const graph = createGraphServices({ baseUrl: url, tokens: { getToken: async () => 'bench-token' } });
  emulator.resetStats();
  const t0 = performance.now();
  const { notifier, shown } = timedNotifier(() => performance.now() - t0);
  const outcome: CategoriseOutcome = await categoriseByOrigin({
    services: commandServices(graph, journal, {
      loadSettings: async () => settings,
      saveSettings: async (s) => void (settings = s),
      loadUserModel: async () => model,
      saveUserModel: async (m) => void (model = m),
    }),
    notifier,
    language: 'fr',
  });
  const wall = performance.now() - t0;
  const stats = emulator.stats();

  console.log(`\n${label}`);
  if (outcome.status !== 'done') {
    console.log(`  FAILED: ${outcome.reason}`, outcome.error);
    process.exitCode = 1;
    return;
  }
  const categorised = [...outcome.perCircle.values()].reduce((a, b) => a + b, 0);
  console.log(
    `  wall time                 ${lpad(seconds(wall), 10)}   (Outlook's limit ${OUTLOOK_LIMIT_S} s: ${((wall / 1000 / OUTLOOK_LIMIT_S) * 100).toFixed(1)} % used)`,
  );
  console.log(`  categorised               ${lpad(categorised, 10)}`);
  console.log(`  left for review           ${lpad(outcome.review, 10)}`);
  console.log(`  already in a circle       ${lpad(outcome.alreadySet, 10)}`);
  console.log(
    `  conflicts / failed        ${lpad(`${outcome.summary?.conflicts ?? 0} / ${outcome.summary?.failed ?? 0}`, 10)}`,
  );
  console.log(`  HTTP requests             ${lpad(stats.total, 10)}   (most in flight: ${stats.maxInFlight})`);
  for (const [kind, n] of Object.entries(stats.byKind).sort((a, b) => b[1] - a[1]))
    console.log(`    ${kind.padEnd(48)} ${lpad(n, 6)}`);
  const batched = Object.entries(stats.batchedByKind);
  if (batched.length) {
    console.log('  inside $batch');
    for (const [kind, n] of batched.sort((a, b) => b[1] - a[1])) console.log(`    ${kind.padEnd(48)} ${lpad(n, 6)}`);
  }
  console.log('  notifications (time since click)');
  for (const s of shown) console.log(`    ${lpad(seconds(s.at), 8)}  ${s.type.padEnd(8)} ${s.message}`);
}

async function main() {
  console.log(
    `Categorise by origin: ${CONTACTS.toLocaleString('en')} contacts, ${LATENCY} ms per request, Graph emulator over HTTP`,
  );
  const t = performance.now();
  const doc = generateMailbox({ contacts: CONTACTS, seed: 2026, language: 'fr' });
  const emulator = createEmulator({ mailbox: doc, latencyMs: LATENCY, folders: 'nested' });
  const server = await emulator.listen();
  console.log(`(mailbox generated and served in ${seconds(performance.now() - t)})`);
  // One journal for both clicks, as IndexedDB keeps it between them.
  const journal = createMemoryJournal();
  try {
    await run('First click', emulator, server.url, journal);
    await run('Second click (must change nothing)', emulator, server.url, journal);
  } finally {
    await server.close();
  }
}

void main();
