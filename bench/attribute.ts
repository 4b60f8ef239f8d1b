/**
 * `taskpane.bench.ts --attribute`: what each long task of the main thread was. A Chromium trace gives the tasks
 * (RunTask over 50 ms on the page's main thread) and what the browser did inside them (script, message
 * dispatch, garbage collection, style, layout, paint); a CPU profile taken at the same time gives the script's
 * own functions, mapped back to the sources through the production build's source maps (dist/*.js.map).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { SourceMapConsumer } from 'source-map';

type TraceEvent = {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string; readonly data?: Record<string, unknown> };
};

type ProfileNode = {
  readonly id: number;
  readonly children?: readonly number[];
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
    readonly columnNumber: number;
  };
};
type Profile = {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
};

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
].join(',');

/** Starts the trace and the CPU profile; `stop` returns both. */
export async function startAttribution(browser: Browser, page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await browser.startTracing(page, { categories: CATEGORIES.split(',') });
  await cdp.send('Profiler.start');
  return {
    async stop(): Promise<{ events: TraceEvent[]; profile: Profile }> {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      const buffer = await browser.stopTracing();
      const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
      await cdp.detach();
      return { events, profile };
    },
  };
}

/** What the browser itself did inside a task, by trace event name (script and messages are told apart). */
const KINDS: Readonly<Record<string, string>> = {
  FunctionCall: 'script',
  TimerFire: 'timer',
  EventDispatch: 'event',
  V8_GC: 'gc',
  MajorGC: 'gc (major)',
  MinorGC: 'gc (minor)',
  'V8.GC_MC_BACKGROUND_EVACUATE_COPY': 'gc',
  BlinkGC: 'gc (blink)',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  Paint: 'paint',
  PrePaint: 'paint',
  Layerize: 'paint',
  EvaluateScript: 'script evaluation',
  'v8.compile': 'compile',
  'v8.deserializeMessage': 'message deserialisation',
  RunMicrotasks: 'microtasks',
  FireAnimationFrame: 'animation frame',
  ParseHTML: 'parse HTML',
};

/** The events of the page's main thread: the renderer's that holds the User Timing mark `mark`. */
function mainThread(events: readonly TraceEvent[], mark: string): TraceEvent[] | undefined {
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.name === mark),
  );
  return main && events.filter((e) => e.pid === main.pid && e.tid === main.tid);
}

/** Prints each task over 50 ms of the page's main thread after `from` (a User Timing mark's name). */
export function printAttribution(
  dist: string,
  trace: { events: TraceEvent[]; profile: Profile },
  from: string,
  threshold = 50,
  cpuThreshold = threshold / 3,
): void {
  const { events, profile } = trace;
  const onMain = mainThread(events, from);
  if (!onMain) {
    console.log(`  attribution: no main thread with the mark ${from} in the trace`);
    return;
  }
  const start = Math.min(...onMain.filter((e) => e.name === from).map((e) => e.ts));
  // Also the tasks whose CPU time alone is over `cpuThreshold`: under load they are the long ones.
  const tasks = onMain.filter(
    (e) =>
      e.ph === 'X' &&
      e.name === 'RunTask' &&
      ((e.dur ?? 0) > threshold * 1000 || (e.tdur ?? 0) > cpuThreshold * 1000) &&
      e.ts + (e.dur ?? 0) >= start,
  );
  const maps = new SourceMaps(dist);
  const samples = sampleTimes(profile);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
  // On a loaded machine a task's wall time stretches with the load; its thread (CPU) time much less: the tasks
  // whose CPU time alone is over the threshold are the ones a quiet machine would still see.
  const heavy = onMain
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts + (e.dur ?? 0) >= start && (e.tdur ?? 0) > 0)
    .map((e) => e.tdur! / 1000)
    .sort((a, b) => b - a);
  console.log(
    `  tasks after ${from} by CPU time: ${heavy.filter((t) => t > threshold).length} over ${threshold} ms, ` +
      `${heavy.filter((t) => t > 30).length} over 30 ms; the longest ${heavy
        .slice(0, 6)
        .map((t) => t.toFixed(0))
        .join(', ')} ms`,
  );
  console.log(`  long tasks after ${from}, with what they did (trace) and their heaviest functions (CPU profile):`);
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const inside = onMain.filter((e) => e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    const byKind = new Map<string, number>();
    for (const e of inside) {
      const kind = KINDS[e.name] ?? (e.name.startsWith('V8.GC') ? 'gc' : undefined);
      if (kind) byKind.set(kind, (byKind.get(kind) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const dispatched = inside
      .filter((e) => e.name === 'EventDispatch' || e.name === 'TimerFire' || e.name === 'FunctionCall')
      .map((e) => (e.args?.data?.type as string) ?? (e.args?.data?.functionName as string) ?? '')
      .filter(Boolean);
    const kinds = [...byKind]
      .sort((a, b) => b[1] - a[1])
      .map(([k, t]) => `${k} ${t.toFixed(0)} ms`)
      .join(', ');
    console.log(
      `  · ${(task.dur! / 1000).toFixed(0)} ms (CPU ${((task.tdur ?? 0) / 1000).toFixed(0)} ms) at +${((task.ts - start) / 1000).toFixed(0)} ms: ${kinds || 'nothing traced inside'}${
        dispatched.length ? ` [${[...new Set(dispatched)].slice(0, 4).join(', ')}]` : ''
      }`,
    );
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    for (let i = 0; i < samples.length; i++) {
      const t = samples[i]!;
      if (t < task.ts || t > end) continue;
      const node = nodes.get(profile.samples[i]!);
      if (!node) continue;
      const where = maps.name(node.callFrame);
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      self.set(where, (self.get(where) ?? 0) + dt);
      // Time with the function on the stack (once per sample, however deep it recurses).
      const stack = new Set<string>();
      for (let id: number | undefined = node.id; id !== undefined; id = parents.get(id)) {
        const frame = nodes.get(id)!.callFrame;
        if (frame.url) stack.add(maps.name(frame));
      }
      for (const f of stack) total.set(f, (total.get(f) ?? 0) + dt);
    }
    const top = [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([f, t]) => `${f} ${t.toFixed(0)} ms`);
    if (top.length) console.log(`      self time: ${top.join('; ')}`);
    const inclusive = [...total]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([f, t]) => `${f} ${t.toFixed(0)} ms`);
    if (inclusive.length) console.log(`      on the stack: ${inclusive.join('; ')}`);
  }
}

function sampleTimes(profile: Profile): number[] {
  const out: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) out.push((t += d));
  return out;
}

/** Minified frames back to their source file, line and function, through dist/'s source maps. */
class SourceMaps {
  private readonly consumers = new Map<string, SourceMapConsumer | undefined>();
  constructor(private readonly dist: string) {}

  name(frame: ProfileNode['callFrame']): string {
    const fn = frame.functionName || '(anonymous)';
    if (!frame.url) return fn;
    const file = frame.url.replace(/^https?:\/\/[^/]+\//, '').replace(/[?#].*$/, '');
    const consumer = this.consumer(file);
    if (!consumer) return `${fn} ${file}:${frame.lineNumber + 1}`;
    const pos = consumer.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!pos.source) return `${fn} ${file}`;
    const source = pos.source.replace(/^webpack:\/\/[^/]*\//, '').replace(/^\.\//, '');
    return `${pos.name ?? fn} ${source}:${pos.line}`;
  }

  private consumer(file: string): SourceMapConsumer | undefined {
    if (this.consumers.has(file)) return this.consumers.get(file);
    const path = join(this.dist, `${file}.map`);
    const consumer = existsSync(path)
      ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8')) as never)
      : undefined;
    this.consumers.set(file, consumer);
    return consumer;
  }
}

/**
 * `--only second-opening --attribute`: where the time to the first row goes, from the page's start to the
 * mark `to`: every task of the main thread over `threshold` ms (when, how long, what the browser did), the
 * sums by kind over the window, and the heaviest functions of the window (CPU profile, source-mapped).
 */
export function printTimeline(
  dist: string,
  trace: { events: TraceEvent[]; profile: Profile },
  from: string,
  to: string,
  threshold = 8,
): void {
  const { events, profile } = trace;
  const onMain = mainThread(events, to);
  if (!onMain) {
    console.log(`  timeline: no main thread with the mark ${to} in the trace`);
    return;
  }
  const at = (name: string) => Math.min(...onMain.filter((e) => e.name === name).map((e) => e.ts));
  const start = at(from);
  const end = at(to);
  const tasks = onMain.filter(
    (e) => e.ph === 'X' && e.name === 'RunTask' && e.ts + (e.dur ?? 0) >= start && e.ts <= end,
  );
  const byKind = new Map<string, number>();
  let busy = 0;
  let cpu = 0;
  console.log(`  second opening, main thread from ${from} to ${to} (${((end - start) / 1000).toFixed(0)} ms):`);
  for (const task of tasks) {
    busy += (Math.min(end, task.ts + task.dur!) - Math.max(start, task.ts)) / 1000;
    // Its share of the thread's CPU time in the window (load on the machine stretches the wall time, not this).
    cpu +=
      ((task.tdur ?? 0) / 1000) *
      Math.min(1, (Math.min(end, task.ts + task.dur!) - Math.max(start, task.ts)) / task.dur!);
    const inside = onMain.filter(
      (e) => e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur!,
    );
    const kinds = new Map<string, number>();
    for (const e of inside) {
      const kind = KINDS[e.name] ?? (e.name.startsWith('V8.GC') ? 'gc' : undefined);
      if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + (e.dur ?? 0) / 1000);
    }
    for (const [k, t] of kinds) byKind.set(k, (byKind.get(k) ?? 0) + t);
    if (task.dur! < threshold * 1000) continue;
    const urls = inside
      .filter((e) => e.name === 'EvaluateScript' || e.name === 'v8.compile')
      .map((e) => String(e.args?.data?.url ?? '').replace(/^.*\//, ''))
      .filter(Boolean);
    const dispatched = inside
      .filter((e) => e.name === 'EventDispatch' || e.name === 'TimerFire' || e.name === 'FunctionCall')
      .map((e) => (e.args?.data?.type as string) ?? '')
      .filter(Boolean);
    const what = [...kinds]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([k, t]) => `${k} ${t.toFixed(0)}`)
      .join(', ');
    const extra = [...new Set([...urls, ...dispatched])].slice(0, 4).join(', ');
    console.log(
      `  · +${((task.ts - start) / 1000).toFixed(0)} ms, ${(task.dur! / 1000).toFixed(0)} ms: ${what}${extra ? ` [${extra}]` : ''}`,
    );
  }
  console.log(
    `  busy ${busy.toFixed(0)} ms of ${((end - start) / 1000).toFixed(0)} (CPU ${cpu.toFixed(0)} ms); by kind: ${[
      ...byKind,
    ]
      .sort((a, b) => b[1] - a[1])
      .map(([k, t]) => `${k} ${t.toFixed(0)} ms`)
      .join(', ')}`,
  );
  const maps = new SourceMaps(dist);
  const samples = sampleTimes(profile);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (let i = 0; i < samples.length; i++) {
    const t = samples[i]!;
    if (t < start || t > end) continue;
    const node = nodes.get(profile.samples[i]!);
    if (!node || node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') continue;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const where = maps.name(node.callFrame);
    self.set(where, (self.get(where) ?? 0) + dt);
    const stack = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parents.get(id)) {
      const frame = nodes.get(id)!.callFrame;
      // By source file: which modules the time went to.
      if (frame.url) stack.add(maps.name(frame).replace(/^\S+ /, '').replace(/:\d+$/, ''));
    }
    for (const f of stack) total.set(f, (total.get(f) ?? 0) + dt);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([f, t]) => `${f} ${t.toFixed(0)} ms`)
      .join('; ');
  console.log(`  self time: ${top(self, 15)}`);
  console.log(`  by source file on the stack: ${top(total, 20)}`);
}
