/**
 * The database the last session of this browser composed (noted by readAhead.ts), and the read of its kept
 * network started by the page's first script (src/taskpane/ahead.ts). A module of its own, without `idb` nor
 * the core: that script bundles it.
 */
import { readRawAhead, type RawReadAhead } from '../adapters/storage/ahead';

export const LAST_DATABASE = 'circles.lastDatabase';
/** Where the page's first script leaves its read for the pane's code (another bundle). */
const STARTED = '__circlesReadAhead';

type Holder = { [STARTED]?: RawReadAhead };

/** The last session's database, when there was one and the browser keeps local data. */
export function lastDatabase(): string | undefined {
  try {
    const name = globalThis.localStorage?.getItem(LAST_DATABASE);
    return name && typeof indexedDB !== 'undefined' ? name : undefined;
  } catch {
    // Storage refused (a locked-down browser): the pane reads its memory once composed, as before.
    return undefined;
  }
}

/** Starts reading the last session's database and leaves the read for the pane's code. */
export function startRawReadAhead(): void {
  const name = lastDatabase();
  if (name) (globalThis as Holder)[STARTED] = readRawAhead(name);
}

/** The read the page's first script started, once (undefined without that script: tests, or nothing kept). */
export function takeRawReadAhead(): RawReadAhead | undefined {
  const holder = globalThis as Holder;
  const raw = holder[STARTED];
  delete holder[STARTED];
  return raw;
}
