/**
 * A Microsoft Graph emulator (Node only, real HTTP): the endpoints Circles uses, Graph's JSON shapes,
 * paging, etags and 412, JSON batching, and faults to inject. Started inside the integration tests and
 * the benchmark; mounted by the demo's dev server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seeded } from '../core/random';
import { FaultSet, type FaultRule } from './faults';
import { kindOf } from './kinds';
import { MailboxLimits, type MailboxLimitOptions } from './limits';
import { graphError, route, type EmuRequest, type EmuResponse, type RouteContext } from './routes';
import { allowed, emulatorToken } from './scopes';
import { MailboxStore, type GraphCategory, type GraphContact } from './store';

export type { FaultRule } from './faults';
export type { MailboxLimitOptions } from './limits';
export { emulatorToken } from './scopes';
export type { GraphContact, GraphCategory, GraphFolder } from './store';
export { generateMailbox } from './generate';

export type EmulatorOptions = {
  /** A circles-mailbox/1 document. */
  readonly mailbox: unknown;
  /** Added to every HTTP answer. Default 0. */
  readonly latencyMs?: number;
  /** 'nested': contacts spread over a three-level folder tree. Default 'flat'. */
  readonly folders?: 'flat' | 'nested';
  /** Seed for the order of $batch answers. */
  readonly seed?: number;
  /** Outlook's per-mailbox limits (4 at once, 10,000 per 10 minutes, batch requests counted one by one). */
  readonly limits?: MailboxLimitOptions;
};

/** Graph dispatches up to four requests of a batch at once (docs: Outlook service batching). */
const BATCH_DISPATCH = 4;

export type EmulatorStats = {
  /** Top-level HTTP requests by kind, e.g. "GET /me/contactFolders/{id}/contacts", "POST /$batch". */
  readonly byKind: Record<string, number>;
  /** Requests inside $batch requests, by kind. */
  readonly batchedByKind: Record<string, number>;
  /** Top-level HTTP requests open at once. */
  readonly maxInFlight: number;
  /** Requests at work inside the mailbox at once, batch requests counted one by one (Outlook's limit: 4). */
  readonly mailboxMaxInFlight: number;
  /** 429 answers for Outlook's limits (concurrency or the 10-minute budget), top-level and in batches. */
  readonly throttled: number;
  /** 403 ErrorAccessDenied answers: a token without the scope the request needs. */
  readonly denied: number;
  readonly total: number;
};

export type Emulator = {
  middleware: (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;
  listen(port?: number): Promise<{ url: string; close(): Promise<void> }>;
  faults: { inject(rule: FaultRule): void; clear(): void };
  stats(): EmulatorStats;
  resetStats(): void;
  contacts(): GraphContact[];
  contact(id: string): GraphContact | undefined;
  /** Simulates an edit made elsewhere (Outlook, a phone): the contact gets a new etag. */
  editContact(id: string, patch: Record<string, unknown>): GraphContact | undefined;
  masterCategories(): GraphCategory[];
  /** Back to the loaded mailbox: contacts, categories, faults and stats. */
  reset(): void;
};

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

function send(res: ServerResponse, r: EmuResponse): void {
  const text = r.status === 204 || r.body === null || r.body === undefined ? '' : JSON.stringify(r.body);
  res.writeHead(r.status, { ...r.headers, ...(text ? { 'content-length': Buffer.byteLength(text) } : {}) });
  res.end(text);
}

const lowerHeaders = (h: Record<string, unknown>): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (typeof v === 'string') out[k.toLowerCase()] = v;
  return out;
};

export function createEmulator(opts: EmulatorOptions): Emulator {
  const store = new MailboxStore(opts.mailbox, opts.folders ?? 'flat');
  const faults = new FaultSet();
  const limits = new MailboxLimits(opts.limits);
  let denied = 0;
  let byKind: Record<string, number> = {};
  let batchedByKind: Record<string, number> = {};
  let total = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let shuffle = seeded(opts.seed ?? 7);
  const count = (map: Record<string, number>, kind: string) => (map[kind] = (map[kind] ?? 0) + 1);

  /** Applies faults to one request (top-level or batched); returns a response when one fires. */
  function faulted(
    scope: 'http' | 'batch-item',
    req: EmuRequest,
  ): { response?: EmuResponse; drop?: 'before' | 'after'; delay: number } {
    const fired = faults.match(req.method, req.path, scope);
    let delay = 0;
    let drop: 'before' | 'after' | undefined;
    for (const f of fired) {
      if (f.kind === 'latency') delay += f.latencyMs ?? 0;
      else if (f.kind === 'drop') drop = f.drop ?? 'before';
    }
    const failing = fired.find((f) => f.kind !== 'latency' && f.kind !== 'drop');
    if (!failing) return { delay, ...(drop ? { drop } : {}) };
    const retry: Record<string, string> =
      failing.retryAfter !== undefined ? { 'retry-after': String(failing.retryAfter) } : {};
    const response =
      failing.kind === '429'
        ? graphError(429, 'TooManyRequests', 'Please retry again later.', retry)
        : failing.kind === '503'
          ? graphError(503, 'ServiceUnavailable', 'The service is temporarily unavailable.', retry)
          : failing.kind === '500'
            ? graphError(500, 'InternalServerError', 'An internal server error occurred.')
            : failing.kind === '401'
              ? graphError(401, 'InvalidAuthenticationToken', 'Access token has expired or is not yet valid.')
              : concurrentEdit(req);
    return { response, delay, ...(drop ? { drop } : {}) };
  }

  /** A 412 fault is a real concurrent edit: the contact changes elsewhere first. */
  function concurrentEdit(req: EmuRequest): EmuResponse {
    const id = decodeURIComponent(req.path.split('/').filter(Boolean).pop() ?? '');
    if (store.view(id)) store.update(id, {});
    return graphError(
      412,
      'ErrorIrresolvableConflict',
      'The change key passed in the request does not match the current change key for the item.',
    );
  }

  /**
   * One request as the mailbox serves it: the token's scopes (403), Outlook's limits (429), then the route,
   * holding its place in the mailbox for the service time.
   */
  async function serve(ctx: RouteContext, req: EmuRequest, authorization: string | undefined): Promise<EmuResponse> {
    if (!allowed(req, authorization)) {
      denied++;
      return graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    }
    const refused = limits.enter();
    if (refused) return refused;
    try {
      const response = route(ctx, req);
      await limits.hold();
      return response;
    } finally {
      limits.leave();
    }
  }

  async function handleBatch(
    ctx: RouteContext,
    body: unknown,
    authorization: string | undefined,
  ): Promise<{ response: EmuResponse; drop?: 'before' | 'after' }> {
    const requests = (body as { requests?: unknown } | null)?.requests;
    if (!Array.isArray(requests)) return { response: graphError(400, 'BadRequest', 'Invalid batch payload format.') };
    if (requests.length > 20)
      return { response: graphError(400, 'BadRequest', 'The number of batch requests exceeds the limit of 20.') };
    type Item = { id: string; inner: EmuRequest; dependsOn: string[] };
    const items: Item[] = [];
    for (const raw of requests) {
      const r = raw as {
        id?: unknown;
        method?: unknown;
        url?: unknown;
        headers?: Record<string, unknown>;
        body?: unknown;
        dependsOn?: unknown;
      };
      if (
        typeof r.id !== 'string' ||
        typeof r.method !== 'string' ||
        typeof r.url !== 'string' ||
        items.some((i) => i.id === r.id)
      )
        return { response: graphError(400, 'BadRequest', 'Each batch request needs a unique id, a method and a url.') };
      const url = new URL(r.url.startsWith('/') ? r.url : `/${r.url}`, 'http://batch');
      const dependsOn = Array.isArray(r.dependsOn) ? r.dependsOn.map(String) : [];
      items.push({
        id: r.id,
        dependsOn,
        inner: {
          method: r.method,
          path: url.pathname,
          query: url.searchParams,
          headers: lowerHeaders(r.headers ?? {}),
          body: r.body,
        },
      });
    }
    if (items.some((i) => i.dependsOn.some((d) => !items.some((x) => x.id === d))))
      return { response: graphError(400, 'BadRequest', 'A dependsOn names a request that is not in the batch.') };
    // Faults are drawn in the order of the batch, so a schedule replays whatever the dispatch order.
    let drop: 'before' | 'after' | undefined;
    const injected = new Map<string, EmuResponse>();
    for (const item of items) {
      count(batchedByKind, kindOf(item.inner.method, item.inner.path));
      const f = faulted('batch-item', item.inner);
      if (f.drop === 'before') return { response: graphError(500, 'dropped', ''), drop: 'before' };
      if (f.drop) drop = f.drop;
      if (f.response) injected.set(item.id, f.response);
    }
    // Graph runs up to four at once; a request with dependsOn waits for those it names, and fails with
    // 424 when one of them failed.
    const done = new Map<string, Promise<EmuResponse>>();
    const queue = [...items];
    const results = new Map<string, EmuResponse>();
    const run = async (item: Item): Promise<EmuResponse> => {
      const before = await Promise.all(item.dependsOn.map((d) => done.get(d)!));
      if (before.some((r) => r.status >= 400))
        return graphError(424, 'FailedDependency', 'A request this one depends on failed.');
      return injected.get(item.id) ?? serve(ctx, item.inner, authorization);
    };
    const started = new Map<string, () => void>();
    for (const item of items) {
      let start!: () => void;
      const go = new Promise<void>((resolve) => (start = resolve));
      started.set(item.id, start);
      done.set(
        item.id,
        go.then(() => run(item)),
      );
    }
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        // A request waiting on another does not take a dispatch slot until its turn comes.
        await Promise.all(item.dependsOn.map((d) => done.get(d)));
        started.get(item.id)!();
        results.set(item.id, await done.get(item.id)!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(BATCH_DISPATCH, items.length) }, worker));
    const out: unknown[] = items.map((i) => {
      const r = results.get(i.id)!;
      return { id: i.id, status: r.status, headers: r.headers, body: r.body };
    });
    // Graph answers in any order: so do we.
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(shuffle() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return {
      response: { status: 200, headers: { 'content-type': 'application/json' }, body: { responses: out } },
      ...(drop ? { drop } : {}),
    };
  }

  async function handleGraph(req: IncomingMessage, res: ServerResponse, prefix: string, rest: string): Promise<void> {
    const proto =
      (req.headers['x-forwarded-proto'] as string | undefined) ??
      ((req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http');
    const base = `${proto}://${req.headers.host ?? '127.0.0.1'}${prefix}/v1.0`;
    const url = new URL(rest || '/', 'http://local');
    const text = await readBody(req);
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        return send(res, graphError(400, 'BadRequest', 'Unable to read JSON request payload.'));
      }
    }
    const request: EmuRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: lowerHeaders(req.headers as Record<string, unknown>),
      body,
    };
    total++;
    count(byKind, kindOf(request.method, request.path));
    const f = faulted('http', request);
    const wait = (opts.latencyMs ?? 0) + f.delay;
    if (wait > 0) await sleep(wait);
    if (f.drop === 'before') return void req.socket.destroy();
    let response: EmuResponse;
    let drop = f.drop;
    if (f.response) response = f.response;
    else if (!/^Bearer \S+/i.test(request.headers.authorization ?? ''))
      response = graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    else if (request.path === '/$batch' && request.method.toUpperCase() === 'POST') {
      const b = await handleBatch({ base, store }, body, request.headers.authorization);
      if (b.drop === 'before') return void req.socket.destroy();
      drop ??= b.drop;
      response = b.response;
    } else response = await serve({ base, store }, request, request.headers.authorization);
    if (drop === 'after') return void req.socket.destroy();
    send(res, response);
  }

  async function handleControl(req: IncomingMessage, res: ServerResponse, rest: string): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const path = rest.split('?')[0] ?? '';
    const text = await readBody(req);
    const body = text ? (JSON.parse(text) as unknown) : undefined;
    const json = (status: number, payload: unknown) =>
      send(res, { status, headers: { 'content-type': 'application/json' }, body: payload });
    if (path === '/reset' && method === 'POST') return (emulator.reset(), json(200, { ok: true }));
    if (path === '/stats' && method === 'GET') return json(200, emulator.stats());
    // The emulator's stand-in for the identity platform: a token granting the scopes asked for.
    if (path === '/token' && method === 'GET') {
      const scopes = (new URLSearchParams(rest.split('?')[1] ?? '').get('scopes') ?? '').split(/\s+/).filter(Boolean);
      return json(200, { token_type: 'Bearer', access_token: emulatorToken(scopes), scope: scopes.join(' ') });
    }
    if (path === '/stats' && method === 'DELETE') return (emulator.resetStats(), json(200, { ok: true }));
    if (path === '/faults' && method === 'POST') return (faults.inject(body as FaultRule), json(200, { ok: true }));
    if (path === '/faults' && method === 'DELETE') return (faults.clear(), json(200, { ok: true }));
    if (path === '/masterCategories' && method === 'GET') return json(200, store.categories);
    if (path === '/contacts' && method === 'GET') return json(200, store.all());
    const m = /^\/contacts\/([^/]+)$/.exec(path);
    if (m) {
      const id = decodeURIComponent(m[1]!);
      const found =
        method === 'PATCH' ? emulator.editContact(id, (body ?? {}) as Record<string, unknown>) : store.view(id);
      return found ? json(200, found) : json(404, { error: 'not found' });
    }
    json(404, { error: `unknown control ${method} ${path}` });
  }

  const emulator: Emulator = {
    middleware(req, res, next) {
      const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
      const pathOnly = url.split('?')[0] ?? '';
      const v = /\/v1\.0(?=\/|$)/.exec(pathOnly);
      const c = /\/_emulator(?=\/|$)/.exec(pathOnly);
      const done = (p: Promise<void>) =>
        p.catch(() => {
          if (!res.headersSent) send(res, graphError(500, 'InternalServerError', 'The emulator failed.'));
        });
      if (c && (!v || c.index < v.index))
        return void done(handleControl(req, res, url.slice(c.index + '/_emulator'.length)));
      if (!v) {
        if (next) return next();
        return send(res, graphError(404, 'NotFound', 'Not a Graph path.'));
      }
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      let settled = false;
      const leave = () => {
        if (!settled) inFlight--;
        settled = true;
      };
      res.on('close', leave);
      res.on('finish', leave);
      void done(handleGraph(req, res, url.slice(0, v.index), url.slice(v.index + '/v1.0'.length)));
    },
    async listen(port = 0) {
      const server = createServer((req, res) => emulator.middleware(req, res));
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      const address = server.address() as AddressInfo;
      return {
        url: `http://127.0.0.1:${address.port}/v1.0`,
        close: () =>
          new Promise<void>((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
          }),
      };
    },
    faults: { inject: (rule) => faults.inject(rule), clear: () => faults.clear() },
    stats: () => ({
      byKind: { ...byKind },
      batchedByKind: { ...batchedByKind },
      maxInFlight,
      mailboxMaxInFlight: limits.peak,
      throttled: limits.throttled,
      denied,
      total,
    }),
    resetStats() {
      byKind = {};
      batchedByKind = {};
      total = 0;
      denied = 0;
      maxInFlight = inFlight;
      limits.resetStats();
    },
    contacts: () => store.all(),
    contact: (id) => store.view(id),
    editContact: (id, patch) => store.update(id, patch),
    masterCategories: () => store.categories.map((c) => ({ ...c })),
    reset() {
      store.load();
      faults.clear();
      limits.clear();
      emulator.resetStats();
      shuffle = seeded(opts.seed ?? 7);
    },
  };
  return emulator;
}
