// The command line's cold start: each figure is a fresh `node` process, timed from spawn to exit, as a user
// typing `npx circles …` waits for it. Compared with `node -e 0` on the same machine (the floor any Node
// command pays): `circles --help`, and `circles classify --json` on the 600-contact sample mailbox
// (../shared/data/mailboxes/dev-fr-a.json; the committed demo mailbox when ../shared is absent). The CLI is
// built first (scripts/build-cli.mjs), then run as built and, for reference, from the sources through tsx.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'circles.mjs');
const SAMPLE = join(ROOT, '..', 'shared', 'data', 'mailboxes', 'dev-fr-a.json');
const mailbox = existsSync(SAMPLE) ? SAMPLE : join(ROOT, 'demo', 'mailbox.json');

function time(args: readonly string[], env: Record<string, string> = {}): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}`);
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function measure(runs: number, args: readonly string[], env?: Record<string, string>) {
  time(args, env); // warm the file cache
  const xs = Array.from({ length: runs }, () => time(args, env));
  return { median: median(xs), worst: Math.max(...xs) };
}

const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const floor = measure(15, ['-e', '0']);
const rows: [string, { median: number; worst: number }][] = [
  ['node -e 0', floor],
  ['circles --help (built)', measure(15, [BIN, '--help'])],
  ['circles --help (sources, tsx)', measure(5, [BIN, '--help'], { CIRCLES_CLI: 'source' })],
  ['circles classify --json (built)', measure(5, [BIN, 'classify', mailbox, '--json'])],
  [
    'circles classify --json (sources, tsx)',
    measure(3, [BIN, 'classify', mailbox, '--json'], { CIRCLES_CLI: 'source' }),
  ],
];

console.log(`CLI cold start on ${cpus().length} cores, Node ${process.version}; classify reads ${mailbox}`);
console.log(`${'command'.padEnd(40)} ${'median'.padStart(9)} ${'worst'.padStart(9)} ${'× node -e 0'.padStart(12)}`);
for (const [name, m] of rows)
  console.log(
    `${name.padEnd(40)} ${`${m.median.toFixed(0)} ms`.padStart(9)} ${`${m.worst.toFixed(0)} ms`.padStart(9)} ${`${(m.median / floor.median).toFixed(1)}×`.padStart(12)}`,
  );
console.log('target: circles --help (built) ≤ 4× node -e 0');
