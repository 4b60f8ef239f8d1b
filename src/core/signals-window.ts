import type { Window } from './ports';

/** How far back mailbox signals are read unless the user chooses otherwise (Settings). */
export const DEFAULT_SIGNALS_MONTHS = 24;

/** The choices offered in Settings. */
export const SIGNALS_MONTHS_CHOICES = [12, 24, 36, 60] as const;

/**
 * The window of mailbox signals: from midnight UTC `months` back. Whole days, so every part of the app
 * asking "now" within the same day asks for the same window (and the taskpane can share one read).
 */
export function signalsWindow(now: Date, months: number = DEFAULT_SIGNALS_MONTHS): Window {
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate()));
  return { since: since.toISOString() };
}
