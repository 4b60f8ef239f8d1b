/**
 * Durable local storage in the browser (IndexedDB through `idb`): the change journal, the settings and
 * the user's corrections, the Graph delta links and the network kept for the next opening. One database per mailbox, so two accounts in the same
 * browser never see each other's data. Nothing here leaves the machine.
 */
import { openDB, wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DB_VERSION, KV_STORE, NETWORK_KEY, readRawAhead, type RawReadAhead } from './ahead';
import type { RunJournal } from '../../core/changes/types';
import type {
  ChoicesMemory,
  ImportMemory,
  KeptChoice,
  JournalStore,
  JournalWrite,
  KeptPositions,
  NetworkMemory,
  SettingsStore,
} from '../../core/ports';
import { readKeptNetwork, type KeptNetwork } from '../../core/usecases/memory';
import type { Settings, UserModel } from '../../core/settings';
import { isFolderSync, type DeltaLinkStore } from '../graph/delta';

type Schema = DBSchema & {
  journal: { key: string; value: RunJournal; indexes: { startedAt: string } };
  kv: { key: string; value: unknown };
  /** Per contact folder: its deltaLink and contacts (FolderSync). */
  deltaLinks: { key: string; value: unknown };
};

export type IndexedDbStores = {
  readonly journal: JournalStore;
  readonly settings: SettingsStore;
  readonly deltaLinks: DeltaLinkStore;
  readonly importMemory: ImportMemory;
  readonly choicesMemory: ChoicesMemory;
  /** The last classified network, painted by the next opening before the mailbox is read again. */
  readonly networkMemory: NetworkMemory;
  /**
   * Empties every store (settings, corrections, journal, delta links, the network kept for the next
   * opening): "Reset this browser's data".
   */
  clearAll(): Promise<void>;
  /** Closes the database once it is open. */
  close(): void;
};

export type IndexedDbOptions = {
  /** How many runs the journal keeps (the oldest finished ones go first). Default 50. */
  readonly keepRuns?: number;
  /** For tests: another IndexedDB implementation (fake-indexeddb). */
  readonly indexedDB?: IDBFactory;
  /**
   * A read started before the stores were composed (readAhead): its connection is used when it opened this
   * database, and the first load of the kept network takes its record. Another database's is closed.
   */
  readonly ahead?: ReadAhead;
};

const open = (dbName: string, factory: IDBFactory | undefined): Promise<IDBPDatabase<Schema>> => {
  const opening = () =>
    openDB<Schema>(dbName, DB_VERSION, {
      upgrade(db) {
        const journal = db.createObjectStore('journal', { keyPath: 'runId' });
        journal.createIndex('startedAt', 'startedAt');
        db.createObjectStore(KV_STORE);
        db.createObjectStore('deltaLinks');
      },
    });
  // idb opens through the global indexedDB; a test may hand another factory in its place.
  const promise = factory ? withFactory(factory, opening) : opening();
  // A failure to open surfaces on the first call that needs the database, not as an unhandled rejection.
  promise.catch(() => undefined);
  return promise;
};

/** A database opened, and its kept network being read, before anything else of the page has run. */
export type ReadAhead = {
  readonly dbName: string;
  readonly opening: Promise<IDBPDatabase<Schema>>;
  /** The kept network's record as stored (checked when the stores hand it out). */
  readonly network: Promise<unknown>;
};

/**
 * Opens the database and starts reading the network kept for the next opening at once (the browser reads
 * IndexedDB off this thread) — or takes the read the page's first script started (ahead.ts). The stores then
 * take this connection and this record.
 */
export function readAhead(
  dbName: string,
  options: Pick<IndexedDbOptions, 'indexedDB'> & { readonly started?: RawReadAhead } = {},
): ReadAhead {
  const raw = options.started?.dbName === dbName ? options.started : readRawAhead(dbName, options.indexedDB);
  const opening = raw.opening.then((db) => wrap(db) as IDBPDatabase<Schema>);
  opening.catch(() => undefined);
  return { dbName, opening, network: raw.network };
}

/**
 * The stores over one database. Returns at once: the database opens in the background and every call
 * waits for it, so the composition root stays synchronous.
 */
export function createIndexedDbStores(dbName: string, options: IndexedDbOptions = {}): IndexedDbStores {
  const keepRuns = options.keepRuns ?? 50;
  const ahead = options.ahead?.dbName === dbName ? options.ahead : undefined;
  // A read ahead of another mailbox's database (the last one opened in this browser) is not ours: let it go.
  if (options.ahead && !ahead) void options.ahead.opening.then((db) => db.close()).catch(() => undefined);
  // A database the read ahead could not open (none yet: the read ahead creates nothing) is opened here.
  const opening = ahead ? ahead.opening.catch(() => open(dbName, options.indexedDB)) : open(dbName, options.indexedDB);
  let opened: IDBPDatabase<Schema> | undefined;
  const database = async () => (opened ??= await opening);

  type JournalTx = IDBPTransaction<Schema, ['journal'], 'readwrite'>;
  const prune = async (tx: JournalTx) => {
    const keys = await tx.store.index('startedAt').getAllKeys();
    // Keys come oldest first; never drop a run that could still be resumed.
    for (const key of keys.slice(0, Math.max(0, keys.length - keepRuns))) {
      const old = await tx.store.get(key);
      if (old && old.state !== 'running' && old.state !== 'interrupted') await tx.store.delete(key);
    }
  };
  // 'strict' asks the browser to have the write on disk before the transaction completes (Chromium's
  // default is relaxed); the first record of a run is written so, before its first request to Graph.
  const journalTx = async (options?: JournalWrite) =>
    (await database()).transaction('journal', 'readwrite', { durability: options?.durability ?? 'default' });

  const journal: JournalStore = {
    async save(run, options) {
      const tx = await journalTx(options);
      await tx.store.put(run);
      await prune(tx);
      await tx.done;
    },
    async create(run, refuse, options) {
      // One readwrite transaction, as update: another writer's run cannot land between the check and the put.
      const tx = await journalTx(options);
      const blocker = refuse((await tx.store.index('startedAt').getAll()).reverse());
      if (!blocker) {
        await tx.store.put(run);
        await prune(tx);
      }
      await tx.done;
      return blocker;
    },
    async update(runId, change, options) {
      // One readwrite transaction: IndexedDB runs those on the same store one after the other, across the
      // pane and the command's runtime alike, so nothing is written between this read and this write.
      const tx = await journalTx(options);
      const next = change(await tx.store.get(runId));
      if (next) {
        await tx.store.put(next);
        await prune(tx);
      }
      const stored = next ?? (await tx.store.get(runId));
      await tx.done;
      return stored;
    },
    async get(runId) {
      return (await database()).get('journal', runId);
    },
    async list() {
      return (await (await database()).getAllFromIndex('journal', 'startedAt')).reverse();
    },
  };

  const settings: SettingsStore = {
    async loadSettings() {
      return (await (await database()).get('kv', 'settings')) as Settings | undefined;
    },
    async saveSettings(value) {
      await (await database()).put('kv', value, 'settings');
    },
    async loadUserModel() {
      return ((await (await database()).get('kv', 'userModel')) as UserModel | undefined) ?? { feedback: [] };
    },
    async saveUserModel(model) {
      await (await database()).put('kv', model, 'userModel');
    },
  };

  const deltaLinks: DeltaLinkStore = {
    async get(key) {
      const value = await (await database()).get('deltaLinks', key);
      return isFolderSync(value) ? value : undefined;
    },
    async set(key, state) {
      await (await database()).put('deltaLinks', state, key);
    },
    async clear() {
      await (await database()).clear('deltaLinks');
    },
  };

  // Keys of their own in the kv store, so "Reset this browser's data" forgets them with the settings.
  const importMemory: ImportMemory = {
    async loadPositions() {
      const value = await (await database()).get('kv', POSITIONS_KEY);
      return isKeptPositions(value) ? value : undefined;
    },
    async savePositions(kept) {
      await (await database()).put('kv', kept, POSITIONS_KEY);
    },
    async forgetPositions() {
      await (await database()).delete('kv', POSITIONS_KEY);
    },
    async loadOwnerCompany() {
      const value = await (await database()).get('kv', OWNER_COMPANY_KEY);
      return typeof value === 'string' && value.trim() ? value : undefined;
    },
    async saveOwnerCompany(company) {
      await (await database()).put('kv', company, OWNER_COMPANY_KEY);
    },
  };

  // In the kv store too: the reset's clear of kv forgets it, and it lives in this mailbox's own database.
  // The record read ahead serves the first load only, and only while nothing was written over it.
  let early = ahead?.network;
  const networkMemory: NetworkMemory = {
    readingAhead: ahead !== undefined,
    async load() {
      const record = early ?? (await database()).get('kv', NETWORK_KEY);
      early = undefined;
      return readKeptNetwork(await record);
    },
    async save(kept) {
      early = undefined;
      await (await database()).put('kv', kept, NETWORK_KEY);
    },
    async forget() {
      early = undefined;
      await (await database()).delete('kv', NETWORK_KEY);
    },
    // The page's own IndexedDB, which its workers share (a test's factory is not theirs). A record written there
    // by a worker is not seen by `early`: the first load, which alone reads it, comes before any keeping.
    ...(options.indexedDB ? {} : { database: dbName }),
  };

  // The review's choices not applied yet; in kv as well, so the reset forgets them.
  const choicesMemory: ChoicesMemory = {
    async load() {
      return readChoices(await (await database()).get('kv', CHOICES_KEY));
    },
    async save(choices) {
      const record: KeptChoicesRecord = { version: CHOICES_VERSION, choices: [...choices] };
      await (await database()).put('kv', record, CHOICES_KEY);
    },
  };

  const clearAll = async () => {
    early = undefined;
    const db = await database();
    const tx = db.transaction(['journal', 'kv', 'deltaLinks'], 'readwrite');
    await Promise.all([
      tx.objectStore('journal').clear(),
      tx.objectStore('kv').clear(),
      tx.objectStore('deltaLinks').clear(),
    ]);
    await tx.done;
  };

  return {
    journal,
    settings,
    deltaLinks,
    importMemory,
    networkMemory,
    choicesMemory,
    clearAll,
    close: () => void opening.then((db) => db.close()),
  };
}

/**
 * Keeps the network in the named database from another thread of the page (the pane's engine worker, which
 * holds the contacts): the record is cloned into IndexedDB there, not on the pane's thread. Undefined forgets it.
 */
export async function keepNetworkIn(dbName: string, kept: KeptNetwork | undefined): Promise<void> {
  const stores = createIndexedDbStores(dbName);
  try {
    await (kept ? stores.networkMemory.save(kept) : stores.networkMemory.forget());
  } finally {
    stores.close();
  }
}

const POSITIONS_KEY = 'import.positions';
const OWNER_COMPANY_KEY = 'import.ownerCompany';
const CHOICES_KEY = 'review.choices';
const CHOICES_VERSION = 1;

type KeptChoicesRecord = { readonly version: number; readonly choices: readonly (readonly [string, KeptChoice])[] };

const VERDICTS: readonly string[] = ['accept', 'change', 'reject'];

/** The kept choices, each checked: a record of another version, or a damaged entry, is left out. */
function readChoices(value: unknown): Map<string, KeptChoice> | undefined {
  const record = value as Partial<KeptChoicesRecord> | null | undefined;
  if (!record || record.version !== CHOICES_VERSION || !Array.isArray(record.choices)) return undefined;
  const out = new Map<string, KeptChoice>();
  for (const entry of record.choices) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') continue;
    const choice = entry[1] as Partial<KeptChoice> | null;
    if (!choice || !VERDICTS.includes(String(choice.verdict)) || typeof choice.circle !== 'string') continue;
    out.set(entry[0], choice as KeptChoice);
  }
  return out;
}

// What an older or damaged record holds is dropped rather than fed to the shortlist.
function isKeptPositions(value: unknown): value is KeptPositions {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<KeptPositions>;
  return (
    typeof v.file === 'string' &&
    typeof v.importedAt === 'string' &&
    Array.isArray(v.positions) &&
    v.positions.every((p) => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'object' && p[1] !== null)
  );
}

async function withFactory<T>(factory: IDBFactory, open: () => Promise<T>): Promise<T> {
  const g = globalThis as { indexedDB?: IDBFactory };
  const previous = g.indexedDB;
  g.indexedDB = factory;
  try {
    return await open();
  } finally {
    g.indexedDB = previous;
  }
}
