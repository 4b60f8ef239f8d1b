/**
 * The page's first script, a kilobyte run as soon as it is in, before the pane's code is fetched and parsed (a
 * bundle of its own, async, first in taskpane.html). It starts what a second opening's first paint waits for
 * and nothing needs to decide: the kept network's read from IndexedDB (the pane's code takes it, see
 * app/readAhead.ts) and, once the page is parsed, the download of the chunks of the view asked for (the
 * review's when none is: the usual first view) and of the navigation, which the build lists in the page
 * (#circles-chunks). The pane's code then finds them in the browser's cache instead of asking for them once it
 * has been parsed and run.
 */
import { startRawReadAhead } from '../app/lastDatabase';
import { parseView } from './routing';

/** The build's list: the files of each view's chunks, and of the strings and the navigation they come with. */
type ChunkFiles = Readonly<Record<string, readonly string[]>>;

function preload(files: readonly string[]): void {
  // A chunk shared by the view and the navigation is asked for once.
  for (const href of new Set(files)) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'script';
    link.href = href;
    document.head.appendChild(link);
  }
}

/** The view's chunks, the strings and the navigation, from the build's list. */
function preloadView(): void {
  const list = document.getElementById('circles-chunks')?.textContent;
  if (!list) return;
  const chunks = JSON.parse(list) as ChunkFiles;
  const view = parseView(new URLSearchParams(window.location.search).get('view')) ?? 'review';
  preload([...(chunks[view] ?? []), ...(chunks.strings ?? []), ...(view === 'onboarding' ? [] : (chunks.nav ?? []))]);
}

// Only a head start: the pane's code reads and fetches all this itself.
const tried = (step: () => void) => {
  try {
    step();
  } catch (error) {
    console.warn('Circles: nothing started ahead', error);
  }
};

tried(startRawReadAhead);
// The chunks once the page is parsed, so after the pane's own script was asked for: asked for before it, they
// went first (a preload is fetched before a deferred script) and the pane's code came after twenty of them.
if (document.readyState === 'loading')
  document.addEventListener('readystatechange', () => tried(preloadView), { once: true });
else tried(preloadView);
