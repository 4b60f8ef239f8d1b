/**
 * Consent for the mailbox-signal scopes (Mail.ReadBasic, Calendars.ReadBasic), as the pane and the
 * command see it: whether a failed signals read was a refusal, and a way to ask again.
 */
import { SignalsConsentError } from '../adapters/graph/errors';

/** What the pane needs to offer "Try again" after a refusal. */
export type SignalsConsentControl = {
  /** Forgets the refusal, so the next signals read asks for consent again. */
  askAgain(): void;
};

/** Whether reading the signals failed because their scopes were refused (or need the pane to be asked). */
export const isSignalsConsentRefused = (error: unknown): boolean =>
  error instanceof SignalsConsentError ||
  (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'consent-refused');
