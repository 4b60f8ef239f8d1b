/**
 * The ties (src/core/usecases/ties.ts: facts per contact, strength, rhythms, health, drifting ties) on a
 * generated mailbox of 10,000 contacts and 50,000 message headers (and 2,000 events), as a ratio to the
 * engine's classify time on the same snapshot (target ≤ 0.25). Prints figures; no assertions.
 */
import { classify } from '../src/core/circles';
import type { CircleId } from '../src/core/circles/types';
import { networkOfMailbox, ties } from '../src/core/usecases';
import { generateMailbox } from '../src/core/testing/builders';

const contacts = 10_000;
const messages = 50_000;
const { mailbox } = generateMailbox({ contacts, messages, events: 2_000, seed: 7 });
const network = networkOfMailbox(mailbox, 'en');

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
// CPU time as well as wall time: on a shared machine wall time also measures the neighbours.
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

const classifyWall: number[] = [];
const classifyCpu: number[] = [];
const tiesWall: number[] = [];
const tiesCpu: number[] = [];
let drifting = 0;
let linked = 0;
for (let run = 0; run < 5; run++) {
  let t = performance.now();
  let c = process.cpuUsage();
  const result = classify({ mailbox });
  classifyWall.push(performance.now() - t);
  classifyCpu.push(cpuMs(c));
  const circles = new Map<string, CircleId | null>(result.suggestions.map((s) => [s.contactId, s.circle]));
  t = performance.now();
  c = process.cpuUsage();
  const report = ties(network, { circles });
  tiesWall.push(performance.now() - t);
  tiesCpu.push(cpuMs(c));
  drifting = report.drifting.length;
  linked = report.rows.filter((r) => r.links.lastExchange !== undefined).length;
}

const cw = median(classifyWall);
const tw = median(tiesWall);
console.log(`ties bench: ${contacts} contacts, ${messages} message headers, ${mailbox.events.length} events`);
console.log(`  classify                   ${cw.toFixed(1)} ms (median of 5)`);
console.log(`  ties (report)              ${tw.toFixed(1)} ms (median of 5; first run ${tiesWall[0]?.toFixed(1)} ms)`);
console.log(`  ratio ties / classify      ${(tw / cw).toFixed(3)} (target ≤ 0.25)`);
console.log(
  `  same in CPU time           classify ${median(classifyCpu).toFixed(1)} ms, ties ${median(tiesCpu).toFixed(1)} ms, ratio ${(median(tiesCpu) / median(classifyCpu)).toFixed(3)}`,
);
console.log(`  contacts with an exchange  ${linked} of ${contacts}; drifting strong ties ${drifting}`);
