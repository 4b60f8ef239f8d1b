/**
 * Microsoft Graph behind the core's ports. One HTTP layer (token, concurrency, retries, batching) serves
 * the readers and writers; everything crossing out of here is a domain type.
 */
import type { Contact } from '../../core/model';
import type {
  Cancellable,
  CategoryStore,
  ContactCreator,
  ContactSource,
  ContactWriter,
  InteractionSource,
  OwnerSource,
} from '../../core/ports';
import { createMemoryDeltaLinks, type DeltaLinkStore } from './delta';
import type { TokenProvider } from './errors';
import { createGraphHttp, type RequestStats, type RetryOptions, type Sleep } from './http';
import { createReaders, type ContactDelta, type ContactFolder } from './read';
import { createCategoryStore, createContactCreator, createContactWriter } from './write';

export { GraphError, InteractionRequiredError } from './errors';
export type { TokenProvider } from './errors';
export type { DeltaLinkStore } from './delta';
export { createMemoryDeltaLinks } from './delta';
export type { RequestStats, RetryOptions, Sleep } from './http';
export type { ContactDelta, ContactFolder } from './read';
export { defaultWindow, CONTACT_FIELDS, PAGE_SIZE } from './read';

/** Microsoft Graph's v1.0 endpoint, for real Outlook runs (the taskpane and the command). */
export const GRAPH_URL = 'https://graph.microsoft.com/v1.0';

export type GraphServicesOptions = {
  /** "https://graph.microsoft.com/v1.0", or the emulator's URL. */
  readonly baseUrl: string;
  readonly tokens: TokenProvider;
  readonly fetch?: typeof fetch;
  /** Requests in flight at once, $batch included. Default 4. */
  readonly maxInFlight?: number;
  readonly retry?: RetryOptions;
  /** Waits between retries; tests pass a fake so Retry-After costs no time. */
  readonly sleep?: Sleep;
  /** Contacts, messages and events per page. Default 1000, the most Outlook resources give. */
  readonly pageSize?: number;
  /** Where delta links are kept; in memory when absent. */
  readonly deltaStore?: DeltaLinkStore;
};

export type GraphServices = {
  readonly owner: OwnerSource;
  readonly contacts: ContactSource & {
    /** Contacts changed or removed since the last refresh (per-folder delta queries). */
    refresh(options?: Cancellable): Promise<ContactDelta>;
    listFolders(options?: Cancellable): Promise<ContactFolder[]>;
  };
  readonly interactions: InteractionSource;
  readonly categories: CategoryStore;
  readonly writer: ContactWriter;
  readonly creator: ContactCreator & { findContactByEmail(address: string): Promise<Contact | undefined> };
  stats(): RequestStats;
};

export function createGraphServices(opts: GraphServicesOptions): GraphServices {
  const maxInFlight = opts.maxInFlight ?? 4;
  const http = createGraphHttp({
    baseUrl: opts.baseUrl,
    tokens: opts.tokens,
    maxInFlight,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    ...(opts.retry ? { retry: opts.retry } : {}),
    ...(opts.sleep ? { sleep: opts.sleep } : {}),
  });
  const readers = createReaders(http, opts.deltaStore ?? createMemoryDeltaLinks(), opts.pageSize);
  return {
    owner: { getOwner: readers.getOwner },
    contacts: { listContacts: readers.listContacts, refresh: readers.refresh, listFolders: readers.listFolders },
    interactions: { listMessages: readers.listMessages, listEvents: readers.listEvents },
    categories: createCategoryStore(http),
    writer: createContactWriter(http, { maxInFlight }),
    creator: createContactCreator(http),
    stats: http.stats,
  };
}
