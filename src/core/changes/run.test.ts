import type { CategoryStore, ChangeOutcome, ContactSource, ContactWriter, JournalStore } from '../ports';
import { contact } from '../testing/builders';
import { createMemoryJournal } from './memory';
import { STALE_AFTER_MS } from './owner';
import { findInterruptedRun, resumeRun, runApply, undoRun } from './run';
import { fieldNames, writesCategories } from './state';
import type { ContactFields, PlannedChange } from './types';

type Stored = { categories: string[]; etag: string; fields?: ContactFields };

/**
 * An in-memory mailbox behind the ContactWriter port, with etags like Graph's. `script` decides what
 * happens to each write before it reaches the mailbox.
 */
function memoryMailbox(initial: Record<string, string[]>) {
  let version = 0;
  const contacts = new Map<string, Stored>(
    Object.entries(initial).map(([id, categories]) => [id, { categories, etag: `e${version++}` }]),
  );
  const sent: PlannedChange[] = [];
  let script: (c: PlannedChange) => 'ok' | 'fail' | 'lose-answer' | 'crash' = () => 'ok';
  const writer: ContactWriter = {
    async writeCategories(changes, options = {}) {
      const out: ChangeOutcome[] = [];
      for (const c of changes) {
        if (options.signal?.aborted) break;
        sent.push(c);
        const what = script(c);
        if (what === 'crash') throw new Error('network gone');
        const current = contacts.get(c.contactId);
        let outcome: ChangeOutcome;
        if (!current) outcome = { contactId: c.contactId, status: 'failed', error: 'not-found' };
        else if (what === 'fail') outcome = { contactId: c.contactId, status: 'failed', error: '500' };
        else if (c.etag && c.etag !== current.etag) outcome = { contactId: c.contactId, status: 'conflict' };
        else {
          // As Graph: only what the change writes is sent (see the Graph adapter's patchBody).
          if (writesCategories(c)) current.categories = [...c.after];
          for (const name of fieldNames(c)) current.fields = { ...current.fields, [name]: c.fields?.after[name] };
          current.etag = `e${version++}`;
          // The change landed but the answer was lost: the next attempt with the old etag gets 412.
          if (what === 'lose-answer') {
            outcome = { contactId: c.contactId, status: 'conflict' };
          } else outcome = { contactId: c.contactId, status: 'applied', etag: current.etag };
        }
        out.push(outcome);
        options.onOutcome?.(outcome);
      }
      return out;
    },
    async readCategories(ids) {
      return new Map(ids.flatMap((id) => (contacts.has(id) ? [[id, { ...contacts.get(id)! }] as const] : [])));
    },
  };
  const ensured: string[][] = [];
  // The mailbox's master categories, as Outlook keeps them (case-insensitive names).
  const masters = new Set<string>(['VIP', 'Rouge']);
  const categories: CategoryStore = {
    async ensureCategories(specs, options) {
      ensured.push(specs.map((s) => s.displayName));
      const missing = specs.map((s) => s.displayName).filter((n) => !masters.has(n));
      if (missing.length) await options?.beforeCreate?.(missing);
      missing.forEach((n) => masters.add(n));
      return missing;
    },
    async removeCategories(names) {
      names.forEach((n) => masters.delete(n));
    },
  };
  const edit = (id: string, categoriesNow: string[], fields = contacts.get(id)?.fields) =>
    contacts.set(id, { categories: categoriesNow, etag: `e${version++}`, ...(fields ? { fields } : {}) });
  const change = (id: string, after: string[]): PlannedChange => ({
    contactId: id,
    etag: contacts.get(id)!.etag,
    before: [...contacts.get(id)!.categories],
    after,
  });
  const source: ContactSource = {
    async listContacts() {
      return [...contacts].map(([id, c]) => contact({ id, categories: [...c.categories] }));
    },
  };
  return {
    stored: contacts,
    contacts: source,
    writer,
    categories,
    masters,
    ensured,
    sent,
    edit,
    change,
    setScript: (s: typeof script) => (script = s),
  };
}

const specs = [{ displayName: 'Cercle · Clubs', color: 'preset5' as const }];

describe('runApply', () => {
  it('journals every change as pending before the first write', async () => {
    const box = memoryMailbox({ a: ['VIP'], b: [] });
    const memory = createMemoryJournal();
    const events: string[] = [];
    const journal: JournalStore = {
      ...memory,
      create: async (run, refuse, options) => {
        const blocker = await memory.create(run, refuse, options);
        if (!blocker) events.push(`create ${run.entries.map((e) => e.status).join(',')}`);
        return blocker;
      },
      update: async (id, change, options) => {
        const stored = await memory.update(id, change, options);
        events.push(`save ${stored?.entries.map((e) => e.status).join(',')}`);
        return stored;
      },
    };
    box.setScript((c) => (events.push(`write ${c.contactId}`), 'ok'));
    const changes = [box.change('a', ['VIP', 'Cercle · Clubs']), box.change('b', ['Cercle · Clubs'])];
    const { summary, journal: run } = await runApply({ ...box, journal }, { changes, specs, origin: 'taskpane' });
    expect(events[0]).toBe('create pending,pending');
    expect(events.indexOf('write a')).toBeGreaterThan(0);
    expect(events[events.length - 1]).toBe('save applied,applied');
    expect(summary).toMatchObject({ applied: 2, conflicts: 0, failed: 0 });
    expect(run.state).toBe('complete');
    expect(run.entries.every((e) => e.status === 'applied' && e.appliedEtag)).toBe(true);
    expect(box.ensured).toEqual([['Cercle · Clubs']]);
    expect(await memory.get(run.runId)).toEqual(run);
  });

  it('merges the circle into a contact edited since it was read (412), keeping the user’s edit', async () => {
    const box = memoryMailbox({ a: ['VIP'] });
    const changes = [box.change('a', ['VIP', 'Cercle · Clubs'])];
    box.edit('a', ['VIP', 'Rouge']);
    const journal = createMemoryJournal();
    const { summary, journal: run } = await runApply({ ...box, journal }, { changes, specs, origin: 'cli' });
    expect(summary).toMatchObject({ applied: 1, conflicts: 0 });
    expect(box.stored.get('a')?.categories).toEqual(['VIP', 'Rouge', 'Cercle · Clubs']);
    // The journal holds what was written, so undo gives back the user's edit, not the first read.
    expect(run.entries[0]).toMatchObject({ before: ['VIP', 'Rouge'], after: ['VIP', 'Rouge', 'Cercle · Clubs'] });
    await undoRun({ ...box, journal }, { runId: run.runId });
    expect(box.stored.get('a')?.categories).toEqual(['VIP', 'Rouge']);
  });

  it('undoes with the etag the run got back, reading nothing unless a contact changed since (412)', async () => {
    const box = memoryMailbox({ a: [], b: [], c: [] });
    const journal = createMemoryJournal();
    const changes = ['a', 'b', 'c'].map((id) => box.change(id, ['Cercle · Clubs']));
    const { journal: run } = await runApply({ ...box, journal }, { changes, specs, origin: 'cli' });
    const reads = jest.spyOn(box.writer, 'readCategories');
    // Another field of b is edited elsewhere: its etag changes, its categories do not.
    box.edit('b', ['Cercle · Clubs']);
    const undone = await undoRun({ ...box, journal }, { runId: run.runId });
    expect(undone.summary).toMatchObject({ applied: 3, conflicts: 0 });
    expect(reads.mock.calls.map((c) => [...c[0]])).toEqual([['b']]);
    for (const id of ['a', 'b', 'c']) expect(box.stored.get(id)?.categories).toEqual([]);
  });

  it('counts a change whose answer was lost as applied when the contact is in its planned state', async () => {
    const box = memoryMailbox({ a: [] });
    box.setScript(() => 'lose-answer');
    const { summary } = await runApply(
      { ...box, journal: createMemoryJournal() },
      { changes: [box.change('a', ['Cercle · Clubs'])], specs, origin: 'cli' },
    );
    expect(summary).toMatchObject({ applied: 1, conflicts: 0 });
  });

  it('marks the run interrupted when the writer fails outright, and findInterruptedRun finds it', async () => {
    const box = memoryMailbox({ a: [], b: [] });
    const journal = createMemoryJournal();
    box.setScript((c) => (c.contactId === 'b' ? 'crash' : 'ok'));
    const changes = [box.change('a', ['Cercle · Clubs']), box.change('b', ['Cercle · Clubs'])];
    await expect(runApply({ ...box, journal }, { changes, specs, origin: 'cli' })).rejects.toThrow('network gone');
    const interrupted = await findInterruptedRun(journal);
    expect(interrupted?.state).toBe('interrupted');
    expect(interrupted?.entries.map((e) => e.status)).toEqual(['applied', 'pending']);
  });

  it('stops sending when cancelled and says so', async () => {
    const box = memoryMailbox({ a: [], b: [] });
    const signal = { aborted: false };
    box.setScript(() => {
      signal.aborted = true;
      return 'ok';
    });
    const changes = [box.change('a', ['Cercle · Clubs']), box.change('b', ['Cercle · Clubs'])];
    const { journal } = await runApply(
      { ...box, journal: createMemoryJournal() },
      { changes, specs, origin: 'cli', signal },
    );
    expect(journal.state).toBe('cancelled');
    expect(box.stored.get('b')?.categories).toEqual([]);
  });
});

describe('resumeRun', () => {
  it('finishes a run from its journal: applied ones are confirmed, untouched ones sent, edited ones left', async () => {
    const box = memoryMailbox({ a: [], b: ['VIP'], c: [] });
    const journal = createMemoryJournal();
    const changes = [
      box.change('a', ['Cercle · Clubs']),
      box.change('b', ['VIP', 'Cercle · Clubs']),
      box.change('c', ['Cercle · Clubs']),
    ];
    box.setScript((c) => (c.contactId === 'a' ? 'ok' : 'crash'));
    const failed = await runApply({ ...box, journal }, { changes, specs, origin: 'cli' }).catch(() => undefined);
    expect(failed).toBeUndefined();
    const runId = (await findInterruptedRun(journal))!.runId;
    box.edit('c', ['Mine']);
    box.setScript(() => 'ok');
    const sentBefore = box.sent.length;
    const { journal: run } = await resumeRun({ ...box, journal }, runId);
    expect(run.state).toBe('complete');
    expect(Object.fromEntries(run.entries.map((e) => [e.contactId, e.status]))).toEqual({
      a: 'applied',
      b: 'applied',
      c: 'conflict',
    });
    expect(box.sent.slice(sentBefore).map((c) => c.contactId)).toEqual(['b']);
    expect(box.stored.get('c')?.categories).toEqual(['Mine']);
    expect(box.ensured).toHaveLength(2);
  });
});

describe('undoRun', () => {
  it('restores the before-state of contacts still in their after-state and reports the others', async () => {
    const box = memoryMailbox({ a: ['VIP'], b: ['Rouge'], c: [] });
    const journal = createMemoryJournal();
    const changes = [
      box.change('a', ['VIP', 'Cercle · Clubs']),
      box.change('b', ['Rouge', 'Cercle · Clubs']),
      box.change('c', ['Cercle · Clubs']),
    ];
    const applied = await runApply({ ...box, journal }, { changes, specs, origin: 'taskpane' });
    box.edit('b', ['Rouge', 'Cercle · Clubs', 'Ajouté ensuite']);
    box.stored.delete('c');
    const undone = await undoRun({ ...box, journal }, {});
    expect(box.stored.get('a')?.categories).toEqual(['VIP']);
    expect(box.stored.get('b')?.categories).toEqual(['Rouge', 'Cercle · Clubs', 'Ajouté ensuite']);
    expect(undone.notRestored.sort()).toEqual(['b', 'c']);
    expect(undone.journal).toMatchObject({ kind: 'undo', undoes: applied.journal.runId, state: 'complete' });
    expect((await journal.get(applied.journal.runId))?.state).toBe('undone');
    await expect(undoRun({ ...box, journal }, { runId: applied.journal.runId })).rejects.toThrow('already been undone');
  });

  it('undoes an interrupted run, including changes that landed before their answer came back', async () => {
    const box = memoryMailbox({ a: ['VIP'], b: [] });
    const journal = createMemoryJournal();
    // The journal never learns that "a" was applied: the store stops saving after the first write.
    let frozen = false;
    const mortal: JournalStore = {
      ...journal,
      update: async (id, change, options) => (frozen ? journal.get(id) : journal.update(id, change, options)),
    };
    box.setScript((c) => {
      frozen = true;
      return c.contactId === 'a' ? 'ok' : 'crash';
    });
    const changes = [box.change('a', ['VIP', 'Cercle · Clubs']), box.change('b', ['Cercle · Clubs'])];
    await runApply({ ...box, journal: mortal }, { changes, specs, origin: 'cli' }).catch(() => undefined);
    expect((await journal.list())[0]?.entries.map((e) => e.status)).toEqual(['pending', 'pending']);
    // Later, once the dead writer's heartbeat is stale.
    const undone = await undoRun({ ...box, journal, now: () => new Date(Date.now() + STALE_AFTER_MS) }, {});
    expect(box.stored.get('a')?.categories).toEqual(['VIP']);
    expect(box.stored.get('b')?.categories).toEqual([]);
    expect(undone.notRestored).toEqual([]);
    expect(undone.summary).toMatchObject({ applied: 1, unchanged: 1 });
  });

  it('undoes the last run that changed something, not a later apply that had nothing to do', async () => {
    const box = memoryMailbox({ a: [] });
    const journal = createMemoryJournal();
    const first = await runApply(
      { ...box, journal },
      { changes: [box.change('a', ['Cercle · Clubs'])], specs, origin: 'cli' },
    );
    const second = await runApply({ ...box, journal }, { changes: [], specs, origin: 'cli' });
    expect(second.summary.applied).toBe(0);
    expect(await journal.list()).toHaveLength(1);
    const undone = await undoRun({ ...box, journal }, {});
    expect(undone.journal.undoes).toBe(first.journal.runId);
    expect(box.stored.get('a')?.categories).toEqual([]);
  });

  it('says clearly when there is nothing to undo', async () => {
    const box = memoryMailbox({});
    await expect(undoRun({ ...box, journal: createMemoryJournal() }, {})).rejects.toThrow('No run to undo.');
  });
});

describe('changes of the company and job title', () => {
  const position = (box: ReturnType<typeof memoryMailbox>, id: string, after: ContactFields): PlannedChange => {
    const now = box.stored.get(id)!;
    const before: ContactFields = {};
    for (const name of Object.keys(after) as (keyof ContactFields)[])
      if (now.fields?.[name]) before[name] = now.fields[name];
    return { ...box.change(id, [...now.categories]), fields: { before, after } };
  };
  const withFields = (fields: Record<string, ContactFields>) => {
    const box = memoryMailbox(Object.fromEntries(Object.keys(fields).map((id) => [id, ['VIP']])));
    for (const [id, f] of Object.entries(fields)) box.edit(id, ['VIP'], f);
    return box;
  };

  it('sends the company and job title only, leaving the categories and master categories alone', async () => {
    const box = withFields({ a: { companyName: 'Old Co', jobTitle: 'Analyst' }, b: { companyName: 'Same' } });
    const changes = [
      position(box, 'a', { companyName: 'New Co', jobTitle: 'Head of Purchasing' }),
      position(box, 'b', { jobTitle: 'CTO' }),
    ];
    const { summary } = await runApply(
      { ...box, journal: createMemoryJournal() },
      { changes, specs: [], origin: 'import' },
    );
    expect(summary.applied).toBe(2);
    expect(box.stored.get('a')).toMatchObject({
      categories: ['VIP'],
      fields: { companyName: 'New Co', jobTitle: 'Head of Purchasing' },
    });
    expect(box.ensured).toEqual([]);
  });

  it('undo restores the fields, leaving a category the user added since', async () => {
    const box = withFields({ a: { companyName: 'Old Co', jobTitle: 'Analyst' }, b: {} });
    const deps = { ...box, journal: createMemoryJournal() };
    const changes = [
      position(box, 'a', { companyName: 'New Co', jobTitle: 'Head' }),
      position(box, 'b', { companyName: 'Fabrikam' }),
    ];
    await runApply(deps, { changes, specs: [], origin: 'import' });
    box.edit('a', ['VIP', 'Mine']);
    const { summary, notRestored } = await undoRun(deps, {});
    expect([summary.applied, notRestored]).toEqual([2, []]);
    expect(box.stored.get('a')).toMatchObject({
      categories: ['VIP', 'Mine'],
      fields: { companyName: 'Old Co', jobTitle: 'Analyst' },
    });
    expect(box.stored.get('b')?.fields?.companyName).toBeUndefined();
  });

  it('goes again after a 412 from another edit, but never over a company the user changed meanwhile', async () => {
    const box = withFields({ a: { companyName: 'Old Co' }, b: { companyName: 'Old Co' } });
    const changes = [position(box, 'a', { companyName: 'New Co' }), position(box, 'b', { companyName: 'New Co' })];
    box.edit('a', ['VIP', 'Rouge']);
    box.edit('b', ['VIP'], { companyName: 'Typed by the user' });
    const { summary } = await runApply(
      { ...box, journal: createMemoryJournal() },
      { changes, specs: [], origin: 'import' },
    );
    expect([summary.applied, summary.conflicts]).toEqual([1, 1]);
    expect(box.stored.get('a')).toMatchObject({ categories: ['VIP', 'Rouge'], fields: { companyName: 'New Co' } });
    expect(box.stored.get('b')?.fields?.companyName).toBe('Typed by the user');
  });

  it('undo leaves a company the user changed after the run', async () => {
    const box = withFields({ a: { companyName: 'Old Co' } });
    const deps = { ...box, journal: createMemoryJournal() };
    await runApply(deps, { changes: [position(box, 'a', { companyName: 'New Co' })], specs: [], origin: 'import' });
    box.edit('a', ['VIP'], { companyName: 'Newer Co' });
    const { notRestored } = await undoRun(deps, {});
    expect(notRestored).toEqual(['a']);
    expect(box.stored.get('a')?.fields?.companyName).toBe('Newer Co');
  });
});
