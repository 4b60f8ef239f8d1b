/**
 * Whether the demo's database holds the network the pane keeps for its next opening
 * (src/taskpane/state/memory.ts), for the browser tests and the taskpane bench.
 */
import type { Page } from 'playwright-core';

/** When the kept network was saved (its savedAt), or undefined. Evaluated in the page: self-contained. */
export const keptSavedAt = (): Promise<string | undefined> =>
  new Promise<string | undefined>((resolve) => {
    const opening = indexedDB.open('circles-demo');
    opening.onerror = () => resolve(undefined);
    opening.onsuccess = () => {
      const db = opening.result;
      if (!db.objectStoreNames.contains('kv')) return resolve(undefined);
      const get = db.transaction('kv').objectStore('kv').get('network.memory');
      get.onsuccess = () => {
        const record = get.result as { savedAt?: unknown } | undefined;
        resolve(typeof record?.savedAt === 'string' ? record.savedAt : undefined);
      };
      get.onerror = () => resolve(undefined);
      get.transaction?.addEventListener('complete', () => db.close());
    };
  });

/**
 * Resolves once the page has kept its network (one saved after `after`, an ISO instant, when given). Polled
 * from here: page.waitForFunction takes the promise the check returns for a truthy answer, and would resolve
 * at once.
 */
export async function waitUntilKept(page: Page, timeoutMs = 60000, after?: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const kept = async () => {
    const savedAt = await page.evaluate(keptSavedAt);
    return savedAt !== undefined && (after === undefined || savedAt > after);
  };
  while (!(await kept())) {
    if (Date.now() > deadline) throw new Error(`The pane kept no network within ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
