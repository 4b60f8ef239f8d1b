/**
 * The first module of the taskpane's entry (imported first by index.tsx, so it runs before React, Fluent and
 * the shell are even evaluated): starts what the first paint waits for and the page's own code need not
 * start — the kept network's read from IndexedDB and the download of the view asked for. Both go on off this
 * thread while the rest of the entry is parsed and run.
 */
import { startReadAhead } from '../app/readAhead';
import { parseView } from './routing';
import { preloadView } from './viewChunks';

if (typeof window !== 'undefined') {
  startReadAhead();
  preloadView(parseView(new URLSearchParams(window.location.search).get('view')));
}
