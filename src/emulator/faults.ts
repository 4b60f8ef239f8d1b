/**
 * Injected faults: which requests fail, how, and how often. Probabilities draw from a seeded generator
 * so a failing schedule can be replayed.
 */
import { seeded } from '../core/random';

/** One fault to inject. A request matches when every given criterion does. */
export type FaultRule = {
  /**
   * 429/503: throttled (with Retry-After when `retryAfter` is given); 500: a server error; 401: the
   * token is refused; 412: a concurrent edit (the contact gets a new etag, then 412); drop: the
   * connection is closed without an answer; latency: the answer waits `latencyMs` more.
   */
  readonly kind: '429' | '503' | '500' | '401' | '412' | 'drop' | 'latency';
  readonly method?: string;
  /** Substring of the path after /v1.0 (e.g. "/$batch", "/me/contacts/"). */
  readonly path?: string;
  /** 'http': top-level requests only; 'batch-item': requests inside a $batch only. Default: both. */
  readonly scope?: 'http' | 'batch-item' | 'any';
  /** Let this many matching requests through before firing. Default 0. */
  readonly after?: number;
  /** Fire at most this many times. Default: no limit. */
  readonly count?: number;
  /** Chance of firing on each match, 0..1. Default 1. */
  readonly probability?: number;
  readonly seed?: number;
  /** Seconds, sent as Retry-After on 429/503. Absent: no header. */
  readonly retryAfter?: number;
  readonly latencyMs?: number;
  /** For drop: close before the request is processed, or after (the change is made, the answer lost). */
  readonly drop?: 'before' | 'after';
};

/** mulberry32 (src/core/random.ts): small, fast, good enough to schedule faults. */
export { seeded };

type Armed = { rule: FaultRule; seen: number; fired: number; random: () => number };

export class FaultSet {
  private rules: Armed[] = [];

  inject(rule: FaultRule): void {
    this.rules.push({ rule, seen: 0, fired: 0, random: seeded(rule.seed ?? 1) });
  }

  clear(): void {
    this.rules = [];
  }

  /** The faults that fire for this request (at most one of each kind). */
  match(method: string, path: string, scope: 'http' | 'batch-item'): FaultRule[] {
    const fired: FaultRule[] = [];
    for (const a of this.rules) {
      const r = a.rule;
      if (r.method && r.method.toUpperCase() !== method.toUpperCase()) continue;
      if (r.path && !path.includes(r.path)) continue;
      if (r.scope && r.scope !== 'any' && r.scope !== scope) continue;
      a.seen++;
      if (a.seen <= (r.after ?? 0)) continue;
      if (r.count !== undefined && a.fired >= r.count) continue;
      if (r.probability !== undefined && a.random() >= r.probability) continue;
      a.fired++;
      if (!fired.some((f) => f.kind === r.kind)) fired.push(r);
    }
    return fired;
  }
}
