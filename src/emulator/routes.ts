/**
 * The Graph endpoints Circles uses, answering with Graph's documented JSON shapes. One handler serves
 * top-level requests and the requests inside a $batch.
 */
import { calendarView } from './calendar';
import { DEFAULT_FOLDER_ID, type MailboxStore } from './store';
import { isCategoryColor, typeOf, unknownSelected } from './schema';
import { todoRoute } from './todo';

export type EmuRequest = {
  readonly method: string;
  /** Path after /v1.0, e.g. "/me/contacts/abc". */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Lower-cased names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
};

export type EmuResponse = { status: number; headers: Record<string, string>; body: unknown };

export type RouteContext = {
  /** Absolute URL of the version root, for @odata.nextLink and @odata.context. */
  readonly base: string;
  readonly store: MailboxStore;
};

/** A Graph error body. */
export const graphError = (
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): EmuResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: {
    error: {
      code,
      message,
      innerError: {
        date: new Date().toISOString().slice(0, 19),
        'request-id': `emu-${Math.random().toString(16).slice(2, 10)}`,
      },
    },
  },
});

const ok = (body: unknown, status = 200, headers: Record<string, string> = {}): EmuResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body,
});

const MAX_TOP = 1000;
const DEFAULT_PAGE = 10;

function pageSize(req: EmuRequest): number {
  const top = Number(req.query.get('$top'));
  const prefer = /odata\.maxpagesize=(\d+)/i.exec(req.headers.prefer ?? '')?.[1];
  const size = Number.isFinite(top) && top > 0 ? top : prefer ? Number(prefer) : DEFAULT_PAGE;
  return Math.min(MAX_TOP, Math.max(1, size));
}

function project(item: Record<string, unknown>, req: EmuRequest): Record<string, unknown> {
  const sel = req.query.get('$select');
  if (!sel) return item;
  const fields = new Set(sel.split(',').map((s) => s.trim()));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (k === 'id' || k.startsWith('@') || fields.has(k)) out[k] = v;
  return out;
}

const encodeToken = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const decodeToken = (t: string | null): Record<string, number> | undefined => {
  if (!t) return undefined;
  try {
    return JSON.parse(Buffer.from(t, 'base64url').toString('utf8')) as Record<string, number>;
  } catch {
    return undefined;
  }
};

function linkWith(ctx: RouteContext, req: EmuRequest, set: Record<string, string>, drop: string[] = []): string {
  const q = new URLSearchParams(req.query);
  for (const d of drop) q.delete(d);
  for (const [k, v] of Object.entries(set)) q.set(k, v);
  return `${ctx.base}${req.path}?${q.toString().replace(/%24/g, '$')}`;
}

/**
 * Pages a list with $skiptoken, keeping the request's other options in the next link. `view` turns an item
 * into what Graph returns, for the page's items only.
 */
function paged<T = Record<string, unknown>>(
  ctx: RouteContext,
  req: EmuRequest,
  items: readonly T[],
  context: string,
  view: (item: T) => Record<string, unknown> = (item) => item as Record<string, unknown>,
): EmuResponse {
  const offset = decodeToken(req.query.get('$skiptoken'))?.o ?? 0;
  const size = pageSize(req);
  const page = items.slice(offset, offset + size).map((i) => project(view(i), req));
  const body: Record<string, unknown> = { '@odata.context': `${ctx.base}/$metadata#${context}`, value: page };
  if (offset + size < items.length)
    body['@odata.nextLink'] = linkWith(ctx, req, { $skiptoken: encodeToken({ o: offset + size }) });
  return ok(
    body,
    200,
    req.headers.prefer?.includes('ImmutableId') ? { 'preference-applied': 'IdType="ImmutableId"' } : {},
  );
}

type Clause = { field: string; op: string; value: string };

/** The $filter forms Circles sends: comparisons joined by "and", emailAddresses/any(…) and categories/any(…). */
function parseFilter(filter: string | null): Clause[] | 'invalid' {
  if (!filter) return [];
  const any = /^emailAddresses\/any\((\w+):\1\/address eq '((?:[^']|'')*)'\)$/i.exec(filter.trim());
  if (any) return [{ field: 'emailAddresses', op: 'any', value: any[2]!.replace(/''/g, "'") }];
  const category = /^categories\/any\((\w+):\1 eq '((?:[^']|'')*)'\)$/i.exec(filter.trim());
  if (category) return [{ field: 'categories', op: 'any', value: category[2]!.replace(/''/g, "'") }];
  const clauses: Clause[] = [];
  for (const part of filter.split(/\s+and\s+/i)) {
    const m = /^([\w/]+)\s+(eq|ne|ge|gt|le|lt)\s+(.+)$/i.exec(part.trim());
    if (!m) return 'invalid';
    clauses.push({ field: m[1]!, op: m[2]!.toLowerCase(), value: m[3]!.replace(/^'(.*)'$/, '$1') });
  }
  return clauses;
}

type Order = { readonly field: string; readonly direction: 1 | -1 };

/** One property, ascending or descending: the form Circles sends ("sentDateTime desc"). */
function parseOrderBy(orderBy: string | null): Order | undefined | 'invalid' {
  if (!orderBy) return undefined;
  const m = /^([\w/]+)(?:\s+(asc|desc))?$/i.exec(orderBy.trim());
  if (!m) return 'invalid';
  return { field: m[1]!, direction: m[2]?.toLowerCase() === 'desc' ? -1 : 1 };
}

function sortBy(items: Record<string, unknown>[], order: Order): Record<string, unknown>[] {
  const key = (item: Record<string, unknown>) => {
    const raw = fieldValue(item, order.field);
    const at = Date.parse(String(raw ?? ''));
    return Number.isNaN(at) ? Number.NEGATIVE_INFINITY : at;
  };
  return [...items].sort((a, b) => (key(a) - key(b)) * order.direction);
}

function fieldValue(item: Record<string, unknown>, path: string): unknown {
  let v: unknown = item;
  for (const p of path.split('/'))
    v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

function matches(item: Record<string, unknown>, clauses: Clause[]): boolean {
  return clauses.every((c) => {
    if (c.op === 'any' && c.field === 'categories') {
      // Exchange compares category names without regard to case.
      const list: unknown[] = Array.isArray(item.categories) ? item.categories : [];
      return list.some((n) => String(n).toLowerCase() === c.value.toLowerCase());
    }
    if (c.op === 'any') {
      const list = Array.isArray(item.emailAddresses) ? item.emailAddresses : [];
      return list.some(
        (e) => String((e as { address?: unknown })?.address ?? '').toLowerCase() === c.value.toLowerCase(),
      );
    }
    const raw = fieldValue(item, c.field);
    if (raw === undefined || raw === null) return false;
    const a = Date.parse(String(raw));
    const b = Date.parse(c.value);
    const [x, y] = Number.isNaN(a) || Number.isNaN(b) ? [String(raw), c.value] : [a, b];
    switch (c.op) {
      case 'eq':
        return x === y;
      case 'ne':
        return x !== y;
      case 'ge':
        return x >= y;
      case 'gt':
        return x > y;
      case 'le':
        return x <= y;
      default:
        return x < y;
    }
  });
}

const etagValue = (e: string) => e.replace(/^W\//, '').replace(/^"|"$/g, '');

/** Delta for one folder: a round from scratch, or the changes since a $deltatoken. */
function delta(ctx: RouteContext, req: EmuRequest, folderId: string): EmuResponse {
  const store = ctx.store;
  const deltaToken = req.query.get('$deltatoken');
  const skip = decodeToken(req.query.get('$skiptoken'));
  let since = 0;
  if (deltaToken) {
    const t = decodeToken(deltaToken);
    // A token from another load of the mailbox, or from the future: Graph no longer knows this sync state.
    if (!t || typeof t.t !== 'number' || t.t > store.seq || t.e !== store.epoch)
      return graphError(410, 'SyncStateNotFound', 'The sync state generation is not found.');
    since = t.t;
  }
  // A round's pages all answer as of its start; the token carries that moment.
  const start = skip?.s ?? store.seq;
  if (skip) since = skip.f ?? 0;
  // Ids first, the page's contacts copied alone: a round reads each contact once, not once per page.
  const items: readonly (readonly [string, 'removed'?])[] =
    since === 0 && !deltaToken && !skip?.f
      ? store.idsInFolder(folderId).map((id) => [id] as const)
      : (() => {
          const { changed, removed } = store.changedIdsSince(folderId, since);
          return [...changed.map((id) => [id] as const), ...removed.map((id) => [id, 'removed'] as const)];
        })();
  const offset = skip?.o ?? 0;
  const size = pageSize(req);
  const page = items
    .slice(offset, offset + size)
    .map(([id, removed]) =>
      removed ? { id, '@removed': { reason: 'deleted' } } : project(store.view(id) as Record<string, unknown>, req),
    );
  const body: Record<string, unknown> = { '@odata.context': `${ctx.base}/$metadata#Collection(contact)`, value: page };
  const keep = ['$select'];
  const q = (o: Record<string, string>) => {
    const p = new URLSearchParams();
    for (const k of keep) if (req.query.get(k)) p.set(k, req.query.get(k)!);
    for (const [k, v] of Object.entries(o)) p.set(k, v);
    return `${ctx.base}${req.path}?${p.toString().replace(/%24/g, '$')}`;
  };
  if (offset + size < items.length)
    body['@odata.nextLink'] = q({ $skiptoken: encodeToken({ o: offset + size, s: start, f: since }) });
  else body['@odata.deltaLink'] = q({ $deltatoken: encodeToken({ t: start, e: store.epoch }) });
  return ok(body);
}

/** Routes one request. Returns undefined when no endpoint matches. */
export function route(ctx: RouteContext, req: EmuRequest): EmuResponse {
  const { store } = ctx;
  const path = req.path.replace(/\/+$/, '') || '/';
  const seg = path.split('/').filter(Boolean).map(decodeURIComponent);
  const m = req.method.toUpperCase();
  const [me, a, b, c, d] = seg;
  if (me !== 'me') return graphError(400, 'BadRequest', `Resource not found for the segment '${seg[0] ?? ''}'.`);
  const type = typeOf(seg);
  const unknown = type && unknownSelected(type, req.query.get('$select'));
  if (unknown)
    return graphError(
      400,
      'BadRequest',
      `Could not find a property named '${unknown}' on type 'microsoft.graph.${type}'.`,
    );

  if (seg.length === 1 && m === 'GET') {
    const o = store.owner;
    const given = typeof o.givenName === 'string' ? o.givenName : undefined;
    return ok(
      project(
        {
          '@odata.context': `${ctx.base}/$metadata#users/$entity`,
          id: 'emulated-user-0001',
          userPrincipalName: o.mail,
          givenName: given,
          ...o,
          profile: undefined,
        },
        req,
      ),
    );
  }

  // /me/outlook/masterCategories
  if (a === 'outlook' && b === 'masterCategories' && seg.length === 3) {
    if (m === 'GET')
      return ok({
        '@odata.context': `${ctx.base}/$metadata#users('emulated-user-0001')/outlook/masterCategories`,
        value: store.categories,
      });
    if (m === 'POST') {
      const body = (req.body ?? {}) as Record<string, unknown>;
      if (typeof body.displayName !== 'string' || !body.displayName.trim())
        return graphError(400, 'ErrorInvalidRequest', 'displayName is required.');
      const name = body.displayName;
      // categoryColor is an enumeration: none, or preset0 … preset24 (outlookCategory resource).
      if (body.color !== undefined && !isCategoryColor(body.color))
        return graphError(400, 'BadRequest', `The value '${String(body.color)}' is not a valid categoryColor.`);
      if (store.categories.some((x) => x.displayName.toLowerCase() === name.toLowerCase()))
        return graphError(409, 'ErrorDuplicate', 'An object with this name already exists.');
      const cat = {
        id: store.newId('cat'),
        displayName: name,
        color: typeof body.color === 'string' ? body.color : 'none',
      };
      store.categories.push(cat);
      return ok(
        {
          '@odata.context': `${ctx.base}/$metadata#users('emulated-user-0001')/outlook/masterCategories/$entity`,
          ...cat,
        },
        201,
      );
    }
  }

  // /me/outlook/masterCategories/{id}
  if (a === 'outlook' && b === 'masterCategories' && seg.length === 4 && m === 'DELETE') {
    const index = store.categories.findIndex((x) => x.id === seg[3]);
    if (index < 0) return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    store.categories.splice(index, 1);
    return { status: 204, headers: {}, body: null };
  }

  // /me/contactFolders[/{id}/childFolders | /{id}/contacts[/delta]]
  if (a === 'contactFolders' || a === 'contactfolders') {
    if (seg.length === 2 && m === 'GET')
      return paged(
        ctx,
        req,
        store.folders.filter((f) => f.parentFolderId === DEFAULT_FOLDER_ID),
        'users/contactFolders',
      );
    if (!b || !store.folderExists(b))
      return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    if (c === 'childFolders' && seg.length === 4 && m === 'GET')
      return paged(
        ctx,
        req,
        store.folders.filter((f) => f.parentFolderId === b),
        'users/contactFolders/childFolders',
      );
    if (c === 'contacts' && seg.length === 4) return contactsCollection(ctx, req, b);
    if (c === 'contacts' && d === 'delta' && seg.length === 5 && m === 'GET') return delta(ctx, req, b);
    if (c === 'contacts' && d && seg.length === 5) return contactItem(ctx, req, d);
  }

  if (a === 'contacts') {
    if (seg.length === 2) return contactsCollection(ctx, req, DEFAULT_FOLDER_ID);
    // Contact delta is documented on a folder only (/me/contactFolders/{id}/contacts/delta); here Graph
    // reads "delta" as a contact id.
    if (b === 'delta') return graphError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.');
    if (b && seg.length === 3) return contactItem(ctx, req, b);
  }

  const todo = todoRoute(ctx, req, seg.slice(1), { ok, error: graphError });
  if (todo) return todo;

  if (a === 'calendarView' && seg.length === 2 && m === 'GET') {
    const from = Date.parse(req.query.get('startDateTime') ?? '');
    const to = Date.parse(req.query.get('endDateTime') ?? '');
    if (Number.isNaN(from) || Number.isNaN(to))
      return graphError(
        400,
        'ErrorInvalidParameter',
        'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
      );
    return paged(ctx, req, calendarView(store.events, from, to), `users('emulated-user-0001')/calendarView`);
  }

  if ((a === 'messages' || a === 'events') && seg.length === 2 && m === 'GET') {
    const clauses = parseFilter(req.query.get('$filter'));
    if (clauses === 'invalid') return graphError(400, 'BadRequest', 'Invalid filter clause.');
    const list = (a === 'messages' ? store.messages : store.events).filter((x) => matches(x, clauses));
    const order = parseOrderBy(req.query.get('$orderby'));
    if (order === 'invalid') return graphError(400, 'BadRequest', 'Invalid $orderby.');
    return paged(ctx, req, order ? sortBy(list, order) : list, `users('emulated-user-0001')/${a}`);
  }

  return graphError(400, 'BadRequest', `Unsupported request: ${m} ${path}`);
}

function contactsCollection(ctx: RouteContext, req: EmuRequest, folderId: string): EmuResponse {
  const m = req.method.toUpperCase();
  if (m === 'GET') {
    const clauses = parseFilter(req.query.get('$filter'));
    if (clauses === 'invalid') return graphError(400, 'BadRequest', 'Invalid filter clause.');
    const ids = ctx.store.idsInFolder(folderId, clauses.length > 0 ? (x) => matches(x, clauses) : undefined);
    return paged(ctx, req, ids, `users('emulated-user-0001')/contacts`, (id) => ctx.store.view(id)!);
  }
  if (m === 'POST') {
    const body = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return graphError(400, 'ErrorInvalidRequest', 'A contact is expected.');
    const created = ctx.store.create(body as Record<string, unknown>, folderId);
    return ok(
      { '@odata.context': `${ctx.base}/$metadata#users('emulated-user-0001')/contacts/$entity`, ...created },
      201,
    );
  }
  return graphError(405, 'ErrorInvalidRequest', 'The OData request is not supported.');
}

function contactItem(ctx: RouteContext, req: EmuRequest, id: string): EmuResponse {
  const m = req.method.toUpperCase();
  const current = ctx.store.view(id);
  if (!current) return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  const context = `${ctx.base}/$metadata#users('emulated-user-0001')/contacts/$entity`;
  if (m === 'GET') return ok({ '@odata.context': context, ...project(current, req) });
  const ifMatch = req.headers['if-match'];
  if (
    (m === 'PATCH' || m === 'DELETE') &&
    ifMatch &&
    ifMatch !== '*' &&
    etagValue(ifMatch) !== etagValue(ctx.store.etagOf(id)!)
  )
    return graphError(
      412,
      'ErrorIrresolvableConflict',
      'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.',
    );
  if (m === 'PATCH') {
    if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body))
      return graphError(400, 'ErrorInvalidRequest', 'A JSON object is expected.');
    const updated = ctx.store.update(id, req.body as Record<string, unknown>)!;
    return ok({ '@odata.context': context, ...updated });
  }
  if (m === 'DELETE') {
    ctx.store.remove(id);
    return { status: 204, headers: {}, body: null };
  }
  return graphError(405, 'ErrorInvalidRequest', 'The OData request is not supported.');
}
