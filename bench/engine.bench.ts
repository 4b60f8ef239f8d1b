/**
 * The engine on a generated mailbox of 10,000 contacts and 50,000 message headers: engine time against the
 * time to JSON.parse the same snapshot (target ratio ≤ 2), and peak memory. Prints figures; no assertions.
 */
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

const parseTimes: number[] = [];
const engineTimes: number[] = [];
const parseCpu: number[] = [];
const engineCpu: number[] = [];
// CPU time as well as wall time: on a shared machine wall time also measures the neighbours.
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};
let placed = 0;
for (let run = 0; run < 5; run++) {
  let t = performance.now();
  let c = process.cpuUsage();
  const parsed = JSON.parse(snapshot) as Mailbox;
  parseTimes.push(performance.now() - t);
  parseCpu.push(cpuMs(c));
  sample();
  t = performance.now();
  c = process.cpuUsage();
  const result = classify({ mailbox: parsed });
  engineTimes.push(performance.now() - t);
  engineCpu.push(cpuMs(c));
  sample();
  placed = result.suggestions.filter((s) => s.circle).length;
}
clearInterval(timer);

const parseMs = median(parseTimes);
const engineMs = median(engineTimes);
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `engine bench: ${contacts} contacts, ${messages} message headers, ${mailbox.events.length} events (${mb(snapshot.length)} of JSON)`,
);
console.log(`  JSON.parse of the snapshot   ${parseMs.toFixed(1)} ms (median of 5)`);
console.log(
  `  classify                     ${engineMs.toFixed(1)} ms (median of 5; first run ${engineTimes[0]?.toFixed(1)} ms)`,
);
console.log(`  ratio engine / parse         ${(engineMs / parseMs).toFixed(2)} (target ≤ 2)`);
console.log(
  `  same in CPU time             parse ${median(parseCpu).toFixed(1)} ms, classify ${median(engineCpu).toFixed(1)} ms, ratio ${(median(engineCpu) / median(parseCpu)).toFixed(2)}`,
);
console.log(`  peak memory (rss)            ${mb(peakRss)}; heap used now ${mb(process.memoryUsage().heapUsed)}`);
console.log(`  contacts placed              ${placed} of ${contacts}`);
