import 'fake-indexeddb/auto'; // IDBRequest and friends as globals, as in a browser
import { IDBFactory } from 'fake-indexeddb';
import { defaultTaxonomy } from '../../core/circles';
import type { RunJournal } from '../../core/changes/types';
import { keepNetwork, UnreadableMemoryError, KEPT_NETWORK_VERSION } from '../../core/usecases/memory';
import { readRawAhead } from './ahead';
import { createIndexedDbStores, readAhead } from './indexeddb';

const run = (runId: string, startedAt: string, state: RunJournal['state'] = 'complete'): RunJournal => ({
  runId,
  kind: 'apply',
  origin: 'taskpane',
  startedAt,
  state,
  entries: [
    { contactId: 'c1', etag: 'W/"a"', before: ['VIP'], after: ['VIP', 'Cercle · Collègues'], status: 'applied' },
  ],
});

/** A raw connection, to reach the implementation's IDBDatabase prototype. */
function openedDb(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    request.onsuccess = () => {
      request.result.close();
      resolve(request.result);
    };
    request.onerror = () => reject(request.error);
  });
}

describe('IndexedDB stores', () => {
  it('keeps journals across reopenings and lists the most recent first', async () => {
    const indexedDB = new IDBFactory();
    const first = createIndexedDbStores('circles-test', { indexedDB });
    await first.journal.save(run('r1', '2026-01-01T10:00:00Z'));
    await first.journal.save(run('r2', '2026-01-02T10:00:00Z'));
    first.close();
    const again = createIndexedDbStores('circles-test', { indexedDB });
    expect((await again.journal.list()).map((r) => r.runId)).toEqual(['r2', 'r1']);
    expect(await again.journal.get('r1')).toEqual(run('r1', '2026-01-01T10:00:00Z'));
    again.close();
  });

  it('drops the oldest finished runs beyond the limit but never one that can be resumed', async () => {
    const stores = createIndexedDbStores('circles-prune', { indexedDB: new IDBFactory(), keepRuns: 2 });
    await stores.journal.save(run('old-interrupted', '2026-01-01T00:00:00Z', 'interrupted'));
    await stores.journal.save(run('old', '2026-01-02T00:00:00Z'));
    await stores.journal.save(run('mid', '2026-01-03T00:00:00Z'));
    await stores.journal.save(run('new', '2026-01-04T00:00:00Z'));
    expect((await stores.journal.list()).map((r) => r.runId)).toEqual(['new', 'mid', 'old-interrupted']);
    stores.close();
  });

  it('keeps the review’s choices across reopenings, leaves out damaged entries and forgets them on reset', async () => {
    const indexedDB = new IDBFactory();
    const first = createIndexedDbStores('circles-choices', { indexedDB });
    expect(await first.choicesMemory.load()).toBeUndefined();
    await first.choicesMemory.save(
      new Map([
        ['c1', { verdict: 'accept', circle: 'clients', at: '2026-12-07T10:00:00Z' }],
        ['c2', { verdict: 'reject', circle: 'clubs' }],
      ]),
    );
    first.close();
    const again = createIndexedDbStores('circles-choices', { indexedDB });
    expect([...(await again.choicesMemory.load())!]).toEqual([
      ['c1', { verdict: 'accept', circle: 'clients', at: '2026-12-07T10:00:00Z' }],
      ['c2', { verdict: 'reject', circle: 'clubs' }],
    ]);
    // A damaged entry is left out; a record of another version is not read at all.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open('circles-choices');
      r.onsuccess = () => resolve(r.result);
    });
    const put = (value: unknown) =>
      new Promise<void>((resolve) => {
        const tx = db.transaction('kv', 'readwrite');
        tx.objectStore('kv').put(value, 'review.choices');
        tx.oncomplete = () => resolve();
      });
    await put({
      version: 1,
      choices: [['c1', { verdict: 'maybe', circle: 'clients' }], ['c2', { verdict: 'reject', circle: 'clubs' }], 'x'],
    });
    expect([...(await again.choicesMemory.load())!.keys()]).toEqual(['c2']);
    await put({ version: 99, choices: [] });
    expect(await again.choicesMemory.load()).toBeUndefined();
    db.close();
    await again.clearAll();
    expect(await again.choicesMemory.load()).toBeUndefined();
    again.close();
  });

  it('creates a run only when no stored run refuses it, across two connections starting at once', async () => {
    const indexedDB = new IDBFactory();
    const pane = createIndexedDbStores('circles-start', { indexedDB });
    const command = createIndexedDbStores('circles-start', { indexedDB });
    const refuse = (stored: readonly RunJournal[]) => stored.find((r) => r.state === 'running');
    const blockers = await Promise.all([
      pane.journal.create(run('p', '2026-01-01T10:00:00Z', 'running'), refuse),
      command.journal.create(run('c', '2026-01-01T10:00:00Z', 'running'), refuse),
    ]);
    expect(blockers.filter((x) => x === undefined)).toHaveLength(1);
    expect(await pane.journal.list()).toHaveLength(1);
    pane.close();
    command.close();
  });

  it('updates a run atomically: two writers on two connections interleaving never lose a change', async () => {
    const indexedDB = new IDBFactory();
    const pane = createIndexedDbStores('circles-two', { indexedDB });
    const command = createIndexedDbStores('circles-two', { indexedDB });
    await pane.journal.save(run('r1', '2026-01-01T10:00:00Z'));
    // Each adds one entry through a read-modify-write; fired together, 40 of them, alternating.
    const add = (stores: typeof pane, id: string) =>
      stores.journal.update('r1', (stored) =>
        stored
          ? {
              ...stored,
              entries: [...stored.entries, { contactId: id, before: [], after: ['x'], status: 'applied' as const }],
              revision: (stored.revision ?? 0) + 1,
            }
          : undefined,
      );
    await Promise.all(Array.from({ length: 40 }, (_, i) => add(i % 2 ? pane : command, `k${i}`)));
    const stored = (await command.journal.get('r1'))!;
    expect(stored.entries).toHaveLength(41);
    expect(stored.revision).toBe(40);
    pane.close();
    command.close();
  });

  it('asks for strict durability when told to, the default otherwise', async () => {
    const indexedDB = new IDBFactory();
    const stores = createIndexedDbStores('circles-durable', { indexedDB });
    await stores.journal.get('none'); // opened
    const asked: (string | undefined)[] = [];
    const proto = Object.getPrototypeOf((await openedDb(indexedDB, 'circles-durable')) as object) as {
      transaction: (...args: unknown[]) => unknown;
    };
    const original = proto.transaction;
    proto.transaction = function (this: unknown, ...args: unknown[]) {
      if (args[1] === 'readwrite') asked.push((args[2] as { durability?: string } | undefined)?.durability);
      return original.apply(this, args);
    };
    try {
      await stores.journal.save(run('r1', '2026-01-01T10:00:00Z'), { durability: 'strict' });
      await stores.journal.update('r1', (r) => r && { ...r, state: 'undone' });
    } finally {
      proto.transaction = original;
    }
    expect(asked).toEqual(['strict', 'default']);
    stores.close();
  });

  it('clearAll forgets settings, corrections and the journal, so the next opening starts afresh', async () => {
    const stores = createIndexedDbStores('circles-reset', { indexedDB: new IDBFactory() });
    await stores.journal.save(run('r1', '2026-01-01T10:00:00Z'));
    await stores.settings.saveUserModel({
      feedback: [{ contactId: 'c1', verdict: 'confirm', circle: 'clubs', at: '2026-01-01T00:00:00Z' }],
    });
    await stores.clearAll();
    expect(await stores.journal.list()).toEqual([]);
    expect(await stores.settings.loadSettings()).toBeUndefined();
    expect(await stores.settings.loadUserModel()).toEqual({ feedback: [] });
    stores.close();
  });

  it('keeps the imported positions and the owner company across openings, until forgotten or reset', async () => {
    const indexedDB = new IDBFactory();
    const kept = {
      file: 'Connections.csv',
      importedAt: '2026-12-07T14:00:00.000Z',
      positions: [['c1', { company: 'Initech', position: 'CTO', source: 'linkedin' as const }]] as const,
    };
    const first = createIndexedDbStores('circles-import', { indexedDB });
    expect(await first.importMemory.loadPositions()).toBeUndefined();
    await first.importMemory.savePositions(kept);
    await first.importMemory.saveOwnerCompany('Globex');
    first.close();
    const again = createIndexedDbStores('circles-import', { indexedDB });
    expect(await again.importMemory.loadPositions()).toEqual(kept);
    expect(await again.importMemory.loadOwnerCompany()).toBe('Globex');
    await again.importMemory.forgetPositions();
    expect(await again.importMemory.loadPositions()).toBeUndefined();
    // Forgetting the positions leaves the confirmed company; the reset forgets it too.
    expect(await again.importMemory.loadOwnerCompany()).toBe('Globex');
    await again.importMemory.savePositions(kept);
    await again.clearAll();
    expect(await again.importMemory.loadPositions()).toBeUndefined();
    expect(await again.importMemory.loadOwnerCompany()).toBeUndefined();
    again.close();
  });

  it('stores settings, the user model and delta links', async () => {
    const stores = createIndexedDbStores('circles-kv', { indexedDB: new IDBFactory() });
    expect(await stores.settings.loadSettings()).toBeUndefined();
    expect(await stores.settings.loadUserModel()).toEqual({ feedback: [] });
    const settings = {
      taxonomy: defaultTaxonomy,
      categoryPrefix: 'Cercle · ',
      mailboxSignals: 'off' as const,
      language: 'auto' as const,
      profile: { employers: [], schools: [], trainings: [], clubs: [] },
      onboarding: 'done' as const,
      savedAmbitions: [],
    };
    await stores.settings.saveSettings(settings);
    expect(await stores.settings.loadSettings()).toEqual(settings);
    await stores.settings.saveUserModel({
      feedback: [{ contactId: 'c1', verdict: 'confirm', circle: 'clubs', at: '2026-01-01T00:00:00Z' }],
    });
    expect((await stores.settings.loadUserModel()).feedback).toHaveLength(1);
    const sync = {
      deltaLink: 'https://graph/delta?$deltatoken=1',
      contacts: [
        { id: 'c1', displayName: 'Ada', emailAddresses: [], categories: [], businessPhones: [], homePhones: [] },
      ],
    };
    await stores.deltaLinks.set('folder-1', sync);
    expect(await stores.deltaLinks.get('folder-1')).toEqual(sync);
    await stores.deltaLinks.clear();
    expect(await stores.deltaLinks.get('folder-1')).toBeUndefined();
    stores.close();
  });

  describe('the network kept for the next opening', () => {
    const owner = (mail: string) => ({
      displayName: mail,
      mail,
      profile: { employers: [], schools: [], trainings: [], clubs: [] },
    });
    const network = (mail: string) =>
      keepNetwork(
        {
          owner: owner(mail),
          contacts: [
            { id: 'c1', displayName: 'Ada', emailAddresses: [], categories: [], businessPhones: [], homePhones: [] },
          ],
        },
        new Map([['c1', { contactId: 'c1', circle: 'clubs', confidence: 0.9, reasons: [], alternatives: [] }]]),
        new Date('2026-12-07T15:00:00Z'),
      )!;

    /** Writes a raw value where the network is kept, as a damaged or older record would be. */
    async function writeRaw(factory: IDBFactory, name: string, value: unknown): Promise<void> {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = factory.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('kv', 'readwrite');
        tx.objectStore('kv').put(value, 'network.memory');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }

    it('names its database for a worker only when it is the page’s own IndexedDB', () => {
      const own = createIndexedDbStores('circles-own');
      const test = createIndexedDbStores('circles-other', { indexedDB: new IDBFactory() });
      expect(own.networkMemory.database).toBe('circles-own');
      expect(test.networkMemory.database).toBeUndefined();
      own.close();
      test.close();
    });

    it('keeps it across reopenings, one per mailbox', async () => {
      const indexedDB = new IDBFactory();
      const claire = createIndexedDbStores('circles:claire@acme.fr', { indexedDB });
      const bob = createIndexedDbStores('circles:bob@acme.fr', { indexedDB });
      expect(await claire.networkMemory.load()).toBeUndefined();
      await claire.networkMemory.save(network('claire@acme.fr'));
      claire.close();
      const again = createIndexedDbStores('circles:claire@acme.fr', { indexedDB });
      expect(await again.networkMemory.load()).toEqual(network('claire@acme.fr'));
      // Another mailbox in the same browser never sees it.
      expect(await bob.networkMemory.load()).toBeUndefined();
      await again.networkMemory.forget();
      expect(await again.networkMemory.load()).toBeUndefined();
      again.close();
      bob.close();
    });

    it('forgets it with the rest of the browser data (Settings, "Reset this browser\'s data")', async () => {
      const stores = createIndexedDbStores('circles-reset-memory', { indexedDB: new IDBFactory() });
      await stores.networkMemory.save(network('claire@acme.fr'));
      await stores.clearAll();
      expect(await stores.networkMemory.load()).toBeUndefined();
      stores.close();
    });

    it('drops a record of another format version, and rejects a damaged one with a clear error', async () => {
      const indexedDB = new IDBFactory();
      const stores = createIndexedDbStores('circles-damaged', { indexedDB });
      await stores.networkMemory.save(network('claire@acme.fr'));
      stores.close();
      await writeRaw(indexedDB, 'circles-damaged', { ...network('claire@acme.fr'), version: KEPT_NETWORK_VERSION + 1 });
      const upgraded = createIndexedDbStores('circles-damaged', { indexedDB });
      expect(await upgraded.networkMemory.load()).toBeUndefined();
      upgraded.close();
      await writeRaw(indexedDB, 'circles-damaged', { ...network('claire@acme.fr'), contacts: [{ id: 1 }] });
      const damaged = createIndexedDbStores('circles-damaged', { indexedDB });
      await expect(damaged.networkMemory.load()).rejects.toThrow(UnreadableMemoryError);
      // Saving again replaces it.
      await damaged.networkMemory.save(network('claire@acme.fr'));
      expect(await damaged.networkMemory.load()).toEqual(network('claire@acme.fr'));
      damaged.close();
    });

    it('takes the read started ahead on one connection, once, and never over a newer write', async () => {
      const indexedDB = new IDBFactory();
      const first = createIndexedDbStores('circles:claire@acme.fr', { indexedDB });
      await first.networkMemory.save(network('claire@acme.fr'));
      first.close();
      const ahead = readAhead('circles:claire@acme.fr', { indexedDB });
      const stores = createIndexedDbStores('circles:claire@acme.fr', { indexedDB, ahead });
      // The pane paints it before reading the mailbox again; without a read ahead, it reads both at once.
      expect(stores.networkMemory.readingAhead).toBe(true);
      expect(first.networkMemory.readingAhead).toBe(false);
      expect(await stores.networkMemory.load()).toEqual(network('claire@acme.fr'));
      // One database connection: the stores work over the one the read opened.
      await stores.settings.saveUserModel({ feedback: [] });
      expect(await (await ahead.opening).get('kv', 'userModel')).toEqual({ feedback: [] });
      // Later loads read the database: what was written since is what they see.
      await stores.networkMemory.save(network('claire+new@acme.fr'));
      expect((await stores.networkMemory.load())?.owner.mail).toBe('claire+new@acme.fr');
      stores.close();

      // A save before the first load wins over the record read ahead.
      const again = readAhead('circles:claire@acme.fr', { indexedDB });
      const saving = createIndexedDbStores('circles:claire@acme.fr', { indexedDB, ahead: again });
      await saving.networkMemory.forget();
      expect(await saving.networkMemory.load()).toBeUndefined();
      saving.close();
    });

    it("closes a read started ahead of another mailbox's database and reads its own", async () => {
      const indexedDB = new IDBFactory();
      const claire = createIndexedDbStores('circles:claire@acme.fr', { indexedDB });
      await claire.networkMemory.save(network('claire@acme.fr'));
      claire.close();
      const ahead = readAhead('circles:claire@acme.fr', { indexedDB });
      const bob = createIndexedDbStores('circles:bob@acme.fr', { indexedDB, ahead });
      expect(bob.networkMemory.readingAhead).toBe(false);
      expect(await bob.networkMemory.load()).toBeUndefined();
      bob.close();
      // Closed: the connection read ahead can no longer start a transaction.
      const db = await ahead.opening;
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(() => db.transaction('kv')).toThrow();
    });

    it("takes the read the page's first script started, without idb, on the same connection", async () => {
      const indexedDB = new IDBFactory();
      const first = createIndexedDbStores('circles:claire@acme.fr', { indexedDB });
      await first.networkMemory.save(network('claire@acme.fr'));
      first.close();
      const open = jest.spyOn(indexedDB, 'open');
      const started = readRawAhead('circles:claire@acme.fr', indexedDB);
      const stores = createIndexedDbStores('circles:claire@acme.fr', {
        indexedDB,
        ahead: readAhead('circles:claire@acme.fr', { indexedDB, started }),
      });
      expect(await stores.networkMemory.load()).toEqual(network('claire@acme.fr'));
      await stores.settings.saveUserModel({ feedback: [] });
      expect(await stores.settings.loadUserModel()).toEqual({ feedback: [] });
      expect(open).toHaveBeenCalledTimes(1);
      stores.close();
    });

    it('a read ahead of a database never created creates nothing: the stores create it as without one', async () => {
      const indexedDB = new IDBFactory();
      const started = readRawAhead('circles:new@acme.fr', indexedDB);
      expect(await started.network).toBeUndefined();
      await expect(started.opening).rejects.toBeDefined();
      const stores = createIndexedDbStores('circles:new@acme.fr', {
        indexedDB,
        ahead: readAhead('circles:new@acme.fr', { indexedDB, started }),
      });
      expect(await stores.networkMemory.load()).toBeUndefined();
      await stores.networkMemory.save(network('new@acme.fr'));
      expect((await stores.networkMemory.load())?.owner.mail).toBe('new@acme.fr');
      stores.close();
    });
  });
});
