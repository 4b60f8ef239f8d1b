/**
 * Reading the mailbox: every contact folder and child folder, each read with Graph's documented contact
 * delta query (/me/contactFolders/{id}/contacts/delta) so that the next opening reads only what changed;
 * message headers and calendar occurrences (calendarView, recurring series expanded) in a window. Only the
 * fields the engine uses are asked for.
 */
import type { CalendarEvent, Contact, MessageHeader, Owner } from '../../core/model';
import type { Cancellable, LookBack, ReadProgress, Window } from '../../core/ports';
import type { DeltaLinkStore, FolderSync } from './delta';
import { GraphError } from './errors';
import { PREFER_IMMUTABLE, type GraphHttp } from './http';
import { contactFromGraph, eventFromGraph, messageFromGraph, ownerFromJson } from './mapping';

/** The contact fields the engine, the shortlist and the writer read. */
export const CONTACT_FIELDS = [
  'id',
  'parentFolderId',
  'displayName',
  'givenName',
  'middleName',
  'surname',
  'nickName',
  'title',
  'emailAddresses',
  'companyName',
  'jobTitle',
  'department',
  'officeLocation',
  'profession',
  'manager',
  'assistantName',
  'businessPhones',
  'homePhones',
  'mobilePhone',
  'businessAddress',
  'homeAddress',
  'otherAddress',
  'businessHomePage',
  'imAddresses',
  'personalNotes',
  'categories',
  'birthday',
  'spouseName',
  'children',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
] as const;

export const MESSAGE_FIELDS = [
  'id',
  'subject',
  'sentDateTime',
  'conversationId',
  'from',
  'toRecipients',
  'ccRecipients',
] as const;
export const EVENT_FIELDS = ['id', 'subject', 'start', 'end', 'location', 'organizer', 'attendees'] as const;

/** Outlook resources accept $top up to 1000. */
export const PAGE_SIZE = 1000;

export type ContactFolder = { readonly id: string; readonly displayName: string; readonly parentFolderId?: string };

/** How the last contact read went, for the benchmark and the tests. */
export type ContactReadReport = {
  /** Folders read from their deltaLink (only the changes came back). */
  readonly incremental: number;
  /** Folders read from scratch: first read, or a sync state Graph no longer knows (410). */
  readonly full: number;
};

const select = (fields: readonly string[]) => `$select=${fields.join(',')}`;
const pageItems = (body: unknown): Record<string, unknown>[] => {
  const value = (body as { value?: unknown } | null)?.value;
  return Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
    : [];
};
const hasMore = (body: unknown) => typeof (body as Record<string, unknown> | null)?.['@odata.nextLink'] === 'string';
const enc = encodeURIComponent;

/** Graph's answers for a delta token it no longer knows: 410 Gone (syncStateNotFound) or an invalid one. */
const expiredSyncState = (error: unknown) =>
  error instanceof GraphError &&
  (error.status === 410 ||
    (error.status === 400 && /syncstate|deltatoken|skiptoken/i.test(error.code ?? '')) ||
    /syncStateNotFound|syncStateInvalid/i.test(error.code ?? ''));

export function createReaders(http: GraphHttp, deltaLinks: DeltaLinkStore, pageSize = PAGE_SIZE) {
  let lastRead: ContactReadReport = { incremental: 0, full: 0 };

  /** Every folder under the default Contacts folder, children included, breadth first. */
  async function listFolders(options: Cancellable = {}): Promise<ContactFolder[]> {
    const init = options.signal ? { signal: options.signal } : {};
    const toFolder = (f: Record<string, unknown>): ContactFolder[] =>
      typeof f.id === 'string'
        ? [
            {
              id: f.id,
              displayName: String(f.displayName ?? ''),
              ...(typeof f.parentFolderId === 'string' ? { parentFolderId: f.parentFolderId } : {}),
            },
          ]
        : [];
    const top = (await http.pages(`/me/contactFolders?$top=100`, init)).items.flatMap(toFolder);
    const all: ContactFolder[] = [...top];
    let level = top;
    while (level.length) {
      const children = await Promise.all(
        level.map(async (f) =>
          (await http.pages(`/me/contactFolders/${enc(f.id)}/childFolders?$top=100`, init)).items.flatMap(toFolder),
        ),
      );
      level = children.flat().filter((f) => !all.some((a) => a.id === f.id));
      all.push(...level);
    }
    return all;
  }

  /**
   * The default Contacts folder's id: /me/contactFolders lists its children, whose parentFolderId it is;
   * with no child folder, one contact of /me/contacts tells it. Undefined: no folder and no contact.
   */
  async function defaultFolderId(folders: readonly ContactFolder[], options: Cancellable): Promise<string | undefined> {
    const ids = new Set(folders.map((f) => f.id));
    const parent = folders.find((f) => f.parentFolderId && !ids.has(f.parentFolderId))?.parentFolderId;
    if (parent) return parent;
    const body = (await http.json('GET', '/me/contacts?$top=1&$select=parentFolderId', options)) as {
      value?: unknown;
    } | null;
    const first = Array.isArray(body?.value) ? (body.value[0] as Record<string, unknown> | undefined) : undefined;
    return typeof first?.parentFolderId === 'string' ? first.parentFolderId : undefined;
  }

  const deltaUrl = (folderId: string) => `/me/contactFolders/${enc(folderId)}/contacts/delta?${select(CONTACT_FIELDS)}`;

  /** One folder, from its deltaLink when there is one; a sync state Graph forgot means one full round. */
  async function syncFolder(
    folderId: string,
    options: Cancellable & { onPage?: (n: number) => void },
  ): Promise<{ contacts: Contact[]; mode: 'incremental' | 'full' }> {
    const init = {
      // Contacts delta pages by Prefer: odata.maxpagesize (it takes no $top).
      headers: { Prefer: `odata.maxpagesize=${pageSize}` },
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onPage ? { onPage: options.onPage } : {}),
    };
    const kept: FolderSync | undefined = await deltaLinks.get(folderId);
    let round: { items: Record<string, unknown>[]; deltaLink?: string };
    let mode: 'incremental' | 'full' = kept ? 'incremental' : 'full';
    try {
      round = await http.pages(kept?.deltaLink ?? deltaUrl(folderId), init);
    } catch (error) {
      if (!kept || !expiredSyncState(error)) throw error;
      mode = 'full';
      round = await http.pages(deltaUrl(folderId), init);
    }
    const byId = new Map<string, Contact>(mode === 'incremental' ? kept!.contacts.map((c) => [c.id, c]) : []);
    for (const item of round.items) {
      if (typeof item.id !== 'string') continue;
      if (item['@removed']) byId.delete(item.id);
      else byId.set(item.id, contactFromGraph(item));
    }
    const contacts = [...byId.values()];
    if (round.deltaLink) await deltaLinks.set(folderId, { deltaLink: round.deltaLink, contacts });
    return { contacts, mode };
  }

  /**
   * Every contact of every folder. Folders are read side by side (the HTTP layer keeps the mailbox within
   * its concurrency); each from its kept deltaLink when it has one, so a second opening costs about one
   * delta page per folder.
   */
  async function listContacts(
    options: Cancellable & { onProgress?: (p: ReadProgress) => void } = {},
  ): Promise<Contact[]> {
    const folders = await listFolders(options);
    const root = await defaultFolderId(folders, options);
    const keys = [...(root ? [root] : []), ...folders.map((f) => f.id)];
    const counts = new Map<string, number>();
    const report = () =>
      options.onProgress?.({ read: [...counts.values()].reduce((a, b) => a + b, 0), folders: keys.length });
    const results = await Promise.all(
      keys.map((key) =>
        syncFolder(key, {
          ...(options.signal ? { signal: options.signal } : {}),
          onPage: (n) => {
            counts.set(key, n);
            report();
          },
        }),
      ),
    );
    lastRead = {
      incremental: results.filter((r) => r.mode === 'incremental').length,
      full: results.filter((r) => r.mode === 'full').length,
    };
    const seen = new Set<string>();
    const contacts: Contact[] = [];
    for (const c of results.flatMap((r) => r.contacts)) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      contacts.push(c);
    }
    return contacts;
  }

  async function getOwner(): Promise<Owner> {
    const body = await http.json(
      'GET',
      '/me?$select=displayName,mail,userPrincipalName,companyName,jobTitle,preferredLanguage',
    );
    return ownerFromJson(body);
  }

  const windowFilter = (field: string, w: Window) =>
    enc(`${field} ge ${w.since}${w.until ? ` and ${field} lt ${w.until}` : ''}`);

  async function listMessages(window: Window, options: Cancellable = {}): Promise<MessageHeader[]> {
    const url = `/me/messages?${select(MESSAGE_FIELDS)}&$filter=${windowFilter('sentDateTime', window)}&$top=${pageSize}`;
    const { items } = await http.pages(url, {
      access: 'signals',
      map: messageFromGraph,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return items;
  }

  /**
   * Meetings in the window as occurrences: /me/calendarView expands recurring series (/me/events would
   * return series masters, and a weekly meeting begun before the window would be lost). Up to today when
   * the window has no end.
   */
  async function listEvents(window: Window, options: Cancellable = {}): Promise<CalendarEvent[]> {
    const end = window.until ?? new Date().toISOString();
    const url = `/me/calendarView?startDateTime=${enc(window.since)}&endDateTime=${enc(end)}&${select(EVENT_FIELDS)}&$top=${pageSize}`;
    const { items } = await http.pages(url, {
      access: 'signals',
      headers: { Prefer: `${PREFER_IMMUTABLE}, outlook.timezone="UTC"` },
      map: eventFromGraph,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return items;
  }

  /**
   * What the window leaves out, at a fixed cost: one page of the most recent messages before it and one
   * page of the most recent meetings (series masters and single ones: a series' subject is what counts)
   * before it. Two requests, whatever the mailbox's size; `since` says how far back the pages reached when
   * there was more.
   */
  async function lookBack(before: string, options: Cancellable = {}): Promise<LookBack> {
    const init = { access: 'signals' as const, ...(options.signal ? { signal: options.signal } : {}) };
    const older = (field: string, quoted: boolean) =>
      `$filter=${enc(`${field} lt ${quoted ? `'${before}'` : before}`)}&$orderby=${enc(`${field} desc`)}&$top=${pageSize}`;
    const [messagePage, eventPage] = await Promise.all([
      http.json('GET', `/me/messages?${select(MESSAGE_FIELDS)}&${older('sentDateTime', false)}`, init),
      http.json('GET', `/me/events?${select(EVENT_FIELDS)}&${older('start/dateTime', true)}`, {
        ...init,
        headers: { Prefer: `${PREFER_IMMUTABLE}, outlook.timezone="UTC"` },
      }),
    ]);
    const messages = pageItems(messagePage).map(messageFromGraph);
    const events = pageItems(eventPage).map(eventFromGraph);
    // A page with a next link stops short: the reach is the later of the two pages' oldest instants.
    const reach = [
      hasMore(messagePage) ? messages.at(-1)?.sentDateTime : undefined,
      hasMore(eventPage) ? events.at(-1)?.start : undefined,
    ].filter((x): x is string => x !== undefined);
    const since = reach.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
    return since ? { messages, events, since } : { messages, events };
  }

  return { listFolders, listContacts, getOwner, listMessages, listEvents, lookBack, lastRead: () => lastRead };
}
