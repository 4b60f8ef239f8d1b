/**
 * The emulator is as strict as Graph where Circles meets it: per-token scopes, calendarView expanding
 * recurring series, only the documented contact delta, and Outlook's per-mailbox limits counting the
 * requests inside a $batch.
 */
import { CONTACT_FIELDS } from '../adapters/graph';
import { EVENT_FIELDS, MESSAGE_FIELDS } from '../adapters/graph/read';
import { DEFAULT_FOLDER_ID } from './store';
import { createEmulator, emulatorToken, type Emulator, type EmulatorOptions } from './index';

let emulator: Emulator;
let url: string;
let close: () => Promise<void>;

async function start(opts: Partial<EmulatorOptions> = {}, mailbox: unknown = baseMailbox()) {
  emulator = createEmulator({ mailbox, ...opts });
  ({ url, close } = await emulator.listen());
}
afterEach(async () => close?.());

function baseMailbox(events: unknown[] = []) {
  return {
    format: 'circles-mailbox/1',
    owner: { displayName: 'Me', mail: 'me@example.org' },
    contacts: Array.from({ length: 30 }, (_, i) => ({
      id: `c${i}`,
      displayName: `Contact ${i}`,
      emailAddresses: [{ address: `c${i}@example.org` }],
    })),
    events,
    messages: [],
  };
}

const bearer = (scopes: string[]) => ({ Authorization: `Bearer ${emulatorToken(scopes)}` });
const CONTACTS = ['User.Read', 'Contacts.ReadWrite', 'MailboxSettings.ReadWrite'];

async function get(path: string, headers: Record<string, string>) {
  const r = await fetch(`${url}${path}`, { headers });
  return {
    status: r.status,
    body: (await r.json()) as Record<string, unknown> & { value?: Record<string, unknown>[] },
  };
}

describe('per-token scopes', () => {
  it('answers 403 ErrorAccessDenied to a token without the scope, and counts it', async () => {
    await start();
    const denied = await get('/me/messages?$top=1', bearer(CONTACTS));
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({ error: { code: 'ErrorAccessDenied' } });
    expect((await get('/me/messages?$top=1', bearer([...CONTACTS, 'Mail.ReadBasic']))).status).toBe(200);
    expect((await get('/me/contacts?$top=1', bearer(['User.Read']))).status).toBe(403);
    expect(emulator.stats().denied).toBe(2);
  });

  it('checks each request inside a $batch against the batch token', async () => {
    await start();
    const r = await fetch(`${url}/$batch`, {
      method: 'POST',
      headers: { ...bearer(['User.Read', 'Contacts.Read']), 'Content-Type': 'application/json' },
      body: JSON.stringify({
        requests: [
          { id: '1', method: 'GET', url: '/me/contacts/c1' },
          {
            id: '2',
            method: 'PATCH',
            url: '/me/contacts/c2',
            body: { categories: ['X'] },
            headers: { 'Content-Type': 'application/json' },
          },
        ],
      }),
    });
    const { responses } = (await r.json()) as { responses: { id: string; status: number }[] };
    expect(Object.fromEntries(responses.map((x) => [x.id, x.status]))).toEqual({ '1': 200, '2': 403 });
    expect(emulator.contact('c2')?.categories).toEqual([]);
  });
});

describe('To Do needs Tasks.ReadWrite (Tasks.Read to list)', () => {
  it('refuses /me/todo to a token without the Tasks scopes', async () => {
    await start();
    expect((await get('/me/todo/lists', bearer(CONTACTS))).status).toBe(403);
    expect((await get('/me/todo/lists', bearer([...CONTACTS, 'Tasks.ReadWrite']))).status).toBe(200);
    const post = (scopes: string[]) =>
      fetch(`${url}/me/todo/lists/missing/tasks`, {
        method: 'POST',
        headers: { ...bearer(scopes), 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: 't' }),
      });
    expect((await post([...CONTACTS, 'Tasks.Read'])).status).toBe(403);
  });
});

describe('$select names properties of the type, as Graph checks', () => {
  const all = bearer([...CONTACTS, 'Mail.ReadBasic', 'Calendars.ReadBasic']);

  it.each([
    ['/me/contacts?$select=displayName,emails', 'emails', 'contact'],
    [`/me/contactFolders/${DEFAULT_FOLDER_ID}/contacts/delta?$select=displayName,categorie`, 'categorie', 'contact'],
    ['/me/messages?$select=subject,sender,toRecipient', 'toRecipient', 'message'],
    ['/me/events?$select=subject,attendee', 'attendee', 'event'],
    ['/me?$select=displayName,language', 'language', 'user'],
  ])('refuses %s with 400 naming the property', async (path, property, type) => {
    await start();
    const r = await get(path, all);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({
      error: { message: `Could not find a property named '${property}' on type 'microsoft.graph.${type}'.` },
    });
  });

  it('accepts every field the Graph adapter selects', async () => {
    await start();
    const select = (fields: readonly string[]) => `$select=${fields.join(',')}`;
    expect((await get(`/me/contacts?${select(CONTACT_FIELDS)}`, all)).status).toBe(200);
    expect((await get(`/me/messages?${select(MESSAGE_FIELDS)}`, all)).status).toBe(200);
    expect((await get(`/me/events?${select(EVENT_FIELDS)}`, all)).status).toBe(200);
    expect(
      (await get('/me?$select=displayName,mail,userPrincipalName,companyName,jobTitle,preferredLanguage', all)).status,
    ).toBe(200);
  });
});

describe('master categories', () => {
  const create = (body: unknown) =>
    fetch(`${url}/me/outlook/masterCategories`, {
      method: 'POST',
      headers: { ...bearer(CONTACTS), 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  it.each(['red', 'Preset0x', 'preset25', ''])(
    'refuses the colour %j: categoryColor is none or preset0…preset24',
    async (color) => {
      await start();
      expect((await create({ displayName: 'Cercle · Clubs', color })).status).toBe(400);
    },
  );

  it('accepts none and the 25 presets, and refuses a name that differs only by case with 409', async () => {
    await start();
    expect((await create({ displayName: 'A', color: 'none' })).status).toBe(201);
    expect((await create({ displayName: 'B', color: 'preset24' })).status).toBe(201);
    expect((await create({ displayName: 'b', color: 'preset3' })).status).toBe(409);
  });
});

describe('calendarView', () => {
  it('yields the occurrences inside the window of a weekly meeting that began three years ago', async () => {
    const now = Date.UTC(2026, 11, 7);
    const threeYearsAgo = new Date(now - 3 * 365 * 86_400_000);
    const day = threeYearsAgo.toISOString().slice(0, 10);
    await start(
      {},
      baseMailbox([
        {
          id: 'weekly',
          subject: 'Point hebdo',
          start: { dateTime: `${day}T09:00:00.0000000`, timeZone: 'UTC' },
          end: { dateTime: `${day}T09:30:00.0000000`, timeZone: 'UTC' },
          attendees: [{ emailAddress: { address: 'c1@example.org' }, type: 'required' }],
          recurrence: {
            pattern: {
              type: 'weekly',
              interval: 1,
              daysOfWeek: [
                threeYearsAgo.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' }).toLowerCase(),
              ],
            },
            range: { type: 'noEnd', startDate: day },
          },
        },
      ]),
    );
    const since = new Date(now - 365 * 86_400_000).toISOString();
    const until = new Date(now).toISOString();
    const view = await get(
      `/me/calendarView?startDateTime=${since}&endDateTime=${until}&$top=1000&$select=subject,start,end,attendees`,
      bearer(['Calendars.ReadBasic']),
    );
    expect(view.status).toBe(200);
    // One a week for the year of the window: 52 or 53 occurrences, each inside it, none the series master.
    expect(view.body.value!.length).toBeGreaterThanOrEqual(52);
    expect(view.body.value!.length).toBeLessThanOrEqual(53);
    for (const o of view.body.value!) {
      const start = Date.parse(`${(o.start as { dateTime: string }).dateTime.slice(0, 19)}Z`);
      expect(start).toBeGreaterThanOrEqual(Date.parse(since));
      expect(start).toBeLessThan(Date.parse(until));
      expect((o.start as { dateTime: string }).dateTime).toMatch(/T09:00:00/);
    }
    // /me/events returns the one series master, which starts three years ago: outside the window.
    const masters = await get(`/me/events?$filter=start/dateTime ge '${since}'`, bearer(['Calendars.ReadBasic']));
    expect(masters.body.value).toHaveLength(0);
  });

  it('asks for the window as Graph does', async () => {
    await start();
    const r = await get('/me/calendarView', bearer(['Calendars.Read']));
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: { code: 'ErrorInvalidParameter' } });
  });
});

describe('contact delta', () => {
  it('serves delta on a contact folder only, as documented', async () => {
    await start();
    expect((await get('/me/contacts/delta', bearer(CONTACTS))).status).toBe(400);
    const root = (await get('/me/contacts?$top=1&$select=parentFolderId', bearer(CONTACTS))).body.value![0]!
      .parentFolderId as string;
    const r = await get(`/me/contactFolders/${encodeURIComponent(root)}/contacts/delta`, {
      ...bearer(CONTACTS),
      Prefer: 'odata.maxpagesize=100',
    });
    expect(r.status).toBe(200);
    expect(r.body.value).toHaveLength(30);
    expect(typeof r.body['@odata.deltaLink']).toBe('string');
  });
});

describe("Outlook's per-mailbox limits", () => {
  const patches = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => ({
      id: String(i + 1),
      method: 'PATCH',
      url: `/me/contacts/c${from + i}`,
      headers: { 'Content-Type': 'application/json' },
      body: { categories: ['Y'] },
    }));
  const batch = (requests: unknown[]) =>
    fetch(`${url}/$batch`, {
      method: 'POST',
      headers: { ...bearer(CONTACTS), 'Content-Type': 'application/json' },
      body: JSON.stringify({ requests }),
    }).then(async (r) => ((await r.json()) as { responses: { status: number }[] }).responses);

  it('runs one batch of 20 four at a time: never more than 4 in the mailbox, nothing throttled', async () => {
    await start({ limits: { holdMs: 5 } });
    const responses = await batch(patches(20));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(emulator.stats().mailboxMaxInFlight).toBe(4);
    expect(emulator.stats().throttled).toBe(0);
  });

  it('throttles the inner requests of two batches sent at once (8 in the mailbox)', async () => {
    await start({ limits: { holdMs: 20 } });
    const [a, b] = await Promise.all([batch(patches(10)), batch(patches(10, 10))]);
    const throttled = [...a!, ...b!].filter((r) => r.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    expect(emulator.stats().throttled).toBe(throttled.length);
  });

  it('sequences requests with dependsOn and fails the dependants of a failure with 424', async () => {
    await start({ limits: { holdMs: 2 } });
    const requests = patches(3).map((r, i) => (i ? { ...r, dependsOn: [String(i)] } : r));
    requests[0] = { ...requests[0]!, url: '/me/contacts/missing' };
    const responses = (await batch(requests)) as unknown as { id: string; status: number }[];
    expect(Object.fromEntries(responses.map((r) => [r.id, r.status]))).toEqual({ '1': 404, '2': 424, '3': 424 });
    expect(emulator.stats().mailboxMaxInFlight).toBe(1);
  });

  it('counts inner requests in the 10-minute budget and answers 429 with Retry-After beyond it', async () => {
    let now = 0;
    await start({ limits: { requests: 25, now: () => now } });
    const first = await batch(patches(20));
    expect(first.every((r) => r.status === 200)).toBe(true);
    const second = await batch(patches(10, 20));
    expect(second.filter((r) => r.status === 429)).toHaveLength(5);
    now += 600_001;
    expect((await batch(patches(5, 25))).every((r) => r.status === 200)).toBe(true);
  });
});
