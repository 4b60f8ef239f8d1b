/**
 * Applying, undoing and resuming category changes. Every change is journaled as pending before it is
 * sent and marked as its outcome arrives, so a run cut short (tab closed, crash, network gone) can be
 * resumed or undone from its journal alone.
 */
import type { CancelSignal, CategoryStore, ChangeOutcome, ContactWriter, JournalStore } from '../ports';
import { RunRecorder } from './journal';
import { rebaseCategories, sameCategories } from './plan';
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

const stamp = (deps: ChangeDeps) => (deps.now ? deps.now() : new Date()).toISOString();

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
  const recorder = new RunRecorder(deps.journal, run);
  await recorder.flush();
  try {
    if (input.specs.length) await deps.categories.ensureCategories(input.specs);
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
  const target = input.runId ? await deps.journal.get(input.runId) : await latestUndoable(deps.journal);
  if (!target) throw new Error(input.runId ? `No run ${input.runId} in the journal.` : 'No run to undo.');
  if (target.kind !== 'apply') throw new Error(`Run ${target.runId} is an undo; only apply runs can be undone.`);
  if (target.state === 'undone') throw new Error(`Run ${target.runId} has already been undone.`);

  // The journal knows what each applied change wrote and the etag Graph gave back: the restore is sent with
  // that etag (If-Match), and only a contact that changed since (412) is read. Pending entries, and applied
  // ones without an etag, may or may not have landed: those are read first.
  const touched = target.entries.filter((e) => e.status === 'applied' || e.status === 'pending');
  const known = touched.filter((e) => e.status === 'applied' && e.appliedEtag !== undefined);
  const unknown = touched.filter((e) => !(e.status === 'applied' && e.appliedEtag !== undefined));
  const current = unknown.length ? await deps.writer.readCategories(unknown.map((e) => e.contactId)) : new Map();
  const restores: PlannedChange[] = [];
  const notRestored: string[] = [];
  let unchanged = 0;
  const restore = (e: JournalEntry, etag: string | undefined, now: readonly string[]) =>
    restores.push({
      contactId: e.contactId,
      ...(etag !== undefined ? { etag } : {}),
      ...(e.displayName !== undefined ? { displayName: e.displayName } : {}),
      before: [...now],
      after: [...e.before],
    });
  for (const e of known) {
    if (sameCategories(e.after, e.before)) unchanged++;
    else restore(e, e.appliedEtag, e.after);
  }
  for (const e of unknown) {
    const now = current.get(e.contactId);
    if (!now) notRestored.push(e.contactId);
    else if (sameCategories(now.categories, e.after) && !sameCategories(e.after, e.before))
      restore(e, now.etag, now.categories);
    else if (sameCategories(now.categories, e.before)) unchanged++;
    else notRestored.push(e.contactId);
  }

  const recorder = new RunRecorder(deps.journal, {
    runId: newRunId(deps),
    kind: 'undo',
    origin: input.origin ?? target.origin,
    undoes: target.runId,
    startedAt: stamp(deps),
    state: 'running',
    entries: restores.map((c) => ({ ...c, status: 'pending' as const })),
  });
  await recorder.flush();
  await execute(deps, recorder, restores, input);
  for (const e of recorder.all()) if (e.status === 'conflict' || e.status === 'failed') notRestored.push(e.contactId);
  if (recorder.state === 'complete') await deps.journal.save({ ...target, state: 'undone' });
  return { summary: recorder.summary(unchanged), journal: recorder.run, notRestored };
}

/**
 * Finishes a run that stopped halfway. Pending and failed entries are checked against the contacts as
 * they are now: already in the after-state → applied; still in the before-state with the etag we read →
 * sent again; anything else changed meanwhile → conflict, never overwritten.
 */
export async function resumeRun(deps: ChangeDeps, runId: string, opts: RunOptions = {}): Promise<RunResult> {
  const run = await deps.journal.get(runId);
  if (!run) throw new Error(`No run ${runId} in the journal.`);
  if (run.state === 'undone') throw new Error(`Run ${runId} has been undone; it cannot be resumed.`);
  const recorder = new RunRecorder(deps.journal, { ...run, state: 'running' });
  await recorder.flush();
  try {
    if (run.kind === 'apply' && run.specs?.length) await deps.categories.ensureCategories(run.specs);
  } catch (error) {
    recorder.setHead({ state: 'interrupted', finishedAt: stamp(deps) });
    await recorder.flush();
    throw error;
  }
  const open = run.entries.filter((e) => e.status === 'pending' || e.status === 'failed');
  const current = open.length ? await deps.writer.readCategories(open.map((e) => e.contactId)) : new Map();
  const resend: PlannedChange[] = [];
  for (const e of open) {
    const now = current.get(e.contactId);
    if (!now) recorder.setEntry(e.contactId, { status: 'failed', error: 'contact-not-found' });
    else if (sameCategories(now.categories, e.after))
      recorder.setEntry(e.contactId, { status: 'applied', ...(now.etag ? { appliedEtag: now.etag } : {}) });
    else if (sameCategories(now.categories, e.before) && (e.etag === undefined || e.etag === now.etag))
      resend.push(toChange(e));
    else recorder.setEntry(e.contactId, { status: 'conflict' });
  }
  await execute(deps, recorder, resend, opts);
  if (run.kind === 'undo' && run.undoes && recorder.state === 'complete') {
    const target = await deps.journal.get(run.undoes);
    if (target) await deps.journal.save({ ...target, state: 'undone' });
  }
  return { summary: recorder.summary(0), journal: recorder.run };
}

/**
 * The most recent run that stopped before finishing (still marked running, or interrupted). Call it at
 * start-up, before this session starts a run of its own: a run in progress is also marked running.
 */
export async function findInterruptedRun(journal: JournalStore): Promise<RunJournal | undefined> {
  const runs = await journal.list();
  return runs.find((r) => r.state === 'running' || r.state === 'interrupted');
}

async function latestUndoable(journal: JournalStore): Promise<RunJournal | undefined> {
  const runs = await journal.list();
  return runs.find(
    (r) =>
      r.kind === 'apply' &&
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
 * a contact the user edited meanwhile (even another field) still gets its circle in the same run. An undo
 * sends its restore again only when the categories are still the ones the run wrote; any other edit is the
 * user's and is left alone (reported as a conflict).
 */
async function resolveConflicts(
  deps: ChangeDeps,
  recorder: RunRecorder,
  changes: readonly PlannedChange[],
  opts: RunOptions,
  record: (o: ChangeOutcome) => void,
) {
  const merge = recorder.run.kind === 'apply';
  let open = changes.filter((c) => recorder.entry(c.contactId)?.status === 'conflict');
  for (let round = 0; open.length && round < MAX_CONFLICT_ROUNDS && !opts.signal?.aborted; round++) {
    const current = await deps.writer.readCategories(open.map((c) => c.contactId));
    const again: PlannedChange[] = [];
    for (const c of open) {
      const now = current.get(c.contactId);
      if (!now) continue;
      if (sameCategories(now.categories, c.after)) {
        recorder.setEntry(c.contactId, { status: 'applied', ...(now.etag ? { appliedEtag: now.etag } : {}) });
        continue;
      }
      if (!merge && !sameCategories(now.categories, c.before)) continue;
      const after = merge ? rebaseCategories(c, now.categories) : [...c.after];
      const next: PlannedChange = {
        ...c,
        ...(now.etag !== undefined ? { etag: now.etag } : {}),
        before: [...now.categories],
        after,
      };
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
