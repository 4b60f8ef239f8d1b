import 'fake-indexeddb/auto'; // IDBRequest and friends as globals, as in a browser
import { IDBFactory } from 'fake-indexeddb';
import { defaultTaxonomy } from '../../core/circles';
import type { RunJournal } from '../../core/changes/types';
import { createIndexedDbStores } from './indexeddb';

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
});
