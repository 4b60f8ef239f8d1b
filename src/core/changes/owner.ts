/**
 * Who writes a run. The ribbon command and the pane (or two panes) share one journal per mailbox: each
 * apply, undo or resume owns its run and beats a heartbeat into it while it runs, so another writer can
 * tell a live run (wait, or say so) from a run whose owner died (offer Resume and Undo).
 */
import type { JournalStore } from '../ports';
import type { RunJournal } from './types';

/** How often a running run says it is alive. */
export const HEARTBEAT_MS = 10_000;
/**
 * After this long without a heartbeat a running run is taken as abandoned. Generous: a browser throttles the
 * timers of a hidden page (the command runs in one) to about once a minute.
 */
export const STALE_AFTER_MS = 75_000;

/** A run another writer is still writing: nobody else may resume, undo or start a run meanwhile. */
export class RunBusyError extends Error {
  override readonly name = 'RunBusyError';
  constructor(readonly run: RunJournal) {
    super(`Run ${run.runId} (${run.origin}) is still being written; try again when it has finished.`);
  }
}

let counter = 0;
/** A fresh owner id; unique enough between the pane and the command of one browser. */
export function newOwnerId(now: Date): string {
  counter = (counter + 1) % 1296;
  const random = Math.floor(Math.random() * 36 ** 6).toString(36);
  return `w-${now.getTime().toString(36)}-${counter.toString(36)}${random}`;
}

/** A run is live while it is running and its owner's last heartbeat is recent. */
export function isLive(run: RunJournal, now: Date): boolean {
  if (run.state !== 'running' || !run.owner || !run.heartbeatAt) return false;
  const age = now.getTime() - Date.parse(run.heartbeatAt);
  return age < STALE_AFTER_MS;
}

/** The most recent live run, if any (the command's or another pane's). */
export async function findLiveRun(journal: JournalStore, now: Date): Promise<RunJournal | undefined> {
  return (await journal.list()).find((r) => isLive(r, now));
}

/**
 * Takes a run over for a resume: atomically, and only when nobody live holds it (a dead owner's run can be
 * resumed; a live one cannot). The run is stored as running, owned by `owner`, with strict durability.
 */
export async function claimRun(journal: JournalStore, runId: string, owner: string, now: Date): Promise<RunJournal> {
  let busy: RunJournal | undefined;
  let missing = false;
  const claimed = await journal.update(
    runId,
    (stored) => {
      if (!stored) {
        missing = true;
        return undefined;
      }
      if (isLive(stored, now) && stored.owner !== owner) {
        busy = stored;
        return undefined;
      }
      if (stored.state === 'undone') return undefined;
      return {
        ...stored,
        state: 'running',
        owner,
        heartbeatAt: now.toISOString(),
        revision: (stored.revision ?? 0) + 1,
      };
    },
    { durability: 'strict' },
  );
  if (missing || !claimed) throw new Error(`No run ${runId} in the journal.`);
  if (busy) throw new RunBusyError(busy);
  if (claimed.state === 'undone') throw new Error(`Run ${runId} has been undone; it cannot be resumed.`);
  return claimed;
}

/** Marks a run undone, whatever else its writers stored meanwhile (only the state changes). */
export async function markUndone(journal: JournalStore, runId: string): Promise<void> {
  await journal.update(runId, (stored) =>
    stored && stored.state !== 'undone'
      ? { ...stored, state: 'undone', revision: (stored.revision ?? 0) + 1 }
      : undefined,
  );
}

/** Repeats `beat` every `ms` until stopped; the default uses the host's timers without keeping Node alive. */
export type Ticker = (ms: number, beat: () => void) => () => void;

type Timers = {
  setInterval?: (f: () => void, ms: number) => unknown;
  clearInterval?: (id: unknown) => void;
};

export const hostTicker: Ticker = (ms, beat) => {
  const timers = globalThis as Timers;
  if (!timers.setInterval || !timers.clearInterval) return () => undefined;
  const id = timers.setInterval(beat, ms);
  (id as { unref?: () => void } | null)?.unref?.();
  return () => timers.clearInterval!(id);
};
