/**
 * Applying, undoing and resuming category changes. Every change is journaled as pending before it is
 * sent and marked as its outcome arrives, so a run cut short (tab closed, crash, network gone) can be
 * resumed or undone from its journal alone.
 */
import type { CancelSignal, CategoryStore, ChangeOutcome, ContactSource, ContactWriter, JournalStore } from '../ports';
import { RunRecorder } from './journal';
import { claimRun, isLive, markUndone, newOwnerId, RunBusyError, type Ticker } from './owner';
import { categoryKey } from './plan';
import { carryOver, holds, isNoop, restoreOf, type ContactState } from './state';
import type {
  CategorySpec,
  JournalEntry,
  PlannedChange,
  RunJournal,
  RunOrigin,
  RunProgress,
  RunSummary,
} from './types';

/** What apply, undo and resume need from the outside world. */
export type ChangeDeps = {
  readonly writer: ContactWriter;
  readonly journal: JournalStore;
  readonly categories: CategoryStore;
  /** Clock for the journal's timestamps; defaults to the system clock. */
  readonly now?: () => Date;
  /**
   * Every contact, read after an undo to tell which master categories the run created are no longer used
   * (those are removed). Without it, or without `categories.removeCategories`, they stay.
   */
  readonly contacts?: ContactSource;
  /** The heartbeat's timer; defaults to the host's setInterval. */
  readonly ticker?: Ticker;
};

export type RunOptions = {
  readonly signal?: CancelSignal;
  readonly onProgress?: (p: RunProgress) => void;
};

export type ApplyInput = RunOptions & {
  readonly changes: readonly PlannedChange[];
  readonly specs: readonly CategorySpec[];
  readonly origin: RunOrigin;
};

export type RunResult = { readonly summary: RunSummary; readonly journal: RunJournal };
export type UndoResult = RunResult & {
  /** Contacts that changed since the run (or vanished): left as they are, reported to the user. */
  readonly notRestored: string[];
};

const clock = (deps: ChangeDeps) => deps.now ?? (() => new Date());
const stamp = (deps: ChangeDeps) => clock(deps)().toISOString();

function recorderFor(deps: ChangeDeps, run: RunJournal): RunRecorder {
  return new RunRecorder(deps.journal, run, { now: clock(deps), ...(deps.ticker ? { ticker: deps.ticker } : {}) });
}

/**
 * Refuses to start an apply while another writer's run is live: two applies planned from the same read could
 * each add their own circle to one contact.
 */
/**
 * Ensures the run's master categories, journaling the names about to be created before any is sent, then
 * only those actually created (a 409: another writer made it first, so it is not ours to remove).
 */
async function ensureSpecs(recorder: RunRecorder, deps: ChangeDeps, specs: readonly CategorySpec[]): Promise<void> {
  if (!specs.length) return;
  const already = recorder.run.createdCategories ?? [];
  const created = await deps.categories.ensureCategories(specs, {
    beforeCreate: (names) =>
      recorder.commitHead({ createdCategories: union(already, names) }, { durability: 'strict' }),
  });
  if (!created) return;
  const intended = recorder.run.createdCategories ?? [];
  const made = new Set(created.map(categoryKey));
  const kept = intended.filter(
    (n) => made.has(categoryKey(n)) || already.some((a) => categoryKey(a) === categoryKey(n)),
  );
  if (kept.length !== intended.length) recorder.setHead({ createdCategories: kept });
}

const union = (a: readonly string[], b: readonly string[]) => {
  const keys = new Set(a.map(categoryKey));
  return [...a, ...b.filter((n) => !keys.has(categoryKey(n)))];
};

let sequence = 0;
function newRunId(deps: ChangeDeps): string {
  sequence = (sequence + 1) % 1296;
  const time = (deps.now ? deps.now() : new Date()).getTime().toString(36);
  const random = Math.floor(Math.random() * 36 ** 4).toString(36);
  return `run-${time}-${sequence.toString(36)}${random}`;
}

/** Applies planned changes: journal first, then master categories, then the contacts. */
export async function runApply(deps: ChangeDeps, input: ApplyInput): Promise<RunResult> {
  const run: RunJournal = {
    runId: newRunId(deps),
    kind: 'apply',
    origin: input.origin,
    startedAt: stamp(deps),
    state: 'running',
    owner: newOwnerId(clock(deps)()),
    heartbeatAt: stamp(deps),
    entries: input.changes.map((c) => ({ ...c, status: 'pending' as const })),
    specs: [...input.specs],
  };
  // Nothing to write: no journal entry, so "undo last run" still means the last run that changed something.
  if (!input.changes.length) {
    const done: RunJournal = { ...run, state: 'complete', finishedAt: run.startedAt };
    return {
      summary: { runId: run.runId, applied: 0, unchanged: 0, conflicts: 0, failed: 0, skipped: 0 },
      journal: done,
    };
  }
  const recorder = recorderFor(deps, run);
  // Strict: every pending entry is on disk before the first request, so a crash right after it can be undone.
  // The check for another live run is part of the same write: two writers starting together cannot both start.
  const live = await recorder.create((stored) => stored.find((r) => isLive(r, clock(deps)())));
  if (live) throw new RunBusyError(live);
  try {
    await ensureSpecs(recorder, deps, input.specs);
  } catch (error) {
    recorder.setHead({ state: 'interrupted', finishedAt: stamp(deps) });
    await recorder.flush();
    throw error;
  }
  await execute(deps, recorder, input.changes, input);
  return { summary: recorder.summary(0), journal: recorder.run };
}

/**
 * Undoes an apply run: contacts still in their after-state get their before-state back; the others
 * (changed since, or gone) are reported in `notRestored` and left alone.
 */
export async function undoRun(
  deps: ChangeDeps,
  input: RunOptions & { readonly runId?: string; readonly origin?: RunOrigin },
): Promise<UndoResult> {
  const target = input.runId ? await deps.journal.get(input.runId) : await latestUndoable(deps.journal, clock(deps)());
  if (!target) throw new Error(input.runId ? `No run ${input.runId} in the journal.` : 'No run to undo.');
  if (target.kind !== 'apply') throw new Error(`Run ${target.runId} is an undo; only apply runs can be undone.`);
  if (target.state === 'undone') throw new Error(`Run ${target.runId} has already been undone.`);
  // The run itself must have finished (or lost its writer). Another live run is no obstacle: restores are
  // sent with If-Match and a contact that run changed meanwhile is left alone.
  if (isLive(target, clock(deps)())) throw new RunBusyError(target);

  // The journal knows what each applied change wrote and the etag Graph gave back: the restore is sent with
  // that etag (If-Match), and only a contact that changed since (412) is read. Pending entries, and applied
  // ones without an etag, may or may not have landed: those are read first.
  const touched = target.entries.filter((e) => e.status === 'applied' || e.status === 'pending');
  const known = touched.filter((e) => e.status === 'applied' && e.appliedEtag !== undefined);
  const unknown = touched.filter((e) => !(e.status === 'applied' && e.appliedEtag !== undefined));
  const current: Map<string, ContactState> = unknown.length
    ? await deps.writer.readCategories(unknown.map((e) => e.contactId))
    : new Map();
  const restores: PlannedChange[] = [];
  const notRestored: string[] = [];
  let unchanged = 0;
  for (const e of known) {
    if (isNoop(e)) unchanged++;
    else
      restores.push(
        restoreOf(e, {
          categories: e.after,
          ...(e.appliedEtag !== undefined ? { etag: e.appliedEtag } : {}),
          ...(e.fields ? { fields: e.fields.after } : {}),
        }),
      );
  }
  for (const e of unknown) {
    const now = current.get(e.contactId);
    if (!now) notRestored.push(e.contactId);
    else if (holds(now, e, 'after') && !isNoop(e)) restores.push(restoreOf(e, now));
    else if (holds(now, e, 'before')) unchanged++;
    else notRestored.push(e.contactId);
  }

  const recorder = recorderFor(deps, {
    runId: newRunId(deps),
    kind: 'undo',
    origin: input.origin ?? target.origin,
    undoes: target.runId,
    startedAt: stamp(deps),
    state: 'running',
    owner: newOwnerId(clock(deps)()),
    heartbeatAt: stamp(deps),
    entries: restores.map((c) => ({ ...c, status: 'pending' as const })),
  });
  await recorder.create();
  await execute(deps, recorder, restores, input);
  for (const e of recorder.all()) if (e.status === 'conflict' || e.status === 'failed') notRestored.push(e.contactId);
  if (recorder.state === 'complete') await finishUndo(deps, target.runId);
  return { summary: recorder.summary(unchanged), journal: recorder.run, notRestored };
}

/**
 * Finishes a run that stopped halfway. Pending and failed entries are checked against the contacts as
 * they are now: already in the after-state → applied; still in the before-state with the etag we read →
 * sent again; anything else changed meanwhile → conflict, never overwritten.
 */
export async function resumeRun(deps: ChangeDeps, runId: string, opts: RunOptions = {}): Promise<RunResult> {
  // A live run belongs to its writer; a dead owner's run is taken over, atomically.
  const run = await claimRun(deps.journal, runId, newOwnerId(clock(deps)()), clock(deps)());
  const recorder = recorderFor(deps, run);
  recorder.startHeartbeat();
  const resend: PlannedChange[] = [];
  try {
    if (run.kind === 'apply' && run.specs?.length) await ensureSpecs(recorder, deps, run.specs);
    const open = run.entries.filter((e) => e.status === 'pending' || e.status === 'failed');
    const current: Map<string, ContactState> = open.length
      ? await deps.writer.readCategories(open.map((e) => e.contactId))
      : new Map();
    for (const e of open) {
      const now = current.get(e.contactId);
      if (!now) recorder.setEntry(e.contactId, { status: 'failed', error: 'contact-not-found' });
      else if (holds(now, e, 'after'))
        recorder.setEntry(e.contactId, { status: 'applied', ...(now.etag ? { appliedEtag: now.etag } : {}) });
      else if (holds(now, e, 'before') && (e.etag === undefined || e.etag === now.etag)) resend.push(toChange(e));
      else recorder.setEntry(e.contactId, { status: 'conflict' });
    }
  } catch (error) {
    recorder.setHead({ state: 'interrupted', finishedAt: stamp(deps) });
    await recorder.flush();
    throw error;
  }
  await execute(deps, recorder, resend, opts);
  if (run.kind === 'undo' && run.undoes && recorder.state === 'complete') await finishUndo(deps, run.undoes);
  return { summary: recorder.summary(0), journal: recorder.run };
}

/**
 * The most recent run that stopped before finishing (still marked running, or interrupted). Call it at
 * start-up, before this session starts a run of its own: a run in progress is also marked running.
 */
export async function findInterruptedRun(
  journal: JournalStore,
  now: Date = new Date(),
): Promise<RunJournal | undefined> {
  const runs = await journal.list();
  // A live run is not interrupted: its writer (the command, another pane) is still at it.
  return runs.find((r) => (r.state === 'running' && !isLive(r, now)) || r.state === 'interrupted');
}

/**
 * Marks the undone run, then removes the master categories it created that no contact uses any more. Never
 * one that existed before the run: only names the run journaled as created are candidates.
 */
async function finishUndo(deps: ChangeDeps, runId: string): Promise<void> {
  await markUndone(deps.journal, runId);
  const created = (await deps.journal.get(runId))?.createdCategories ?? [];
  if (!created.length || !deps.categories.removeCategories || !deps.contacts) return;
  const used = new Set((await deps.contacts.listContacts()).flatMap((c) => c.categories.map(categoryKey)));
  const unused = created.filter((n) => !used.has(categoryKey(n)));
  if (!unused.length) return;
  // The user may have put the category on a message or a meeting since: removing it from the list would strip
  // its colour there. When the store cannot look (no mail access), the run's own category goes as before; when
  // the look fails, it stays (an extra category in the list loses nothing).
  const elsewhere = deps.categories.usedOnItems
    ? await deps.categories.usedOnItems(unused).catch(() => new Set(unused.map(categoryKey)))
    : undefined;
  const removable = unused.filter((n) => !elsewhere?.has(categoryKey(n)));
  if (removable.length) await deps.categories.removeCategories(removable);
}

async function latestUndoable(journal: JournalStore, now: Date): Promise<RunJournal | undefined> {
  const runs = await journal.list();
  return runs.find(
    (r) =>
      r.kind === 'apply' &&
      !isLive(r, now) &&
      r.entries.some((e) => e.status === 'applied' || e.status === 'pending') &&
      (r.state === 'complete' || r.state === 'interrupted' || r.state === 'running' || r.state === 'cancelled'),
  );
}

function toChange(e: JournalEntry): PlannedChange {
  return {
    contactId: e.contactId,
    ...(e.etag !== undefined ? { etag: e.etag } : {}),
    ...(e.displayName !== undefined ? { displayName: e.displayName } : {}),
    before: e.before,
    after: e.after,
    ...(e.fields ? { fields: e.fields } : {}),
  };
}

/** Sends changes, records outcomes as they come, then settles the run's state. */
async function execute(
  deps: ChangeDeps,
  recorder: RunRecorder,
  changes: readonly PlannedChange[],
  opts: RunOptions,
): Promise<void> {
  const record = (o: ChangeOutcome) => {
    if (o.status === 'applied')
      recorder.setEntry(o.contactId, { status: 'applied', ...(o.etag ? { appliedEtag: o.etag } : {}) });
    else if (o.status === 'conflict') recorder.setEntry(o.contactId, { status: 'conflict' });
    else recorder.setEntry(o.contactId, { status: 'failed', error: o.error });
    opts.onProgress?.(recorder.progress());
  };
  try {
    if (changes.length) {
      await deps.writer.writeCategories(changes, {
        ...(opts.signal ? { signal: opts.signal } : {}),
        onOutcome: record,
      });
      await resolveConflicts(deps, recorder, changes, opts, record);
    }
  } catch (error) {
    recorder.setHead({ state: 'interrupted', finishedAt: stamp(deps) });
    await recorder.flush();
    throw error;
  }
  const open = changes.some((c) => recorder.entry(c.contactId)?.status === 'pending');
  const state = opts.signal?.aborted ? 'cancelled' : open ? 'interrupted' : 'complete';
  recorder.setHead({ state, finishedAt: stamp(deps) });
  await recorder.flush();
}

/** How many times a contact edited during the run is read again and its change merged and sent again. */
const MAX_CONFLICT_ROUNDS = 3;

/**
 * Contacts that answered 412 (changed since they were read) are read again. Already in the planned state:
 * applied (it can be our own earlier attempt, whose answer was lost). Otherwise an apply merges its change
 * into the categories the contact has now and sends it again with the new etag, a few rounds at most, so
 * a contact the user edited meanwhile (even another field) still gets its circle in the same run; a change
 * of the company or job title goes again only while those fields are as they were read (the user's own new
 * value is never overwritten). An undo sends its restore again only when the contact still holds what the
 * run wrote; any other edit is the user's and is left alone (reported as a conflict).
 */
async function resolveConflicts(
  deps: ChangeDeps,
  recorder: RunRecorder,
  changes: readonly PlannedChange[],
  opts: RunOptions,
  record: (o: ChangeOutcome) => void,
) {
  const mode = recorder.run.kind === 'apply' ? 'merge' : 'strict';
  let open = changes.filter((c) => recorder.entry(c.contactId)?.status === 'conflict');
  for (let round = 0; open.length && round < MAX_CONFLICT_ROUNDS && !opts.signal?.aborted; round++) {
    const current: Map<string, ContactState> = await deps.writer.readCategories(open.map((c) => c.contactId));
    const again: PlannedChange[] = [];
    for (const c of open) {
      const now = current.get(c.contactId);
      if (!now) continue;
      if (holds(now, c, 'after')) {
        recorder.setEntry(c.contactId, { status: 'applied', ...(now.etag ? { appliedEtag: now.etag } : {}) });
        continue;
      }
      const next = carryOver(c, now, mode);
      if (!next) continue;
      // The journal holds what is sent, so an undo restores the categories the user had at that moment.
      recorder.setEntry(c.contactId, {
        status: 'pending',
        before: next.before,
        after: next.after,
        ...(next.etag ? { etag: next.etag } : {}),
      });
      again.push(next);
    }
    if (!again.length) return;
    await deps.writer.writeCategories(again, { ...(opts.signal ? { signal: opts.signal } : {}), onOutcome: record });
    open = again.filter((c) => recorder.entry(c.contactId)?.status === 'conflict');
  }
}
