/**
 * The ExecuteFunction handler around categoriseByOrigin: builds the run's dependencies, runs it, and
 * ALWAYS calls event.completed() — Outlook shows a spinner and blocks the button until it is called, and
 * kills the FunctionFile after five minutes if it never is.
 */
import type { Language } from '../core/model';
import type { Notifier } from '../adapters/office/notifications';
import { categoriseByOrigin, failureKind, type CategoriseDeps, type CategoriseOutcome } from './categorise';
import { commandText } from './messages';

/** The part of Office.AddinCommands.Event the handler uses. */
export type CommandEvent = {
  completed(options?: { allowEvent?: boolean }): void;
};

export type HandlerWiring = {
  /** Builds the services for this run (sign-in, Graph, stores); may throw, e.g. when MSAL cannot start. */
  readonly deps: () => Promise<CategoriseDeps>;
  /** Used to report a failure that happens before the deps exist. */
  readonly notifier: Notifier;
  readonly language: () => Language;
  /** Told about each run's outcome (tests, telemetry-free diagnostics). */
  readonly onOutcome?: (outcome: CategoriseOutcome) => void;
};

export function createCommandHandler(wiring: HandlerWiring): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      const deps = await wiring.deps();
      wiring.onOutcome?.(await categoriseByOrigin(deps));
    } catch (error) {
      // Only wiring can land here: categoriseByOrigin reports its own failures and never throws.
      const reason = failureKind(error);
      const language = safeLanguage(wiring.language);
      const text = reason === 'sign-in' ? commandText.signInNeeded(language) : commandText.unexpected(language);
      await wiring.notifier.error(text).catch(() => undefined);
      wiring.onOutcome?.({ status: 'failed', reason, error });
    } finally {
      event.completed();
    }
  };
}

function safeLanguage(language: () => Language): Language {
  try {
    return language();
  } catch {
    return 'en';
  }
}
