/**
 * The views' chunks. Every view is its own chunk, the review too: the first chunk holds the shell (the
 * spinner that shows while the contacts are read), and the view asked for is fetched meanwhile (see
 * preloadView, and ahead.ts, which starts the download before the shell's code runs), so the first row does not
 * wait for it. The views' strings are a chunk of their own, fetched with the first view; every view waits for
 * them. Each chunk is named after its view: the build lists their files in the page for ahead.ts.
 *
 * A chunk already in is drawn at once (useChunk): no React.lazy nor Suspense on the way to the first view.
 * React reveals content that suspended no sooner than 300 ms after a Suspense fallback was last shown (its
 * retries are throttled), and lazy() suspended even over a chunk already loaded, since each render asked for
 * a new promise: the pane's first rows came a fixed 300 ms after the data and the code were both there.
 */
import { createElement, useEffect, useState, type ComponentType } from 'react';
import type { ViewId } from './routing';

/** Code fetched once (again after a failure); `value` is set once it is in. */
export type Chunk<T> = {
  load(): Promise<T>;
  readonly value: T | undefined;
};

export function chunk<T>(fetch: () => Promise<T>): Chunk<T> {
  let loading: Promise<T> | undefined;
  const c: { value: T | undefined; load(): Promise<T> } = {
    value: undefined,
    load: () =>
      (loading ??= fetch().then(
        (v) => (c.value = v),
        (error: unknown) => {
          // A chunk that could not be fetched (the network dropped) is fetched again when asked next.
          loading = undefined;
          throw error;
        },
      )),
  };
  return c;
}

let strings: Promise<unknown> | undefined;
// A failed fetch is not kept either: the next view asked for fetches the strings again.
const viewStrings = () =>
  (strings ??= import(/* webpackChunkName: "strings" */ './i18n/views').catch((error: unknown) => {
    strings = undefined;
    throw error;
  }));
const withStrings = <T>(view: Promise<T>): Promise<T> => Promise.all([view, viewStrings()]).then(([v]) => v);

/** What the shell gives a view: the onboarding's end (the other views take nothing). */
export type ViewProps = { readonly onDone: () => void };

const view = (fetch: () => Promise<ComponentType<ViewProps>>) => chunk(() => withStrings(fetch()));

export const viewChunks: Record<ViewId, Chunk<ComponentType<ViewProps>>> = {
  review: view(() => import(/* webpackChunkName: "review" */ './views/ReviewView').then((m) => m.ReviewView)),
  message: view(() => import(/* webpackChunkName: "message" */ './views/MessageView').then((m) => m.MessageView)),
  shortlist: view(() =>
    import(/* webpackChunkName: "shortlist" */ './views/ShortlistView').then((m) => m.ShortlistView),
  ),
  map: view(() => import(/* webpackChunkName: "map" */ './views/MapView').then((m) => m.MapView)),
  keep: view(() => import(/* webpackChunkName: "keep" */ './views/KeepInTouchView').then((m) => m.KeepInTouchView)),
  import: view(() => import(/* webpackChunkName: "import" */ './views/ImportView').then((m) => m.ImportView)),
  // Its one prop is for tests (what follows a reset): the pane reloads.
  settings: view(() =>
    import(/* webpackChunkName: "settings" */ './views/SettingsView').then((m) => () => createElement(m.SettingsView)),
  ),
  onboarding: view(() =>
    import(/* webpackChunkName: "onboarding" */ './views/OnboardingView').then((m) => m.OnboardingView),
  ),
};

// The navigation comes with the views (Fluent's focus manager, which its arrow keys use, is not needed before).
export const navChunk = chunk(() =>
  withStrings(import(/* webpackChunkName: "nav" */ './components/nav/Nav').then((m) => m.Nav)),
);

/**
 * Starts fetching a view's chunk (the review's when none is asked for: it is the usual first view), and the
 * navigation's, which every view but the onboarding shows above it.
 */
export function preloadView(view: ViewId | undefined): void {
  void viewChunks[view ?? 'review'].load().catch(() => undefined);
  if (view !== 'onboarding') void navChunk.load().catch(() => undefined);
}

/**
 * A chunk's value once it is in: at once when it already is, else after a render that says it is not (the
 * caller draws a spinner meanwhile). A chunk that cannot be fetched fails the render: ViewBoundary, above, says
 * so and draws it again on « Réessayer », which fetches it again.
 */
export function useChunk<T>(c: Chunk<T> | undefined): T | undefined {
  const [, loaded] = useState(0);
  const [failure, setFailure] = useState<{ readonly error: unknown }>();
  const value = c?.value;
  useEffect(() => {
    if (!c || value !== undefined) return undefined;
    let live = true;
    c.load().then(
      () => live && loaded((n) => n + 1),
      (error: unknown) => live && setFailure({ error }),
    );
    return () => {
      live = false;
    };
  }, [c, value]);
  if (failure) throw failure.error;
  return value;
}
