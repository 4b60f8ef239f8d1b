/**
 * The one place requests to Graph are sent: bearer token, at most N requests in flight, Retry-After,
 * bounded retries, one forced token renewal on 401, JSON batching. Tokens never reach an error or a log.
 */
import type { CancelSignal } from '../../core/ports';
import { GraphError, InteractionRequiredError, type TokenAccess, type TokenProvider } from './errors';

/** Options of one request. `access`: the scopes it needs (mail and calendar reads need 'signals'). */
export type SendInit = {
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  readonly signal?: CancelSignal;
  readonly access?: TokenAccess;
  /** 'never': fail with InteractionRequiredError rather than show sign-in or consent UI for this request. */
  readonly interaction?: 'never';
};

/** How failed requests are retried. */
export type RetryOptions = {
  /** Retries for 5xx other than 503 and for network errors. Default 4. */
  readonly maxRetries?: number;
  /** Retries for 429 and 503 (the service asked us to wait). Default 8. */
  readonly maxThrottleRetries?: number;
  /** First backoff when the service gives no Retry-After. Default 1000 ms, doubled each time. */
  readonly baseDelayMs?: number;
  /** Longest single wait. Default 60 s. */
  readonly maxDelayMs?: number;
};

export type Sleep = (ms: number) => Promise<void>;

/** What the client sent, by kind (e.g. "GET /me/contactFolders/{id}/contacts"). */
export type RequestStats = {
  /** HTTP requests actually sent, by kind; a $batch counts once as "POST /$batch". */
  readonly byKind: Record<string, number>;
  /** Requests carried inside $batch requests, by kind. */
  readonly batchedByKind: Record<string, number>;
  readonly total: number;
  /** The most requests at work inside the mailbox at once, a $batch counting as Graph runs it (≤ 4 of it). */
  readonly maxInFlight: number;
  readonly retries: number;
  /** 429 and 503 answers, top-level and inside batches. */
  readonly throttled: number;
  /** Time spent waiting for room in the 10-minute budget. */
  readonly pacedMs: number;
};

export type GraphResponse = {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
};

export type BatchRequest = {
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version root, e.g. "/me/contacts/{id}". */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
};

/** Outlook's limits per app and mailbox (docs: Microsoft Graph throttling limits, Outlook service limits). */
export type MailboxLimits = {
  /** Requests at work inside the mailbox at once. Default 4. */
  readonly concurrency?: number;
  /** Requests per window, the requests inside a $batch each counted. Default 10,000. */
  readonly requests?: number;
  /** Default 10 minutes. */
  readonly windowMs?: number;
};

export type HttpOptions = {
  readonly baseUrl: string;
  readonly tokens: TokenProvider;
  readonly fetch?: typeof fetch;
  /** Requests at work inside the mailbox at once; overrides `limits.concurrency`. Default 4. */
  readonly maxInFlight?: number;
  readonly limits?: MailboxLimits;
  readonly retry?: RetryOptions;
  readonly sleep?: Sleep;
  readonly now?: () => number;
  /** Told when a run waits for room in the 10-minute budget, with the wait in ms. */
  readonly onPace?: (waitMs: number) => void;
};

/** Graph runs up to four requests of a batch at once (docs: Outlook service batching). */
export const BATCH_PARALLELISM = 4;

/** Graph caps a JSON batch at 20 requests. */
export const MAX_BATCH = 20;

export const PREFER_IMMUTABLE = 'IdType="ImmutableId"';

const defaultSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The mailbox's concurrency as Outlook counts it: at most `max` requests at work inside the mailbox. A
 * $batch takes as many slots as Graph runs of it at once (Graph dispatches up to four of a batch's requests
 * in parallel), so one full batch fills the mailbox. Waiters are served in order, so a batch is not starved
 * by single requests.
 */
class MailboxSlots {
  private active = 0;
  private readonly queue: { weight: number; go: () => void }[] = [];
  peak = 0;
  constructor(private readonly max: number) {}
  async acquire(weight: number): Promise<number> {
    const w = Math.max(1, Math.min(weight, this.max));
    if (this.queue.length || this.active + w > this.max)
      await new Promise<void>((go) => this.queue.push({ weight: w, go }));
    else this.active += w;
    this.peak = Math.max(this.peak, this.active);
    return w;
  }
  release(weight: number): void {
    this.active -= weight;
    while (this.queue.length && this.active + this.queue[0]!.weight <= this.max) {
      const next = this.queue.shift()!;
      this.active += next.weight;
      next.go();
    }
  }
}

/**
 * Outlook's request budget per app and mailbox (10,000 requests in any 10 minutes, the requests inside a
 * $batch counted one by one): a run that would go over waits until the window has room, and says so.
 */
const BUDGET_MARGIN_MS = 1000;

class Budget {
  private readonly sent: { at: number; units: number }[] = [];
  private used = 0;
  waitedMs = 0;
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
    private readonly sleep: Sleep,
    private readonly onWait?: (ms: number) => void,
  ) {}
  async take(units: number): Promise<void> {
    for (;;) {
      const t = this.now();
      while (this.sent.length && this.sent[0]!.at <= t - this.windowMs) this.used -= this.sent.shift()!.units;
      if (this.used + units <= this.limit || !this.sent.length) break;
      // Wait until enough of the oldest requests leave the window.
      let free = this.limit - this.used;
      let until = t;
      for (const s of this.sent) {
        free += s.units;
        until = s.at + this.windowMs;
        if (free >= units) break;
      }
      // A second more than the window asks: the service counted each request a little after we sent it.
      const wait = Math.max(1, until - t + BUDGET_MARGIN_MS);
      this.waitedMs += wait;
      this.onWait?.(wait);
      await this.sleep(wait);
    }
    this.sent.push({ at: this.now(), units });
    this.used += units;
  }
}

/** "GET /me/contactFolders/AAMk…/contacts" → "GET /me/contactFolders/{id}/contacts". */
export function requestKind(method: string, url: string, baseUrl: string): string {
  let path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url;
  if (/^https?:/.test(path)) path = new URL(path).pathname.replace(/^\/[^/]*\/v1\.0/, '').replace(/^\/v1\.0/, '');
  path = path.split('?')[0] ?? '';
  if (!path.startsWith('/')) path = `/${path}`;
  const parts = path.split('/');
  const collections = new Set([
    'contactFolders',
    'contactfolders',
    'contacts',
    'childFolders',
    'masterCategories',
    'messages',
    'events',
  ]);
  const keywords = new Set(['delta', 'contacts', 'childFolders']);
  const out = parts.map((p, i) =>
    i > 0 && collections.has(parts[i - 1] ?? '') && !keywords.has(p) && p !== '' ? '{id}' : p,
  );
  return `${method} ${out.join('/')}`;
}

function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

const lower = (h: Readonly<Record<string, unknown>> | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h ?? {})) if (typeof v === 'string') out[k.toLowerCase()] = v;
  return out;
};

const errorCode = (body: unknown): string | undefined => {
  const e = (body as { error?: { code?: unknown } } | null)?.error;
  return typeof e?.code === 'string' ? e.code : undefined;
};

export type GraphHttp = ReturnType<typeof createGraphHttp>;

export function createGraphHttp(opts: HttpOptions) {
  const baseUrl = opts.baseUrl.replace(/\/$/, '');
  const graphOrigin = new URL(baseUrl).origin;
  const doFetch = opts.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const sleep = opts.sleep ?? defaultSleep;
  const now = opts.now ?? Date.now;
  const slots = new MailboxSlots(opts.maxInFlight ?? opts.limits?.concurrency ?? 4);
  const budget = new Budget(opts.limits?.requests ?? 10_000, opts.limits?.windowMs ?? 600_000, now, sleep, opts.onPace);
  const retry = {
    maxRetries: opts.retry?.maxRetries ?? 4,
    maxThrottleRetries: opts.retry?.maxThrottleRetries ?? 8,
    baseDelayMs: opts.retry?.baseDelayMs ?? 1000,
    maxDelayMs: opts.retry?.maxDelayMs ?? 60_000,
  };
  const byKind: Record<string, number> = {};
  const batchedByKind: Record<string, number> = {};
  let total = 0;
  let retries = 0;
  let throttled = 0;
  /** Renewals by the token that was refused: two 401s for the same token share one renewal. */
  const renewals = new Map<string, Promise<string>>();

  const backoff = (attempt: number) =>
    Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** attempt * (0.75 + Math.random() / 2));
  const count = (map: Record<string, number>, kind: string) => (map[kind] = (map[kind] ?? 0) + 1);

  /** One forced renewal shared by every request refused with the same token, whenever its 401 arrives. */
  function renewToken(refused: string, access: TokenAccess): Promise<string> {
    let renewal = renewals.get(refused);
    if (!renewal) {
      renewal = opts.tokens.getToken({ forceRefresh: true, interaction: 'never', access });
      renewals.set(refused, renewal);
      renewal.catch(() => renewals.delete(refused));
    }
    return renewal;
  }

  /**
   * Sends one HTTP request with retries. Cancellation is checked before each attempt only: a request
   * already sent is never abandoned, so its outcome is always known and journaled.
   */
  async function send(method: string, url: string, init: SendInit & { units?: number } = {}): Promise<GraphResponse> {
    const full = /^https?:/i.test(url) ? url : `${baseUrl}${url.startsWith('/') ? '' : '/'}${url}`;
    const kind = requestKind(method, full, baseUrl);
    // The token is Graph's: an absolute link from a response (@odata.nextLink, deltaLink) that points to
    // another origin never gets it, whoever wrote that link.
    if (new URL(full).origin !== graphOrigin)
      throw new GraphError(
        `Refused to follow a link outside ${graphOrigin} with the Graph token.`,
        0,
        'foreign-origin',
      );
    const access = init.access ?? 'contacts';
    // Requests that reach the mailbox: one, or the requests of a batch.
    const units = init.units ?? 1;
    // The provider decides whether sign-in UI may show (the taskpane: yes; the ribbon command wraps it
    // with 'never'); a renewal after a 401 is always silent.
    let token = await opts.tokens.getToken({
      ...(access === 'contacts' ? {} : { access }),
      ...(init.interaction ? { interaction: init.interaction } : {}),
    });
    let renewed = false;
    let failures = 0;
    let throttles = 0;
    for (;;) {
      if (init.signal?.aborted) throw new GraphError('Cancelled.', 0, 'cancelled');
      let response: Response;
      await budget.take(units);
      const held = await slots.acquire(Math.min(units, BATCH_PARALLELISM));
      try {
        total++;
        count(byKind, kind);
        response = await doFetch(full, {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            Accept: 'application/json',
            Prefer: PREFER_IMMUTABLE,
            ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
            ...init.headers,
          },
          ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        });
      } catch {
        slots.release(held);
        // Network error or dropped connection: the error text may quote headers, so it is not kept.
        if (failures++ >= retry.maxRetries) throw new GraphError(`Network error on ${kind}.`, 0, 'network');
        retries++;
        await sleep(backoff(failures - 1));
        continue;
      }
      let body: unknown;
      try {
        const text = await response.text();
        body = text ? JSON.parse(text) : null;
      } catch {
        body = null;
      } finally {
        slots.release(held);
      }
      const headers: Record<string, string> = {};
      response.headers.forEach((v, k) => (headers[k.toLowerCase()] = v));
      const status = response.status;
      if (status === 401 && !renewed) {
        renewed = true;
        retries++;
        token = await renewToken(token, access);
        continue;
      }
      if (status === 429 || status === 503) {
        throttled++;
        if (throttles++ >= retry.maxThrottleRetries) return { status, headers, body };
        retries++;
        await sleep(parseRetryAfter(headers['retry-after'], Date.now()) ?? backoff(throttles - 1));
        continue;
      }
      if (status >= 500) {
        if (failures++ >= retry.maxRetries) return { status, headers, body };
        retries++;
        await sleep(backoff(failures - 1));
        continue;
      }
      return { status, headers, body };
    }
  }

  /** Sends and throws a GraphError unless the status is 2xx. */
  async function json(method: string, url: string, init: SendInit = {}): Promise<unknown> {
    const r = await send(method, url, init);
    if (r.status === 401) throw new InteractionRequiredError('Sign-in is needed again to reach Microsoft Graph.');
    if (r.status < 200 || r.status >= 300)
      throw new GraphError(
        `Graph answered ${r.status} to ${requestKind(method, url, baseUrl)}.`,
        r.status,
        errorCode(r.body),
      );
    return r.body;
  }

  /**
   * Sends up to 20 requests in one JSON batch and returns one response per id. Inner 429/503 (and
   * other 5xx, and 401 after a renewal) are sent again in a smaller batch after the wait they ask for.
   */
  async function batch(
    requests: readonly BatchRequest[],
    signal?: CancelSignal,
    access: TokenAccess = 'contacts',
  ): Promise<Map<string, GraphResponse>> {
    if (requests.length > MAX_BATCH) throw new Error(`A JSON batch holds at most ${MAX_BATCH} requests.`);
    const results = new Map<string, GraphResponse>();
    let pending = [...requests];
    let throttles = 0;
    let failures = 0;
    let renewed = false;
    while (pending.length) {
      for (const r of pending) count(batchedByKind, requestKind(r.method, r.url, baseUrl));
      const outer = await send('POST', '/$batch', {
        body: {
          requests: pending.map((r) => ({
            id: r.id,
            method: r.method,
            url: r.url,
            headers: {
              Prefer: PREFER_IMMUTABLE,
              ...(r.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
              ...r.headers,
            },
            ...(r.body !== undefined ? { body: r.body } : {}),
          })),
        },
        ...(signal ? { signal } : {}),
        units: pending.length,
        access,
      });
      if (outer.status === 401) throw new InteractionRequiredError('Sign-in is needed again to reach Microsoft Graph.');
      if (outer.status < 200 || outer.status >= 300)
        throw new GraphError(`Graph answered ${outer.status} to a JSON batch.`, outer.status, errorCode(outer.body));
      const list = (outer.body as { responses?: unknown } | null)?.responses;
      const responses = Array.isArray(list) ? list : [];
      const again: BatchRequest[] = [];
      let wait = 0;
      let throttledNow = false;
      let renew = false;
      for (const r of pending) {
        const raw = responses.find((x) => (x as { id?: unknown })?.id === r.id) as
          { status?: number; headers?: Record<string, unknown>; body?: unknown } | undefined;
        const inner: GraphResponse = raw
          ? {
              status: typeof raw.status === 'number' ? raw.status : 500,
              headers: lower(raw.headers),
              body: raw.body ?? null,
            }
          : { status: 500, headers: {}, body: null };
        const retryable =
          inner.status === 429 || inner.status === 503
            ? throttles < retry.maxThrottleRetries
            : inner.status === 401
              ? !renewed
              : inner.status >= 500 && failures < retry.maxRetries;
        if (!retryable) {
          results.set(r.id, inner);
          continue;
        }
        again.push(r);
        if (inner.status === 401) renew = true;
        else if (inner.status === 429 || inner.status === 503) {
          throttledNow = true;
          throttled++;
          wait = Math.max(wait, parseRetryAfter(inner.headers['retry-after'], Date.now()) ?? backoff(throttles));
        } else wait = Math.max(wait, backoff(failures));
      }
      if (!again.length) break;
      if (signal?.aborted) break;
      retries += again.length;
      if (throttledNow) throttles++;
      else if (!renew) failures++;
      if (renew) {
        renewed = true;
        await renewToken(await opts.tokens.getToken(access === 'contacts' ? {} : { access }), access);
      }
      if (wait > 0) await sleep(wait);
      pending = again;
    }
    return results;
  }

  /**
   * Follows @odata.nextLink to the end, collecting `value`; `map` turns each item into what the caller keeps
   * as its page arrives (a page at a time: mapping 30,000 messages after the last page was one long task).
   */
  async function pages<T = Record<string, unknown>>(
    url: string,
    init: Omit<SendInit, 'body'> & { onPage?: (n: number) => void; map?: (item: Record<string, unknown>) => T } = {},
  ): Promise<{ items: T[]; deltaLink?: string }> {
    const items: T[] = [];
    const map = init.map ?? ((item: Record<string, unknown>) => item as T);
    let next: string | undefined = url;
    let deltaLink: string | undefined;
    while (next) {
      const body = (await json('GET', next, init)) as Record<string, unknown> | null;
      const value = Array.isArray(body?.value) ? (body.value as unknown[]) : [];
      for (const v of value) if (typeof v === 'object' && v !== null) items.push(map(v as Record<string, unknown>));
      init.onPage?.(items.length);
      next = typeof body?.['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : undefined;
      if (typeof body?.['@odata.deltaLink'] === 'string') deltaLink = body['@odata.deltaLink'];
    }
    return deltaLink ? { items, deltaLink } : { items };
  }

  function stats(): RequestStats {
    return {
      byKind: { ...byKind },
      batchedByKind: { ...batchedByKind },
      total,
      maxInFlight: slots.peak,
      retries,
      throttled,
      pacedMs: budget.waitedMs,
    };
  }

  return { baseUrl, send, json, batch, pages, stats };
}
