/**
 * A crash at the first write, over real HTTP: the run is killed at every request of an apply in turn — before
 * the request leaves (the journal is written, nothing sent yet) and right after Graph has done it (its answer
 * lost) — with the journal dying at the same moment, as a closed pane or a killed command would. A later
 * session then undoes it (directly, or after resuming it): contacts and master categories come back exactly
 * as they were, including a category the run had just created.
 */
import { createGraphServices } from '../../src/adapters/graph';
import { defaultTaxonomy } from '../../src/core/circles';
import {
  createMemoryJournal,
  defaultPrefix,
  planCircleChanges,
  resumeRun,
  runApply,
  STALE_AFTER_MS,
  undoRun,
} from '../../src/core/changes';
import type { RunJournal } from '../../src/core/changes/types';
import type { JournalStore } from '../../src/core/ports';
import { specsWritten } from '../../src/core/usecases/apply';
import { fakeTokens, startEmulator } from './graph-helpers';

const prefix = defaultPrefix('fr');

const mailbox = {
  format: 'circles-mailbox/1',
  owner: { displayName: 'Test', mail: 'test@example.org' },
  masterCategories: [{ displayName: 'VIP', color: 'preset0' }],
  contacts: [
    { id: 'c0', displayName: 'Ada', emailAddresses: [{ address: 'ada@example.org' }], categories: ['VIP'] },
    { id: 'c1', displayName: 'Bea', emailAddresses: [{ address: 'bea@example.org' }], categories: [] },
    { id: 'c2', displayName: 'Cy', emailAddresses: [{ address: 'cy@example.org' }], categories: ['Perso'] },
  ],
};

/** A journal that stops persisting when the process dies. */
function mortal(store: JournalStore, dead: () => boolean): JournalStore {
  return {
    ...store,
    save: async (run: RunJournal, options) => (dead() ? undefined : store.save(run, options)),
    create: async (run, refuse, options) => (dead() ? refuse(await store.list()) : store.create(run, refuse, options)),
    update: async (id, change, options) => (dead() ? store.get(id) : store.update(id, change, options)),
  };
}

type Snapshot = { contacts: Record<string, string[]>; masters: string[] };

async function crashAndUndo(killAt: number, when: 'before' | 'after', resumeFirst: boolean) {
  const running = await startEmulator({ mailbox, seed: 3 });
  try {
    const noWait = async () => undefined;
    const session = (fetchImpl?: typeof fetch) =>
      createGraphServices({
        baseUrl: running.url,
        tokens: fakeTokens(),
        sleep: noWait,
        ...(fetchImpl ? { fetch: fetchImpl } : {}),
      });
    const snapshot = (): Snapshot => ({
      contacts: Object.fromEntries(running.emulator.contacts().map((c) => [c.id, [...(c.categories as string[])]])),
      masters: running.emulator
        .masterCategories()
        .map((c) => c.displayName)
        .sort(),
    });
    const before = snapshot();

    const reader = session();
    const contacts = await reader.contacts.listContacts();
    const changes = planCircleChanges({
      contacts,
      assignments: new Map([
        ['c0', 'colleagues'],
        ['c1', 'clubs'],
        ['c2', 'colleagues'],
      ]),
      taxonomy: defaultTaxonomy,
      prefix,
      language: 'fr',
    });
    const specs = specsWritten(changes, defaultTaxonomy, prefix, 'fr');
    expect(specs).toHaveLength(2);

    let sent = 0;
    let dead = false;
    const requests: string[] = [];
    const doomedFetch: typeof fetch = async (input, init) => {
      if (dead) throw new TypeError('killed');
      const n = sent++;
      requests.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
      if (n === killAt && when === 'before') {
        dead = true;
        throw new TypeError('killed');
      }
      const answer = await fetch(input, init);
      if (n === killAt) {
        dead = true;
        throw new TypeError('killed after the write');
      }
      return answer;
    };
    const store = createMemoryJournal();
    const doomed = session(doomedFetch);
    await runApply(
      { writer: doomed.writer, categories: doomed.categories, journal: mortal(store, () => dead) },
      { changes, specs, origin: 'command' },
    ).catch(() => undefined);
    // The pending record was written before anything was sent, whatever the kill point.
    const journaled = (await store.list())[0];
    expect(journaled?.entries).toHaveLength(changes.length);

    const later = session();
    const deps = {
      writer: later.writer,
      categories: later.categories,
      contacts: later.contacts,
      journal: store,
      now: () => new Date(Date.now() + STALE_AFTER_MS),
    };
    if (resumeFirst) {
      const resumed = await resumeRun(deps, journaled!.runId);
      expect(resumed.journal.state).toBe('complete');
      expect(snapshot().masters).toEqual(expect.arrayContaining(specs.map((s) => s.displayName)));
    }
    await undoRun(deps, { runId: journaled!.runId });
    expect(snapshot()).toEqual(before);
    return { requests, completed: !dead };
  } finally {
    await running.close();
  }
}

// A guard against a hang on a busy shared machine, not a performance limit.
jest.setTimeout(120_000);

describe('a crash at the first write', () => {
  it.each([
    ['before', false],
    ['after', false],
    ['before', true],
    ['after', true],
  ] as const)(
    'killed %s each request in turn (resumed first: %s), undo restores contacts and categories exactly',
    async (when, resumeFirst) => {
      // The first request is the read of the master categories, then their creation, then the contacts' batch.
      const kinds = new Set<string>();
      for (let killAt = 0; ; killAt++) {
        const { requests, completed } = await crashAndUndo(killAt, when, resumeFirst);
        requests.forEach((r) => kinds.add(r.replace(/\/v1\.0/, '')));
        if (completed) break;
      }
      expect([...kinds]).toEqual(
        expect.arrayContaining([
          'GET /me/outlook/masterCategories',
          'POST /me/outlook/masterCategories',
          'POST /$batch',
        ]),
      );
    },
  );
});
