/**
 * Evaluated in the page (browser tests and the taskpane bench): whether the demo's database holds the network
 * the pane keeps for its next opening (src/taskpane/state/memory.ts). Self-contained, as page functions are.
 */
export const keptInIndexedDb = (): Promise<boolean> =>
  new Promise<boolean>((resolve) => {
    const opening = indexedDB.open('circles-demo');
    opening.onerror = () => resolve(false);
    opening.onsuccess = () => {
      const db = opening.result;
      if (!db.objectStoreNames.contains('kv')) return resolve(false);
      const get = db.transaction('kv').objectStore('kv').get('network.memory');
      get.onsuccess = () => resolve(get.result !== undefined);
      get.onerror = () => resolve(false);
      get.transaction?.addEventListener('complete', () => db.close());
    };
  });
