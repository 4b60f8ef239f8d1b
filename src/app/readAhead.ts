/**
 * The kept network read from the first line of the taskpane's code. The database to read is named after the
 * mailbox, which Office tells only once it is ready (after the page's code has been parsed and run): so the
 * page reads the database the last session of this browser composed, noted here, and the composition takes
 * that read when it names the same database (src/adapters/storage/indexeddb.ts closes it otherwise).
 */
import { createIndexedDbStores, readAhead, type IndexedDbStores, type ReadAhead } from '../adapters/storage/indexeddb';

const LAST_DATABASE = 'circles.lastDatabase';

let started: ReadAhead | undefined;

/** Starts reading the last session's database, when there was one (and the browser keeps local data). */
export function startReadAhead(): void {
  try {
    const name = globalThis.localStorage?.getItem(LAST_DATABASE);
    if (name && typeof indexedDB !== 'undefined') started = readAhead(name);
  } catch {
    // Storage refused (a locked-down browser): the pane reads its memory once composed, as before.
  }
}

/**
 * The stores over this mailbox's database, with the read started ahead when there is one (taken once), and
 * the name noted for the next session.
 */
export function composeStores(dbName: string): IndexedDbStores {
  const ahead = started;
  started = undefined;
  try {
    if (globalThis.localStorage?.getItem(LAST_DATABASE) !== dbName)
      globalThis.localStorage?.setItem(LAST_DATABASE, dbName);
  } catch {
    // As above: the next session reads its memory a little later.
  }
  return createIndexedDbStores(dbName, ahead ? { ahead } : {});
}
