/**
 * The engine on a generated mailbox of 10,000 contacts and 50,000 message headers: engine time against the
 * time to JSON.parse the same snapshot (target ratio ≤ 1.5, wall and CPU: issue 20), and peak memory. Two
 * ways: back to back as a session runs, and each phase from a collected heap. Then the bytes one classify and
 * one JSON.parse allocate (V8's sampling heap profiler, collected objects included): a figure the machine's load
 * does not move, unlike the times. Prints figures; no assertions.
 */
import { Session } from 'node:inspector/promises';
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { classify } from '../src/core/circles';
import type { Mailbox } from '../src/core/model';
import { generateMailbox } from '../src/core/testing/builders';

const contacts = 10_000;
const messages = 50_000;
const { mailbox } = generateMailbox({ contacts, messages, events: 2_000, seed: 7 });
const snapshot = JSON.stringify(mailbox);

let peakRss = process.memoryUsage().rss;
const sample = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const timer = setInterval(sample, 5);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

// CPU time as well as wall time: on a shared machine wall time also measures the neighbours.
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};
// A full collection on demand, to start a phase on a clean heap (the flag can be set at run time).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

type Runs = { parse: number[]; engine: number[]; parseCpu: number[]; engineCpu: number[] };
let placed = 0;
/**
 * Five runs of parse then classify. `settled`: a full collection before each phase, so the engine is not
 * charged for collecting the previous run's parsed mailbox (nor the parse for the engine's garbage); the
 * collections the engine's own allocation triggers still count. Unsettled: back to back, as a session runs.
 */
function measure(settled: boolean): Runs {
  const runs: Runs = { parse: [], engine: [], parseCpu: [], engineCpu: [] };
  for (let run = 0; run < 5; run++) {
    if (settled) gc();
    let t = performance.now();
    let c = process.cpuUsage();
    const parsed = JSON.parse(snapshot) as Mailbox;
    runs.parse.push(performance.now() - t);
    runs.parseCpu.push(cpuMs(c));
    sample();
    if (settled) gc();
    t = performance.now();
    c = process.cpuUsage();
    const result = classify({ mailbox: parsed });
    runs.engine.push(performance.now() - t);
    runs.engineCpu.push(cpuMs(c));
    sample();
    placed = result.suggestions.filter((s) => s.circle).length;
  }
  return runs;
}
const backToBack = measure(false);
const settled = measure(true);
clearInterval(timer);

/** Bytes allocated while `work` runs, sampled every 4 KB, objects already collected included. */
async function allocated(work: () => void): Promise<number> {
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  work();
  const { profile } = await session.post('HeapProfiler.stopSampling');
  session.disconnect();
  type Node = { selfSize: number; children: Node[] };
  const total = (n: Node): number => n.children.reduce((sum, c) => sum + total(c), n.selfSize);
  return total(profile.head as Node);
}
let parsedForAllocation: Mailbox | undefined;
const parseBytes = await allocated(() => {
  parsedForAllocation = JSON.parse(snapshot) as Mailbox;
});
const engineBytes = await allocated(() => classify({ mailbox: parsedForAllocation as Mailbox }));

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (x: number): string => `${x.toFixed(1)} ms`;
console.log(
  `engine bench: ${contacts} contacts, ${messages} message headers, ${mailbox.events.length} events (${mb(snapshot.length)} of JSON); ${cpus().length} cores, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const [label, r] of [
  ['back to back', backToBack],
  ['settled heap', settled],
] as const) {
  const parse = median(r.parse);
  const engine = median(r.engine);
  const parseCpu = median(r.parseCpu);
  const engineCpu = median(r.engineCpu);
  console.log(
    `  ${label}: JSON.parse ${ms(parse)} wall, ${ms(parseCpu)} CPU; classify ${ms(engine)} wall, ${ms(engineCpu)} CPU (medians of 5)`,
  );
  console.log(
    `  ${label}: ratio engine / parse ${(engine / parse).toFixed(2)} wall, ${(engineCpu / parseCpu).toFixed(2)} CPU (target ≤ 1.5)`,
  );
}
console.log(
  `  allocated per run            classify ${mb(engineBytes)}, JSON.parse ${mb(parseBytes)} (sampled, after the runs above)`,
);
console.log(`  peak memory (rss)            ${mb(peakRss)}; heap used now ${mb(process.memoryUsage().heapUsed)}`);
console.log(`  contacts placed              ${placed} of ${contacts}`);
