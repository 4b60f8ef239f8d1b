/**
 * Reading the mailbox: every contact folder and child folder, paged to the end; delta refreshes per
 * folder; message and event headers in a window. Only the fields the engine uses are asked for.
 */
import type { CalendarEvent, Contact, MessageHeader, Owner } from '../../core/model';
import type { Cancellable, ReadProgress, Window } from '../../core/ports';
import type { DeltaLinkStore } from './delta';
import { GraphError } from './errors';
import type { GraphHttp } from './http';
import { DEFAULT_SIGNALS_MONTHS, signalsWindow } from '../../core/signals';
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

/** What a delta refresh found since the last one. `initial`: no link was kept, so everything came back. */
export type ContactDelta = {
  readonly mode: 'initial' | 'incremental';
  readonly upserted: Contact[];
  readonly removed: string[];
};

const select = (fields: readonly string[]) => `$select=${fields.join(',')}`;
const enc = encodeURIComponent;
const DEFAULT_FOLDER = 'default';

export function createReaders(http: GraphHttp, deltaLinks: DeltaLinkStore, pageSize = PAGE_SIZE) {
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

  const contactsUrl = (folder: string) =>
    `${folder === DEFAULT_FOLDER ? '/me/contacts' : `/me/contactFolders/${enc(folder)}/contacts`}?${select(CONTACT_FIELDS)}&$top=${pageSize}`;

  /** Every contact of every folder. Folders are read side by side; the HTTP layer bounds the concurrency. */
  async function listContacts(
    options: Cancellable & { onProgress?: (p: ReadProgress) => void } = {},
  ): Promise<Contact[]> {
    const folders = await listFolders(options);
    const keys = [DEFAULT_FOLDER, ...folders.map((f) => f.id)];
    const counts = new Map<string, number>();
    const report = () =>
      options.onProgress?.({ read: [...counts.values()].reduce((a, b) => a + b, 0), folders: keys.length });
    const lists = await Promise.all(
      keys.map(async (key) => {
        const { items } = await http.pages(contactsUrl(key), {
          ...(options.signal ? { signal: options.signal } : {}),
          onPage: (n) => {
            counts.set(key, n);
            report();
          },
        });
        return items;
      }),
    );
    const seen = new Set<string>();
    const contacts: Contact[] = [];
    for (const raw of lists.flat()) {
      const c = contactFromGraph(raw);
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      contacts.push(c);
    }
    return contacts;
  }

  /**
   * Changes since the last refresh, folder by folder, using the kept delta links. A folder without a
   * link (or whose link expired) starts a fresh delta round, which returns all its contacts.
   */
  async function refresh(options: Cancellable = {}): Promise<ContactDelta> {
    const folders = await listFolders(options);
    const keys = [DEFAULT_FOLDER, ...folders.map((f) => f.id)];
    let mode: ContactDelta['mode'] = 'incremental';
    const upserted = new Map<string, Contact>();
    const removed = new Set<string>();
    const initialUrl = (key: string) =>
      `${key === DEFAULT_FOLDER ? '/me/contacts/delta' : `/me/contactFolders/${enc(key)}/contacts/delta`}?${select(CONTACT_FIELDS)}`;
    const headers = { Prefer: `odata.maxpagesize=${pageSize}` };
    await Promise.all(
      keys.map(async (key) => {
        const link = await deltaLinks.get(key);
        if (!link) mode = 'initial';
        let result;
        try {
          result = await http.pages(link ?? initialUrl(key), {
            headers,
            ...(options.signal ? { signal: options.signal } : {}),
          });
        } catch (error) {
          // An expired or unknown delta token: start the round again from scratch.
          if (
            !link ||
            !(error instanceof GraphError) ||
            (error.status !== 410 && error.status !== 400 && error.status !== 404)
          )
            throw error;
          mode = 'initial';
          result = await http.pages(initialUrl(key), {
            headers,
            ...(options.signal ? { signal: options.signal } : {}),
          });
        }
        for (const item of result.items) {
          if (typeof item.id !== 'string') continue;
          if (item['@removed']) {
            removed.add(item.id);
            upserted.delete(item.id);
          } else upserted.set(item.id, contactFromGraph(item));
        }
        if (result.deltaLink) await deltaLinks.set(key, result.deltaLink);
      }),
    );
    return { mode, upserted: [...upserted.values()], removed: [...removed] };
  }

  async function getOwner(): Promise<Owner> {
    const body = await http.json(
      'GET',
      '/me?$select=displayName,mail,userPrincipalName,companyName,jobTitle,preferredLanguage',
    );
    return ownerFromJson(body);
  }

  const windowFilter = (field: string, w: Window, quote: string) =>
    enc(`${field} ge ${quote}${w.since}${quote}${w.until ? ` and ${field} lt ${quote}${w.until}${quote}` : ''}`);

  async function listMessages(window: Window, options: Cancellable = {}): Promise<MessageHeader[]> {
    const url = `/me/messages?${select(MESSAGE_FIELDS)}&$filter=${windowFilter('sentDateTime', window, '')}&$top=${pageSize}`;
    const { items } = await http.pages(url, options.signal ? { signal: options.signal } : {});
    return items.map(messageFromGraph);
  }

  async function listEvents(window: Window, options: Cancellable = {}): Promise<CalendarEvent[]> {
    const url = `/me/events?${select(EVENT_FIELDS)}&$filter=${windowFilter('start/dateTime', window, "'")}&$top=${pageSize}`;
    const { items } = await http.pages(url, {
      headers: { Prefer: `${'IdType="ImmutableId"'}, outlook.timezone="UTC"` },
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return items.map(eventFromGraph);
  }

  return { listFolders, listContacts, refresh, getOwner, listMessages, listEvents };
}

/** The default window for mailbox signals: the last 24 months (src/core/signals.ts). */
export function defaultWindow(now: Date = new Date(), months = DEFAULT_SIGNALS_MONTHS): Window {
  return signalsWindow(now, months);
}
