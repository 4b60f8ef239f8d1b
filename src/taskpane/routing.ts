/** The taskpane's views, chosen by `?view=` (the ribbon's "Ambition shortlist" opens `?view=shortlist`) or the nav. */
export type ViewId = 'message' | 'review' | 'map' | 'shortlist' | 'keep' | 'import' | 'settings' | 'onboarding';

export const navViews: readonly Exclude<ViewId, 'onboarding'>[] = [
  'message',
  'review',
  'map',
  'shortlist',
  'keep',
  'import',
  'settings',
];

/** The views with a tab of their own (the ribbon opens two of them); the others are in the "More" menu. */
export const mainViews = ['message', 'review', 'map', 'shortlist'] as const satisfies readonly ViewId[];
export const moreViews = ['keep', 'import', 'settings'] as const satisfies readonly ViewId[];

const all: readonly ViewId[] = [...navViews, 'onboarding'];

export function parseView(value: string | null): ViewId | undefined {
  return all.find((v) => v === value);
}

/** First run → onboarding; then the open message when there is one, else the review. */
export function defaultView(onboarding: 'pending' | 'done', hasMessage: 'yes' | 'no'): ViewId {
  if (onboarding === 'pending') return 'onboarding';
  return hasMessage === 'yes' ? 'message' : 'review';
}

/** Keeps `?view=` in the address so a reload (and the browser tests) land on the same view. */
export function writeViewToUrl(view: ViewId): void {
  if (typeof window === 'undefined' || !window.history?.replaceState) return;
  const url = new URL(window.location.href);
  url.searchParams.set('view', view);
  window.history.replaceState(window.history.state, '', url);
}

/**
 * The address to reload after this browser's data is erased: without `?view=`, which would win over the
 * onboarding the erase promises (« Les effacer relance l’accueil », review3 N14); the rest (`?lang=`) stays.
 */
export function restartUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('view');
  return url.toString();
}
