/**
 * Outlook's request budget, made visible: the Graph adapter reports each wait it must make to stay within
 * 10,000 requests per 10 minutes for the mailbox (`onPace`), and the pane shows until when it waits. A tiny
 * store rather than React state so the adapter, created before React, can report into it.
 */
export type PaceState = { readonly until: number } | undefined;

export type PacingSignal = {
  /** Called by the Graph adapter with the wait it is about to make. */
  readonly report: (waitMs: number) => void;
  readonly current: () => PaceState;
  readonly subscribe: (listener: () => void) => () => void;
};

export function createPacingSignal(now: () => number = Date.now): PacingSignal {
  let state: PaceState;
  const listeners = new Set<() => void>();
  return {
    report(waitMs) {
      state = { until: now() + waitMs };
      for (const listener of listeners) listener();
    },
    current: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
