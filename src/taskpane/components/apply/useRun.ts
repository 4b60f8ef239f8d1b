/**
 * The life of one apply or undo run as the UI shows it: idle, running (with progress and a way to stop),
 * done (with the summary), or failed. Also looks once for a run the journal says was interrupted.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunJournal, RunProgress, RunSummary } from '../../../core/changes/types';
import type { CircleId } from '../../../core/circles/types';
import { useNetwork } from '../../state/network';

export type RunMode = 'apply' | 'undo';

export type RunPhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly mode: RunMode; readonly progress: RunProgress }
  | { readonly kind: 'done'; readonly mode: RunMode; readonly summary: RunSummary }
  | { readonly kind: 'error'; readonly mode: RunMode; readonly message: string };

export type RunControls = {
  readonly phase: RunPhase;
  readonly interrupted?: RunJournal;
  apply(assignments: ReadonlyMap<string, CircleId>): Promise<void>;
  undoLast(): Promise<void>;
  resumeInterrupted(): Promise<void>;
  undoInterrupted(): Promise<void>;
  cancel(): void;
  dismiss(): void;
};

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function useRun(): RunControls {
  const network = useNetwork();
  const [phase, setPhase] = useState<RunPhase>({ kind: 'idle' });
  const [interrupted, setInterrupted] = useState<RunJournal>();
  const controller = useRef<AbortController | undefined>(undefined);
  const { findInterrupted } = network;

  useEffect(() => {
    let live = true;
    findInterrupted?.()
      .then((run) => live && setInterrupted(run))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [findInterrupted]);

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
        setPhase({ kind: 'error', mode, message: message(e) });
      } finally {
        if (controller.current === abort) controller.current = undefined;
      }
    },
    [],
  );

  return {
    phase,
    ...(interrupted ? { interrupted } : {}),
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
      if (!target || !network.undoRun) return;
      setInterrupted(undefined);
      await run('undo', 0, () => network.undoRun!(target.runId));
    },
    cancel: () => controller.current?.abort(),
    dismiss: () => setPhase({ kind: 'idle' }),
  };
}
