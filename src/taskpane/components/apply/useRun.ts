/**
 * The life of one apply or undo run as the UI shows it: idle, running (with progress and a way to stop),
 * done (with the summary), or failed. Also watches the shared journal for a run the ribbon command or
 * another pane is writing (shown as in progress) and for one whose writer died (offered to resume or undo).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunJournal, RunOrigin, RunProgress, RunSummary } from '../../../core/changes/types';
import type { CircleId } from '../../../core/circles/types';
import { useNetwork } from '../../state/network';

export type RunMode = 'apply' | 'undo';

export type RunPhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly mode: RunMode; readonly progress: RunProgress }
  | { readonly kind: 'done'; readonly mode: RunMode; readonly summary: RunSummary }
  | {
      readonly kind: 'error';
      readonly mode: RunMode;
      readonly message: string;
      /** Refused because another writer's run is live: where that run comes from. */
      readonly busy?: RunOrigin;
    };

export type RunControls = {
  readonly phase: RunPhase;
  readonly interrupted?: RunJournal;
  /** A run another writer is writing now (the ribbon command, another pane). */
  readonly live?: RunJournal;
  apply(assignments: ReadonlyMap<string, CircleId>): Promise<void>;
  undoLast(): Promise<void>;
  resumeInterrupted(): Promise<void>;
  undoInterrupted(): Promise<void>;
  cancel(): void;
  dismiss(): void;
};

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The origin of the live run that refused this one (the core's RunBusyError), if that is the error. */
function busyOrigin(e: unknown): RunOrigin | undefined {
  const error = e as { name?: unknown; run?: { origin?: RunOrigin } } | null;
  return error?.name === 'RunBusyError' ? error.run?.origin : undefined;
}

/** How often the pane looks at the shared journal for another writer's run. */
export const JOURNAL_WATCH_MS = 5_000;

export function useRun(): RunControls {
  const network = useNetwork();
  const [phase, setPhase] = useState<RunPhase>({ kind: 'idle' });
  const [interrupted, setInterrupted] = useState<RunJournal>();
  const [live, setLive] = useState<RunJournal>();
  const controller = useRef<AbortController | undefined>(undefined);
  const lookAgain = useRef<() => void>(() => undefined);
  const { findInterrupted, findLive } = network;

  useEffect(() => {
    let mounted = true;
    // A live run is never "interrupted" (see findInterruptedRun), so looking again while one runs is safe.
    const look = () => {
      findInterrupted?.()
        .then((run) => mounted && setInterrupted(run))
        .catch(() => undefined);
      findLive?.()
        .then((run) => mounted && setLive(run))
        .catch(() => undefined);
    };
    look();
    lookAgain.current = look;
    const timer = findLive ? setInterval(look, JOURNAL_WATCH_MS) : undefined;
    return () => {
      mounted = false;
      if (timer) clearInterval(timer);
    };
  }, [findInterrupted, findLive]);

  const run = useCallback(
    async (
      mode: RunMode,
      total: number,
      work: (onProgress: (p: RunProgress) => void, signal: AbortSignal) => Promise<RunSummary>,
    ) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setPhase({ kind: 'running', mode, progress: { done: 0, total, conflicts: 0, failed: 0 } });
      try {
        const summary = await work((progress) => setPhase({ kind: 'running', mode, progress }), abort.signal);
        setPhase({ kind: 'done', mode, summary });
      } catch (e) {
        setPhase({
          kind: 'error',
          mode,
          message: message(e),
          // Matched by name: the core's RunBusyError stays in the lazily loaded chunk of runs.
          ...(busyOrigin(e) ? { busy: busyOrigin(e)! } : {}),
        });
      } finally {
        if (controller.current === abort) controller.current = undefined;
        // This pane's own run has ended: its notice of "a run in progress" must not linger.
        lookAgain.current();
      }
    },
    [],
  );

  return {
    phase,
    ...(interrupted ? { interrupted } : {}),
    ...(live ? { live } : {}),
    apply: (assignments) =>
      run('apply', assignments.size, (onProgress, signal) =>
        network.applyAssignments(assignments, 'taskpane', onProgress, signal),
      ),
    undoLast: () => run('undo', 0, () => network.undoLast()),
    resumeInterrupted: async () => {
      const target = interrupted;
      if (!target || !network.resumeRun) return;
      setInterrupted(undefined);
      await run('apply', target.entries.length, (onProgress) => network.resumeRun!(target.runId, onProgress));
    },
    undoInterrupted: async () => {
      const target = interrupted;
      if (!target) return;
      setInterrupted(undefined);
      await run('undo', 0, () => network.undoRun(target.runId));
    },
    cancel: () => controller.current?.abort(),
    dismiss: () => setPhase({ kind: 'idle' }),
  };
}
