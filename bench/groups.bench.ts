/**
 * Sub-circles on a generated mailbox of 10,000 contacts, 50,000 message headers and 2,000 events: the CPU time
 * of the sub-circles as the taskpane's engine computes them (`subcircles` from the mailbox and the circles shown:
 * the owner's path inferred again, named sub-circles, the meeting graph, Louvain at five resolutions, labels) as a
 * ratio to the engine's classify time on the same mailbox (target ≤ 1). The generator writes to one person at a time, so
 * people are put in teams and messages and meetings copy teammates, in two mixes:
 *   typical — 40 % of messages copy 1–3 teammates, meetings have 2–6 people (about 55,000 ties);
 *   dense   — every message copies 0–6 teammates from teams of 40 (about 187,000 ties: the worst case).
 * Prints figures; no assertions.
 */
import { loadavg } from 'node:os';
import { classify } from '../src/core/circles';
import { meetingGraph } from '../src/core/groups';
import type { EmailAddress, Mailbox } from '../src/core/model';
import { generateMailbox, prng } from '../src/core/testing/builders';
import { subcircles } from '../src/core/usecases/groups';

const contacts = 10_000;
const messages = 50_000;
const generated = generateMailbox({ contacts, messages, events: 2_000, seed: 7 }).mailbox;
const index = new Map(generated.contacts.map((c, i) => [c.emailAddresses[0]?.address ?? '', i]));

function withTeams(team: number, share: number, most: number, seed: number): Mailbox {
  const random = prng(seed);
  const mates = (anchor: string | undefined, count: number): EmailAddress[] => {
    const at = index.get(anchor ?? '') ?? 0;
    const start = at - (at % team);
    return Array.from({ length: count }, () => ({
      address: generated.contacts[start + Math.floor(random() * team)]?.emailAddresses[0]?.address ?? '',
    }));
  };
  const some = (): number => (random() < share ? 1 + Math.floor(random() * most) : 0);
  return {
    ...generated,
    messages: generated.messages.map((m) => ({ ...m, ccRecipients: mates(m.toRecipients[0]?.address, some()) })),
    events: generated.events.map((e) => ({
      ...e,
      attendees: [...e.attendees, ...mates(e.attendees[0]?.address, 1 + Math.floor(random() * 5))],
    })),
  };
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

console.log(`groups bench: ${contacts} contacts, ${messages} message headers, ${generated.events.length} events`);
// CPU times, but two loaded cores still slow both sides unevenly: say how loaded the machine was.
console.log(
  `  load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
for (const [name, mailbox] of [
  ['typical', withTeams(25, 0.4, 3, 11)],
  ['dense', withTeams(40, 6 / 7, 6, 12)],
] as const) {
  const classifyCpu: number[] = [];
  const groupsCpu: number[] = [];
  let shown = 0;
  let named = 0;
  for (let run = 0; run < 4; run++) {
    let c = process.cpuUsage();
    const result = classify({ mailbox });
    classifyCpu.push(cpuMs(c));
    c = process.cpuUsage();
    // As the engine's job calls it: the pane holds the suggestions, not the classifier's run.
    const groups = subcircles({ mailbox, language: 'fr', suggestions: result.suggestions });
    groupsCpu.push(cpuMs(c));
    shown = groups.shown.length;
    named = groups.named.length;
  }
  // The first run warms the JIT up: the median of the other three.
  const classifyMs = median(classifyCpu.slice(1));
  const groupsMs = median(groupsCpu.slice(1));
  console.log(`  ${name}: ${meetingGraph(mailbox).edges.source.length} ties in the meeting graph`);
  console.log(`    classify (CPU)               ${classifyMs.toFixed(1)} ms (median of 3 after a warm-up)`);
  console.log(
    `    sub-circles (CPU)            ${groupsMs.toFixed(1)} ms (worst ${Math.max(...groupsCpu.slice(1)).toFixed(1)} ms)`,
  );
  console.log(`    groups shown / named         ${shown} / ${named}`);
  console.log(`    ratio sub-circles / classify ${(groupsMs / classifyMs).toFixed(2)} (target ≤ 1)`);
}
