/**
 * Whether the demo's database holds the network the pane keeps for its next opening
 * (src/taskpane/state/memory.ts), for the browser tests and the taskpane bench.
 */
import type { Page } from 'playwright-core';

/** Evaluated in the page: self-contained, as page functions are. */
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

/**
 * Resolves once the page has kept its network. Polled from here: page.waitForFunction takes the promise the
 * check returns for a truthy answer, and would resolve at once.
 */
export async function waitUntilKept(page: Page, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(keptInIndexedDb))) {
    if (Date.now() > deadline) throw new Error(`The pane kept no network within ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
