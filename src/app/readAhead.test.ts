import 'fake-indexeddb/auto';
import { keepNetwork } from '../core/usecases/memory';
import { startRawReadAhead } from './lastDatabase';
import { composeStores, startReadAhead } from './readAhead';

const kept = keepNetwork(
  {
    owner: {
      displayName: 'Claire',
      mail: 'claire@acme.fr',
      profile: { employers: [], schools: [], trainings: [], clubs: [] },
    },
    contacts: [
      { id: 'c1', displayName: 'Ada', emailAddresses: [], categories: [], businessPhones: [], homePhones: [] },
    ],
  },
  new Map(),
  new Date('2026-12-07T15:00:00Z'),
)!;

// The browser's localStorage, as the pane has it.
const storage = new Map<string, string>();
const localStorage = {
  getItem: (key: string) => storage.get(key) ?? null,
  setItem: (key: string, value: string) => void storage.set(key, value),
};
Object.assign(globalThis, { localStorage });

describe('the kept network read ahead of the composition', () => {
  beforeEach(() => storage.clear());

  it("reads the last session's database from the start, and the composition takes that read", async () => {
    startReadAhead(); // no session before: nothing to read
    const first = composeStores('circles:claire@acme.fr');
    expect(localStorage.getItem('circles.lastDatabase')).toBe('circles:claire@acme.fr');
    await first.networkMemory.save(kept);
    first.close();

    const open = jest.spyOn(indexedDB, 'open');
    startReadAhead();
    const stores = composeStores('circles:claire@acme.fr');
    expect(await stores.networkMemory.load()).toEqual(kept);
    // One opening of the database for the read and the stores.
    expect(open.mock.calls.map(([name]) => name)).toEqual(['circles:claire@acme.fr']);
    open.mockRestore();
    stores.close();
  });

  it("takes the read the page's first script started (one opening), and starts none itself then", async () => {
    const first = composeStores('circles:claire@acme.fr');
    await first.networkMemory.save(kept);
    first.close();

    const open = jest.spyOn(indexedDB, 'open');
    startRawReadAhead(); // ahead.ts, before the pane's code is fetched
    expect(open).toHaveBeenCalledTimes(1);
    startReadAhead(); // early.ts
    const stores = composeStores('circles:claire@acme.fr');
    expect(stores.networkMemory.readingAhead).toBe(true);
    expect(await stores.networkMemory.load()).toEqual(kept);
    expect(open.mock.calls.map(([name]) => name)).toEqual(['circles:claire@acme.fr']);
    open.mockRestore();
    stores.close();
  });

  it('reads its own database when the last session was another mailbox, and notes it for the next one', async () => {
    const claire = composeStores('circles:claire@acme.fr');
    await claire.networkMemory.save(kept);
    claire.close();
    startReadAhead();
    const bob = composeStores('circles:bob@acme.fr');
    expect(await bob.networkMemory.load()).toBeUndefined();
    expect(localStorage.getItem('circles.lastDatabase')).toBe('circles:bob@acme.fr');
    bob.close();
  });
});
