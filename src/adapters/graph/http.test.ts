import { GraphError, InteractionRequiredError } from './errors';
import { createGraphHttp, requestKind } from './http';

const BASE = 'https://graph.microsoft.com/v1.0';
const TOKEN = 'secret-token-value';

type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | 'network';

/** A fetch that answers from a script and records what it was asked. */
function scriptedFetch(answers: Answer[], delayMs = 0) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  let active = 0;
  let peak = 0;
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(input), headers: init?.headers as Record<string, string> });
    active++;
    peak = Math.max(peak, active);
    await new Promise((r) => setTimeout(r, delayMs));
    active--;
    const a = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (a === 'network') throw new TypeError(`fetch failed: Authorization: Bearer ${TOKEN}`);
    return new Response(a.body === undefined ? null : JSON.stringify(a.body), {
      status: a.status,
      headers: a.headers ?? {},
    });
  }) as typeof fetch;
  return { fetchImpl, calls, peak: () => peak };
}

function client(answers: Answer[], opts: { delayMs?: number; maxInFlight?: number } = {}) {
  const f = scriptedFetch(answers, opts.delayMs);
  const waits: number[] = [];
  const renewals: number[] = [];
  const http = createGraphHttp({
    baseUrl: BASE,
    fetch: f.fetchImpl,
    maxInFlight: opts.maxInFlight ?? 4,
    sleep: async (ms) => void waits.push(ms),
    tokens: {
      getToken: async (o) => {
        if (o?.forceRefresh) renewals.push(1);
        return TOKEN;
      },
    },
  });
  return { http, waits, renewals, ...f };
}

describe('requestKind', () => {
  it.each([
    ['GET', `${BASE}/me/contactFolders/AAMk%3D/contacts?$top=10`, 'GET /me/contactFolders/{id}/contacts'],
    ['GET', `${BASE}/me/contactFolders/AAMk/childFolders`, 'GET /me/contactFolders/{id}/childFolders'],
    ['GET', `${BASE}/me/contacts/delta?$deltatoken=x`, 'GET /me/contacts/delta'],
    ['PATCH', '/me/contacts/AAMk', 'PATCH /me/contacts/{id}'],
    ['POST', `${BASE}/$batch`, 'POST /$batch'],
    ['GET', 'http://127.0.0.1:3000/mock-graph/v1.0/me/contacts?$skiptoken=a', 'GET /me/contacts'],
  ])('%s %s is "%s"', (method, url, kind) => {
    expect(requestKind(method, url, BASE)).toBe(kind);
  });
});

describe('Graph HTTP layer', () => {
  it('sends the bearer token and asks for immutable ids', async () => {
    const { http, calls } = client([{ status: 200, body: { ok: true } }]);
    await http.json('GET', '/me');
    expect(calls[0]!.headers.Authorization).toBe(`Bearer ${TOKEN}`);
    expect(calls[0]!.headers.Prefer).toBe('IdType="ImmutableId"');
  });

  it.each([
    ['another host', 'https://evil.example/v1.0/me/contacts?$skiptoken=x'],
    ['a look-alike host', 'https://graph.microsoft.com.evil.example/v1.0/me/contacts'],
    ['plain http', 'http://graph.microsoft.com/v1.0/me/contacts'],
    ['another port', 'https://graph.microsoft.com:8443/v1.0/me/contacts'],
    ['user info', 'https://graph.microsoft.com@evil.example/v1.0/me'],
  ])('never sends the token to %s, even through an @odata.nextLink', async (_, link) => {
    const { http, calls } = client([{ status: 200, body: { value: [{ id: '1' }], '@odata.nextLink': link } }]);
    await expect(http.pages('/me/contacts')).rejects.toMatchObject({ code: 'foreign-origin' });
    expect(calls.map((c) => c.url)).toEqual([`${BASE}/me/contacts`]);
  });

  it('follows an absolute @odata.nextLink on the Graph origin with the token', async () => {
    const { http, calls } = client([
      { status: 200, body: { value: [{ id: '1' }], '@odata.nextLink': `${BASE}/me/contacts?$skiptoken=a` } },
      { status: 200, body: { value: [{ id: '2' }] } },
    ]);
    expect((await http.pages('/me/contacts')).items).toHaveLength(2);
    expect(calls[1]!.headers.Authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('waits as long as Retry-After says, in seconds or as a date', async () => {
    const date = new Date(Date.now() + 5000).toUTCString();
    const { http, waits } = client([
      { status: 429, headers: { 'Retry-After': '2.5' } },
      { status: 503, headers: { 'Retry-After': date } },
      { status: 200, body: {} },
    ]);
    await http.json('GET', '/me');
    expect(waits[0]).toBe(2500);
    expect(waits[1]).toBeGreaterThan(3000);
    expect(waits[1]).toBeLessThanOrEqual(5000);
  });

  it('backs off, doubling, when a throttled answer gives no Retry-After', async () => {
    const { http, waits } = client([{ status: 429 }, { status: 429 }, { status: 429 }, { status: 200, body: {} }]);
    await http.json('GET', '/me');
    expect(waits).toHaveLength(3);
    expect(waits[1]! / waits[0]!).toBeGreaterThan(1.1);
    expect(waits[2]! / waits[1]!).toBeGreaterThan(1.1);
  });

  it('retries server errors a bounded number of times, then fails with the status', async () => {
    const { http, calls } = client([{ status: 500, body: { error: { code: 'InternalServerError' } } }]);
    const error = await http.json('GET', '/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 500, code: 'InternalServerError' });
    expect(calls).toHaveLength(5);
  });

  it('retries network errors and never repeats their text, which may quote the token', async () => {
    const { http, calls } = client(['network']);
    const error = (await http.json('GET', '/me').catch((e: unknown) => e)) as GraphError;
    expect(error).toMatchObject({ status: 0, code: 'network' });
    expect(error.message).not.toContain(TOKEN);
    expect(calls).toHaveLength(5);
  });

  it('renews the token once on 401, and asks for sign-in if that does not help', async () => {
    const { http, renewals } = client([{ status: 401 }]);
    await expect(http.json('GET', '/me')).rejects.toBeInstanceOf(InteractionRequiredError);
    expect(renewals).toHaveLength(1);
  });

  it('never has more requests in flight than allowed', async () => {
    const { http, peak } = client([{ status: 200, body: {} }], { delayMs: 5, maxInFlight: 3 });
    await Promise.all(Array.from({ length: 20 }, () => http.json('GET', '/me')));
    expect(peak()).toBe(3);
    expect(http.stats().maxInFlight).toBe(3);
    expect(http.stats().byKind['GET /me']).toBe(20);
  });

  it('sends again only the throttled requests of a batch, after the longest Retry-After', async () => {
    const { http, calls, waits } = client([
      {
        status: 200,
        body: {
          responses: [
            { id: '2', status: 429, headers: { 'Retry-After': '3' } },
            { id: '1', status: 200, body: { n: 1 } },
            { id: '3', status: 503, headers: { 'Retry-After': '1' } },
          ],
        },
      },
      {
        status: 200,
        body: {
          responses: [
            { id: '3', status: 200, body: { n: 3 } },
            { id: '2', status: 204 },
          ],
        },
      },
    ]);
    const out = await http.batch([
      { id: '1', method: 'GET', url: '/me/contacts/a' },
      { id: '2', method: 'PATCH', url: '/me/contacts/b', body: { categories: [] } },
      { id: '3', method: 'GET', url: '/me/contacts/c' },
    ]);
    expect([...out.entries()].map(([id, r]) => [id, r.status]).sort()).toEqual([
      ['1', 200],
      ['2', 204],
      ['3', 200],
    ]);
    expect(waits).toEqual([3000]);
    expect(calls).toHaveLength(2);
    expect(http.stats().batchedByKind).toEqual({ 'GET /me/contacts/{id}': 3, 'PATCH /me/contacts/{id}': 2 });
  });
});

describe("Outlook's per-mailbox limits, counted as Outlook counts them", () => {
  const batchOf = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: String(i + 1), method: 'GET' as const, url: `/me/contacts/c${i}` }));
  const okBatch = (n: number): Answer => ({
    status: 200,
    body: { responses: Array.from({ length: n }, (_, i) => ({ id: String(i + 1), status: 200, body: {} })) },
  });

  it('sends one full batch at a time (Graph runs 4 of its requests at once), single requests four at a time', async () => {
    const { http, peak } = client([okBatch(20)], { delayMs: 5 });
    await Promise.all([http.batch(batchOf(20)), http.batch(batchOf(20)), http.batch(batchOf(20))]);
    expect(peak()).toBe(1);
    expect(http.stats().maxInFlight).toBe(4);
    const reads = client([{ status: 200, body: {} }], { delayMs: 5 });
    await Promise.all(Array.from({ length: 10 }, () => reads.http.json('GET', '/me')));
    expect(reads.peak()).toBe(4);
  });

  it('waits for room in the 10-minute budget, counting the requests inside batches, and says how long', async () => {
    let now = 0;
    const paced: number[] = [];
    const http = createGraphHttp({
      baseUrl: BASE,
      fetch: scriptedFetch([okBatch(20)]).fetchImpl,
      tokens: { getToken: async () => TOKEN },
      limits: { requests: 50, windowMs: 60_000 },
      now: () => now,
      sleep: async (ms) => void (now += ms),
      onPace: (ms) => paced.push(ms),
    });
    await http.batch(batchOf(20));
    await http.batch(batchOf(20));
    expect(paced).toEqual([]);
    await http.batch(batchOf(20));
    // 40 + 20 > 50: the third waits until the first leaves the window (and a second more).
    expect(paced).toEqual([61_000]);
    expect(http.stats().pacedMs).toBe(61_000);
  });

  it('renews the token once for every request refused with it, even a 401 that arrives after the renewal', async () => {
    let renewals = 0;
    let token = 'old';
    // The old token is refused; the folder list answers late, after the first renewal is done.
    const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
      const auth = (init?.headers as Record<string, string>).Authorization;
      if (String(input).includes('contactFolders')) await new Promise((r) => setTimeout(r, 30));
      return new Response('{}', { status: auth === 'Bearer old' ? 401 : 200 });
    }) as typeof fetch;
    const http = createGraphHttp({
      baseUrl: BASE,
      fetch: fetchImpl,
      tokens: {
        getToken: async (o) => {
          if (o?.forceRefresh) {
            renewals++;
            token = `new-${renewals}`;
          }
          return token;
        },
      },
    });
    // Both requests go out with the old token; the second 401 comes back after the first renewal finished.
    const first = http.json('GET', '/me');
    const second = http.json('GET', '/me/contactFolders');
    await Promise.all([first, second]);
    expect(renewals).toBe(1);
  });
});
