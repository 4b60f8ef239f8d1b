/**
 * The views' chunks. Every view is its own chunk, the review too: the first chunk holds the shell (the
 * spinner that shows while the contacts are read), and the view asked for is fetched meanwhile (see
 * preloadView), so the first row does not wait for it. The views' strings are a chunk of their own, fetched
 * with the first view; every view waits for them.
 */
import type { ViewId } from './routing';

let strings: Promise<unknown> | undefined;
const viewStrings = () => (strings ??= import(/* webpackChunkName: "strings" */ './i18n/views'));
const withStrings =
  <T>(view: () => Promise<T>) =>
  (): Promise<T> =>
    Promise.all([view(), viewStrings()]).then(([v]) => v);

export const viewLoaders = {
  review: withStrings(() => import('./views/ReviewView').then((m) => ({ default: m.ReviewView }))),
  message: withStrings(() => import('./views/MessageView').then((m) => ({ default: m.MessageView }))),
  shortlist: withStrings(() => import('./views/ShortlistView').then((m) => ({ default: m.ShortlistView }))),
  map: withStrings(() => import('./views/MapView').then((m) => ({ default: m.MapView }))),
  keep: withStrings(() => import('./views/KeepInTouchView').then((m) => ({ default: m.KeepInTouchView }))),
  import: withStrings(() => import('./views/ImportView').then((m) => ({ default: m.ImportView }))),
  settings: withStrings(() => import('./views/SettingsView').then((m) => ({ default: m.SettingsView }))),
  onboarding: withStrings(() => import('./views/OnboardingView').then((m) => ({ default: m.OnboardingView }))),
};

// The navigation comes with the views (Fluent's focus manager, which its arrow keys use, is not needed before).
export const loadNav = withStrings(() => import('./components/nav/Nav').then((m) => ({ default: m.Nav })));

/** Starts fetching a view's chunk (the review's when none is asked for: it is the usual first view). */
export function preloadView(view: ViewId | undefined): void {
  void viewLoaders[view ?? 'review']().catch(() => undefined);
}
