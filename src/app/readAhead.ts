/**
 * The kept network read from the first line of the page. The database to read is named after the mailbox,
 * which Office tells only once it is ready (after the page's code has been fetched, parsed and run): so the
 * page reads the database the last session of this browser composed, noted here, and the composition takes
 * that read when it names the same database (src/adapters/storage/indexeddb.ts closes it otherwise).
 *
 * The read starts in the page's first script (src/taskpane/ahead.ts, before Office.js and the pane's code are
 * fetched), which leaves it on `window`; the pane's code takes it from there, or starts it itself.
 */
import { createIndexedDbStores, readAhead, type IndexedDbStores, type ReadAhead } from '../adapters/storage/indexeddb';
import { LAST_DATABASE, lastDatabase, takeRawReadAhead } from './lastDatabase';

let started: ReadAhead | undefined;

/** Takes the read the page's first script started, or starts it now (a page without that script: tests). */
export function startReadAhead(): void {
  const raw = takeRawReadAhead();
  const name = raw?.dbName ?? lastDatabase();
  if (name) started = readAhead(name, raw ? { started: raw } : {});
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
    // Storage refused: the next session reads its memory a little later.
  }
  return createIndexedDbStores(dbName, ahead ? { ahead } : {});
}
