/**
 * The emulator speaks Graph's HTTP: status codes, error bodies, paging links, etags, batching, faults.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, generateMailbox, type Emulator } from './index';

const auth = { Authorization: 'Bearer test' };
let emulator: Emulator;
let url: string;
let close: () => Promise<void>;

beforeEach(async () => {
  emulator = createEmulator({
    mailbox: generateMailbox({ contacts: 30, seed: 5, messages: 40, events: 10 }),
    folders: 'nested',
  });
  ({ url, close } = await emulator.listen());
});
afterEach(async () => close());

const get = async (path: string, headers: Record<string, string> = auth) => {
  const r = await fetch(path.startsWith('http') ? path : `${url}${path}`, { headers });
  return {
    status: r.status,
    headers: r.headers,
    body: (await r.json()) as Record<string, unknown> & { value?: Record<string, unknown>[] },
  };
};
const send = async (method: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
  const r = await fetch(`${url}${path}`, {
    method,
    headers: { ...auth, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await r.text();
  return { status: r.status, headers: r.headers, body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
};

describe('Graph emulator', () => {
  it('refuses a request without a bearer token with a Graph error body', async () => {
    const r = await get('/me', {});
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ error: { code: 'InvalidAuthenticationToken' } });
  });

  it('pages with $top and an absolute @odata.nextLink that keeps $select', async () => {
    const first = await get('/me/contacts?$select=displayName&$top=3');
    expect(first.body.value).toHaveLength(3);
    expect(Object.keys(first.body.value![0]!).sort()).toEqual(['@odata.etag', 'displayName', 'id']);
    const next = first.body['@odata.nextLink'] as string;
    expect(next.startsWith(`${url}/me/contacts?`)).toBe(true);
    expect(next).toContain('$select=displayName');
    const second = await get(next);
    expect(second.body.value![0]!.id).not.toBe(first.body.value![0]!.id);
  });

  it('honours Prefer: odata.maxpagesize when there is no $top', async () => {
    const r = await get('/me/contactFolders/AAMkADfolder-work=/contacts', { ...auth, Prefer: 'odata.maxpagesize=2' });
    expect(r.body.value).toHaveLength(2);
  });

  it('lists folders under the default folder and their children', async () => {
    const top = await get('/me/contactFolders');
    expect(top.body.value!.map((f) => f.displayName)).toEqual(['Travail', 'Perso', 'Événements']);
    const children = await get(`/me/contactFolders/${top.body.value![0]!.id}/childFolders`);
    expect(children.body.value!.map((f) => f.displayName)).toEqual(['Clients']);
    expect((await get('/me/contactFolders/nope/childFolders')).status).toBe(404);
  });

  it('gives each change a new etag and answers 412 to a stale If-Match', async () => {
    const [contact] = emulator.contacts();
    const etag = contact!['@odata.etag'] as string;
    const first = await send('PATCH', `/me/contacts/${contact!.id}`, { categories: ['A'] }, { 'If-Match': etag });
    expect(first.status).toBe(200);
    expect(first.body['@odata.etag']).not.toBe(etag);
    const stale = await send('PATCH', `/me/contacts/${contact!.id}`, { categories: ['B'] }, { 'If-Match': etag });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ error: { code: 'ErrorIrresolvableConflict' } });
    expect(emulator.contact(contact!.id)?.categories).toEqual(['A']);
  });

  it('creates a master category once and answers 409 to a duplicate name', async () => {
    expect(
      (await send('POST', '/me/outlook/masterCategories', { displayName: 'Cercle · Clubs', color: 'preset5' })).status,
    ).toBe(201);
    const dup = await send('POST', '/me/outlook/masterCategories', { displayName: 'cercle · clubs', color: 'preset1' });
    expect(dup.status).toBe(409);
    expect(emulator.masterCategories()).toEqual([
      expect.objectContaining({ displayName: 'Cercle · Clubs', color: 'preset5' }),
    ]);
  });

  it('answers a JSON batch with one response per request, each with its own status, in any order', async () => {
    const [a, b] = emulator.contacts();
    const requests = [
      { id: '1', method: 'GET', url: `/me/contacts/${a!.id}?$select=categories` },
      {
        id: '2',
        method: 'PATCH',
        url: `/me/contacts/${b!.id}`,
        headers: { 'If-Match': 'W/"stale"' },
        body: { categories: ['X'] },
      },
      { id: '3', method: 'GET', url: '/me/contacts/missing' },
      {
        id: '4',
        method: 'PATCH',
        url: `/me/contacts/${a!.id}`,
        headers: { 'If-Match': a!['@odata.etag'] as string },
        body: { categories: ['Y'] },
      },
    ];
    const r = await send('POST', '/$batch', { requests });
    const responses = r.body.responses as { id: string; status: number; body: Record<string, unknown> }[];
    expect(Object.fromEntries(responses.map((x) => [x.id, x.status]))).toEqual({
      '1': 200,
      '2': 412,
      '3': 404,
      '4': 200,
    });
    // Shuffled by a seeded generator: clients must match answers by id, never by position.
    expect(responses.map((x) => x.id)).not.toEqual(['1', '2', '3', '4']);
    expect(responses.find((x) => x.id === '4')?.body.categories).toEqual(['Y']);
    expect(emulator.stats().batchedByKind['PATCH /me/contacts/{id}']).toBe(2);
    expect(emulator.stats().byKind['POST /$batch']).toBe(1);
  });

  it('refuses a batch of more than 20 requests', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    expect((await send('POST', '/$batch', { requests })).status).toBe(400);
  });

  it('throttles inside a batch with a per-request 429 and Retry-After', async () => {
    emulator.faults.inject({ kind: '429', scope: 'batch-item', path: '/me/contacts/', count: 1, retryAfter: 2 });
    const [a, b] = emulator.contacts();
    const r = await send('POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: `/me/contacts/${a!.id}` },
        { id: '2', method: 'GET', url: `/me/contacts/${b!.id}` },
      ],
    });
    const responses = r.body.responses as { id: string; status: number; headers: Record<string, string> }[];
    const throttled = responses.find((x) => x.status === 429)!;
    expect(throttled.id).toBe('1');
    expect(throttled.headers['retry-after']).toBe('2');
    expect(responses.find((x) => x.id === '2')?.status).toBe(200);
  });

  it('fires a probabilistic fault the same way for the same seed', async () => {
    const pattern = async () => {
      emulator.reset();
      emulator.faults.inject({ kind: '503', path: '/me', probability: 0.5, seed: 99, scope: 'http' });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await get('/me')).status);
      return statuses;
    };
    const first = await pattern();
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(await pattern()).toEqual(first);
  });

  it('drops the connection after making the change when asked to', async () => {
    const [a] = emulator.contacts();
    emulator.faults.inject({ kind: 'drop', drop: 'after', method: 'PATCH', count: 1 });
    await expect(send('PATCH', `/me/contacts/${a!.id}`, { categories: ['Z'] })).rejects.toThrow();
    expect(emulator.contact(a!.id)?.categories).toEqual(['Z']);
  });

  it('filters messages and events by date', async () => {
    const since = '2025-06-01T00:00:00Z';
    const messages = await get(`/me/messages?$filter=${encodeURIComponent(`sentDateTime ge ${since}`)}&$top=1000`);
    expect(messages.body.value!.every((m) => String(m.sentDateTime) >= since)).toBe(true);
    const events = await get(`/me/events?$filter=${encodeURIComponent(`start/dateTime ge '${since}'`)}&$top=1000`);
    expect(
      events.body.value!.every((e) => Date.parse((e.start as { dateTime: string }).dateTime) >= Date.parse(since)),
    ).toBe(true);
    expect((await get(`/me/messages?$filter=${encodeURIComponent('contains(subject,"x")')}`)).status).toBe(400);
  });

  it('mounts under a prefix and builds links and control endpoints from it', async () => {
    const server: Server = createServer((req, res) => {
      if (req.url?.startsWith('/mock-graph')) emulator.middleware(req, res);
      else res.end('page');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const page = await get(`${origin}/mock-graph/v1.0/me/contacts?$top=2`);
      expect(page.body['@odata.nextLink']).toMatch(new RegExp(`^${origin}/mock-graph/v1\\.0/me/contacts\\?`));
      const stats = (await (await fetch(`${origin}/mock-graph/_emulator/stats`)).json()) as { total: number };
      expect(stats.total).toBe(1);
      const [a] = emulator.contacts();
      await fetch(`${origin}/mock-graph/_emulator/contacts/${encodeURIComponent(a!.id)}`, {
        method: 'PATCH',
        body: JSON.stringify({ categories: ['Elsewhere'] }),
      });
      expect(emulator.contact(a!.id)?.categories).toEqual(['Elsewhere']);
      await fetch(`${origin}/mock-graph/_emulator/reset`, { method: 'POST' });
      expect(emulator.contact(a!.id)?.categories).toEqual([]);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});
