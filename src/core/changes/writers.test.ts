/**
 * Two writers, one journal: the ribbon command and the pane share the run journal of a mailbox. Each run has
 * an owner and a heartbeat, writes merge into the stored run instead of replacing it, the first record is
 * written strictly before any request, and undo removes the master categories a run created once unused.
 */
import type { CategoryStore, ChangeOutcome, ContactSource, ContactWriter, JournalStore, JournalWrite } from '../ports';
import { contact } from '../testing/builders';
import { RunRecorder } from './journal';
import { createMemoryJournal } from './memory';
import { HEARTBEAT_MS, RunBusyError, STALE_AFTER_MS, claimRun, markUndone } from './owner';
import { findInterruptedRun, resumeRun, runApply, undoRun } from './run';
import type { PlannedChange, RunJournal } from './types';

/** A tiny mailbox: contacts with categories and etags, master categories, and a log of what was sent. */
function mailbox(initial: Record<string, string[]>, masters: string[] = ['VIP']) {
  let version = 0;
  const contacts = new Map(Object.entries(initial).map(([id, c]) => [id, { categories: c, etag: `e${version++}` }]));
  const master = new Set(masters);
  const log: string[] = [];
  const writer: ContactWriter = {
    async writeCategories(changes, options = {}) {
      const out: ChangeOutcome[] = [];
      for (const c of changes) {
        log.push(`write ${c.contactId}`);
        const now = contacts.get(c.contactId)!;
        now.categories = [...c.after];
        now.etag = `e${version++}`;
        const o: ChangeOutcome = { contactId: c.contactId, status: 'applied', etag: now.etag };
        out.push(o);
        options.onOutcome?.(o);
      }
      return out;
    },
    async readCategories(ids) {
      return new Map(ids.map((id) => [id, { ...contacts.get(id)!, categories: [...contacts.get(id)!.categories] }]));
    },
  };
  const categories: CategoryStore = {
    async ensureCategories(specs, options) {
      const missing = specs.map((s) => s.displayName).filter((n) => !master.has(n));
      if (missing.length) await options?.beforeCreate?.(missing);
      for (const n of missing) {
        log.push(`create ${n}`);
        master.add(n);
      }
      return missing;
    },
    async removeCategories(names) {
      for (const n of names) {
        log.push(`remove ${n}`);
        master.delete(n);
      }
    },
  };
  const source: ContactSource = {
    async listContacts() {
      return [...contacts].map(([id, c]) => contact({ id, categories: [...c.categories] }));
    },
  };
  const change = (id: string, after: string[]): PlannedChange => ({
    contactId: id,
    etag: contacts.get(id)!.etag,
    before: [...contacts.get(id)!.categories],
    after,
  });
  const tag = (id: string, categories: string[]) => contacts.set(id, { categories, etag: `e${version++}` });
  return { contacts, master, log, writer, categories, source, change, tag };
}

const specs = [{ displayName: 'Cercle · Clubs', color: 'preset5' as const }];
const clubs = (...rest: string[]) => [...rest, 'Cercle · Clubs'];

/** A clock the test moves by hand, and a ticker it fires by hand. */
function manualTime(start = Date.parse('2026-12-07T12:00:00Z')) {
  let t = start;
  const beats = new Set<() => void>();
  return {
    now: () => new Date(t),
    advance: (ms: number) => (t += ms),
    ticker: (_ms: number, beat: () => void) => {
      beats.add(beat);
      return () => beats.delete(beat);
    },
    beat: () => beats.forEach((b) => b()),
    beating: () => beats.size,
  };
}

const running = (over: Partial<RunJournal> = {}): RunJournal => ({
  runId: 'r-live',
  kind: 'apply',
  origin: 'command',
  startedAt: '2026-12-07T11:59:00Z',
  state: 'running',
  owner: 'w-command',
  heartbeatAt: '2026-12-07T12:00:00Z',
  entries: [
    { contactId: 'a', before: [], after: clubs(), status: 'pending' },
    { contactId: 'b', before: [], after: clubs(), status: 'pending' },
  ],
  ...over,
});

describe('two writers on one journal', () => {
  it('merges what each writer changed: neither loses the other’s entries', async () => {
    const time = manualTime();
    const journal = createMemoryJournal([running()]);
    const command = new RunRecorder(journal, running(), { now: time.now, ticker: time.ticker });
    const pane = new RunRecorder(journal, running({ owner: 'w-pane' }), { now: time.now, ticker: time.ticker });
    command.setEntry('a', { status: 'applied', appliedEtag: 'x1' });
    pane.setEntry('b', { status: 'conflict' });
    await Promise.all([command.flush(), pane.flush()]);
    const stored = (await journal.get('r-live'))!;
    expect(stored.entries.map((e) => [e.contactId, e.status])).toEqual([
      ['a', 'applied'],
      ['b', 'conflict'],
    ]);
    expect(stored.revision).toBeGreaterThanOrEqual(2);
    // Each writer now sees the other's entry too.
    expect(command.entry('b')?.status).toBe('conflict');
    expect(pane.entry('a')?.status).toBe('applied');
  });

  it('never turns an undone mark back into complete when the run’s writer saves late', async () => {
    const time = manualTime();
    const journal = createMemoryJournal([running()]);
    const late = new RunRecorder(journal, running(), { now: time.now, ticker: time.ticker });
    await markUndone(journal, 'r-live');
    late.setEntry('a', { status: 'applied' });
    late.setHead({ state: 'complete', finishedAt: time.now().toISOString() });
    await late.flush();
    const stored = (await journal.get('r-live'))!;
    expect(stored.state).toBe('undone');
    expect(stored.entries[0]!.status).toBe('applied');
  });

  it('beats a heartbeat while running and stops once the run ends', async () => {
    const time = manualTime();
    const journal = createMemoryJournal();
    const recorder = new RunRecorder(journal, running(), { now: time.now, ticker: time.ticker });
    await recorder.create();
    expect(time.beating()).toBe(1);
    time.advance(HEARTBEAT_MS);
    time.beat();
    await recorder.flush();
    expect((await journal.get('r-live'))!.heartbeatAt).toBe(time.now().toISOString());
    recorder.setHead({ state: 'complete' });
    await recorder.flush();
    expect(time.beating()).toBe(0);
  });

  it('shows a live run as in progress, not interrupted, and as interrupted once its heartbeat is stale', async () => {
    const time = manualTime();
    const journal = createMemoryJournal([running()]);
    expect(await findInterruptedRun(journal, time.now())).toBeUndefined();
    time.advance(STALE_AFTER_MS);
    expect((await findInterruptedRun(journal, time.now()))?.runId).toBe('r-live');
  });

  it('lets only one of two writers starting at the same instant run: the check and the first write are one step', async () => {
    const time = manualTime();
    const box = mailbox({ a: [], b: [] });
    const journal = createMemoryJournal();
    const deps = { ...box, contacts: box.source, journal, now: time.now, ticker: time.ticker };
    const started = await Promise.allSettled([
      runApply(deps, { changes: [box.change('a', clubs())], specs, origin: 'taskpane' }),
      runApply(deps, { changes: [box.change('b', clubs())], specs, origin: 'command' }),
    ]);
    expect(started.map((s) => s.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = started.find((s): s is PromiseRejectedResult => s.status === 'rejected')!;
    expect(refused.reason).toBeInstanceOf(RunBusyError);
    expect(await journal.list()).toHaveLength(1);
  });

  it('refuses to resume, undo or start beside a live run, with the run it waits for', async () => {
    const time = manualTime();
    const box = mailbox({ a: [], b: [], c: [] });
    const journal = createMemoryJournal([running()]);
    const deps = { ...box, contacts: box.source, journal, now: time.now, ticker: time.ticker };
    await expect(resumeRun(deps, 'r-live')).rejects.toBeInstanceOf(RunBusyError);
    await expect(undoRun(deps, { runId: 'r-live' })).rejects.toBeInstanceOf(RunBusyError);
    const busy = await runApply(deps, { changes: [box.change('c', clubs())], specs, origin: 'taskpane' }).catch(
      (e: unknown) => e,
    );
    expect(busy).toBeInstanceOf(RunBusyError);
    expect((busy as RunBusyError).run.origin).toBe('command');
    expect(box.log).toEqual([]);
    expect(await journal.list()).toHaveLength(1);
  });

  it('lets a dead owner’s run be resumed: the new writer takes it over and finishes it', async () => {
    const time = manualTime();
    const box = mailbox({ a: [], b: [] });
    const journal = createMemoryJournal([running()]);
    time.advance(STALE_AFTER_MS);
    const deps = { ...box, contacts: box.source, journal, now: time.now, ticker: time.ticker };
    const { journal: done } = await resumeRun(deps, 'r-live');
    expect(done.state).toBe('complete');
    expect(done.owner).not.toBe('w-command');
    expect(done.entries.map((e) => e.status)).toEqual(['applied', 'applied']);
    // Two panes racing for the same dead run: the second finds it live under the first and stands back.
    const other = createMemoryJournal([running()]);
    await claimRun(other, 'r-live', 'w-first', time.now());
    await expect(claimRun(other, 'r-live', 'w-second', time.now())).rejects.toBeInstanceOf(RunBusyError);
  });
});

describe('the first pending entry and the categories a run creates', () => {
  it('writes the whole pending record strictly before the first request, then the categories it will create', async () => {
    const time = manualTime();
    const box = mailbox({ a: ['VIP'], b: [] });
    const memory = createMemoryJournal();
    const writes: { durability?: string; statuses: string; created: string }[] = [];
    const record = (stored: RunJournal, options?: JournalWrite) => {
      box.log.push('journal');
      writes.push({
        ...(options?.durability ? { durability: options.durability } : {}),
        statuses: stored.entries.map((e) => e.status).join(','),
        created: (stored.createdCategories ?? []).join(','),
      });
    };
    const journal: JournalStore = {
      ...memory,
      create: async (run, refuse, options?: JournalWrite) => {
        const blocker = await memory.create(run, refuse, options);
        if (!blocker) record(run, options);
        return blocker;
      },
      update: async (id, change, options?: JournalWrite) => {
        const stored = await memory.update(id, change, options);
        record(stored!, options);
        return stored;
      },
    };
    const deps = { ...box, contacts: box.source, journal, now: time.now, ticker: time.ticker };
    await runApply(deps, {
      changes: [box.change('a', clubs('VIP')), box.change('b', clubs())],
      specs,
      origin: 'command',
    });
    expect(writes[0]).toEqual({ durability: 'strict', statuses: 'pending,pending', created: '' });
    expect(writes[1]).toEqual({ durability: 'strict', statuses: 'pending,pending', created: 'Cercle · Clubs' });
    expect(box.log.slice(0, 3)).toEqual(['journal', 'journal', 'create Cercle · Clubs']);
  });

  it('undo removes a master category the run created once no contact uses it, and never one it did not create', async () => {
    const time = manualTime();
    const box = mailbox({ a: ['VIP'], b: [] }, ['VIP', 'Rouge']);
    const journal = createMemoryJournal();
    const deps = { ...box, contacts: box.source, journal, now: time.now, ticker: time.ticker };
    const spec2 = [...specs, { displayName: 'Rouge', color: 'preset0' as const }];
    const applied = await runApply(deps, {
      changes: [box.change('a', clubs('VIP', 'Rouge')), box.change('b', clubs())],
      specs: spec2,
      origin: 'taskpane',
    });
    expect(applied.journal.createdCategories).toEqual(['Cercle · Clubs']);
    await undoRun(deps, {});
    expect([...box.master].sort()).toEqual(['Rouge', 'VIP']);
    expect(box.contacts.get('a')!.categories).toEqual(['VIP']);
  });

  it('keeps a category the run created while a contact still uses it', async () => {
    const time = manualTime();
    const box = mailbox({ a: [], b: [] });
    const journal = createMemoryJournal();
    const deps = { ...box, contacts: box.source, journal, now: time.now, ticker: time.ticker };
    await runApply(deps, { changes: [box.change('a', clubs())], specs, origin: 'taskpane' });
    // The user files someone else under the same category by hand.
    box.tag('b', clubs());
    await undoRun(deps, {});
    expect(box.master.has('Cercle · Clubs')).toBe(true);
    expect(box.log).not.toContain('remove Cercle · Clubs');
  });
});
