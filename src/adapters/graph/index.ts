/**
 * Microsoft Graph behind the core's ports. One HTTP layer (token, concurrency, retries, batching) serves
 * the readers and writers; everything crossing out of here is a domain type.
 */
import type { Contact } from '../../core/model';
import type {
  Cancellable,
  CategoryStore,
  ContactCreator,
  ContactImporter,
  ContactSource,
  ContactWriter,
  InteractionSource,
  OwnerSource,
  ReminderSink,
} from '../../core/ports';
import { createMemoryDeltaLinks, type DeltaLinkStore } from './delta';
import type { TokenProvider } from './errors';
import { createGraphHttp, type MailboxLimits, type RequestStats, type RetryOptions, type Sleep } from './http';
import { createReaders, type ContactFolder, type ContactReadReport } from './read';
import { createReminderSink } from './todo';
import { createCategoryStore, createContactCreator, createContactWriter } from './write';
import { createContactImporter } from './importer';

export { GraphError, InteractionRequiredError, SignalsConsentError } from './errors';
export type { TokenProvider, TokenAccess } from './errors';
export type { DeltaLinkStore } from './delta';
export { createMemoryDeltaLinks } from './delta';
export type { MailboxLimits, RequestStats, RetryOptions, Sleep } from './http';
export type { ContactFolder, ContactReadReport } from './read';
export type { FolderSync } from './delta';
export { CONTACT_FIELDS, PAGE_SIZE } from './read';

/**
 * Microsoft Graph's v1.0 endpoint in the global cloud: the default for real runs. National clouds have
 * their own (https://graph.microsoft.us/v1.0, https://microsoftgraph.chinacloudapi.cn/v1.0 …), given by
 * the configuration (docs/GRAPH.md).
 */
export const GRAPH_URL = 'https://graph.microsoft.com/v1.0';

export type GraphServicesOptions = {
  /** "https://graph.microsoft.com/v1.0", or the emulator's URL. */
  readonly baseUrl: string;
  readonly tokens: TokenProvider;
  readonly fetch?: typeof fetch;
  /** Requests at work inside the mailbox at once, a $batch counting as Graph runs it. Default 4. */
  readonly maxInFlight?: number;
  /** Outlook's per-mailbox limits (4 at once, 10,000 per 10 minutes); tests and the bench shrink them. */
  readonly limits?: MailboxLimits;
  /** Told when a run waits for room in the 10-minute budget. */
  readonly onPace?: (waitMs: number) => void;
  readonly now?: () => number;
  readonly retry?: RetryOptions;
  /** Waits between retries; tests pass a fake so Retry-After costs no time. */
  readonly sleep?: Sleep;
  /** Contacts, messages and events per page. Default 1000, the most Outlook resources give. */
  readonly pageSize?: number;
  /** Where each folder's deltaLink and contacts are kept; in memory when absent. */
  readonly deltaStore?: DeltaLinkStore;
};

export type GraphServices = {
  readonly owner: OwnerSource;
  readonly contacts: ContactSource & {
    listFolders(options?: Cancellable): Promise<ContactFolder[]>;
    /** How the last listContacts went: folders read incrementally or from scratch. */
    lastRead(): ContactReadReport;
  };
  readonly interactions: InteractionSource;
  readonly categories: CategoryStore;
  readonly writer: ContactWriter;
  readonly creator: ContactCreator & { findContactByEmail(address: string): Promise<Contact | undefined> };
  /** Microsoft To Do tasks (Tasks.ReadWrite). */
  readonly reminders: ReminderSink;
  /** Contacts created from an imported file, in a folder the user picks; deleted on undo. */
  readonly importer: ContactImporter;
  stats(): RequestStats;
};

export function createGraphServices(opts: GraphServicesOptions): GraphServices {
  const maxInFlight = opts.maxInFlight ?? opts.limits?.concurrency ?? 4;
  const http = createGraphHttp({
    baseUrl: opts.baseUrl,
    tokens: opts.tokens,
    maxInFlight,
    ...(opts.limits ? { limits: opts.limits } : {}),
    ...(opts.onPace ? { onPace: opts.onPace } : {}),
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    ...(opts.retry ? { retry: opts.retry } : {}),
    ...(opts.sleep ? { sleep: opts.sleep } : {}),
  });
  const readers = createReaders(http, opts.deltaStore ?? createMemoryDeltaLinks(), opts.pageSize);
  return {
    owner: { getOwner: readers.getOwner },
    contacts: { listContacts: readers.listContacts, listFolders: readers.listFolders, lastRead: readers.lastRead },
    interactions: { listMessages: readers.listMessages, listEvents: readers.listEvents, lookBack: readers.lookBack },
    categories: createCategoryStore(http),
    writer: createContactWriter(http, { maxInFlight }),
    creator: createContactCreator(http),
    reminders: createReminderSink(http),
    importer: createContactImporter(http),
    stats: http.stats,
  };
}
