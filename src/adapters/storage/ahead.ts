/**
 * The kept network's read, started by the page's very first script (src/taskpane/ahead.ts, before Office.js and
 * the pane's own code are even fetched). Plain IndexedDB, no library: that script must stay a few hundred bytes.
 * The stores (indexeddb.ts) take this connection and this record, through `idb`'s wrap.
 */

/** The database's version and the record's place: indexeddb.ts writes them. */
export const DB_VERSION = 1;
export const KV_STORE = 'kv';
export const NETWORK_KEY = 'network.memory';

/** A database opened, and its kept network being read, before anything else of the page has run. */
export type RawReadAhead = {
  readonly dbName: string;
  readonly opening: Promise<IDBDatabase>;
  /** The kept network's record as stored (checked when the stores hand it out). */
  readonly network: Promise<unknown>;
};

/**
 * Opens the database and reads the kept network. A database that does not exist yet (or not at this version)
 * is neither created nor upgraded here: nothing is read, and the stores open it as they would without a read
 * ahead.
 */
export function readRawAhead(dbName: string, factory: IDBFactory = indexedDB): RawReadAhead {
  const opening = new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(dbName, DB_VERSION);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB: ${dbName} could not be opened`));
  });
  const network = opening.then(
    (db) =>
      new Promise<unknown>((resolve, reject) => {
        const request = db.transaction(KV_STORE, 'readonly').objectStore(KV_STORE).get(NETWORK_KEY);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB: the kept network could not be read'));
      }),
    // No database to open: nothing was kept in it.
    () => undefined,
  );
  // Failures surface where the record or the connection is used, not as unhandled rejections.
  opening.catch(() => undefined);
  network.catch(() => undefined);
  return { dbName, opening, network };
}
