/**
 * The safety of category writes as a property, over real HTTP: random contacts and user categories,
 * random fault schedules (429, 503, 500, 412, dropped connections), the run killed at a random request
 * and resumed in a fresh session, then undone.
 */
import fc from 'fast-check';
import { createGraphServices } from '../../src/adapters/graph';
import { defaultTaxonomy } from '../../src/core/circles';
import type { CircleId } from '../../src/core/circles/types';
import {
  categoryKey,
  circleCategorySpecs,
  createMemoryJournal,
  defaultPrefix,
  ourCategoryNames,
  planCircleChanges,
  resumeRun,
  runApply,
  rebaseCategories,
  sameCategories,
  STALE_AFTER_MS,
  undoRun,
} from '../../src/core/changes';
import type { JournalStore } from '../../src/core/ports';
import type { RunJournal } from '../../src/core/changes/types';
import { createEmulator, type FaultRule } from '../../src/emulator';
import { fakeTokens } from './graph-helpers';

const prefix = defaultPrefix('fr');
const specs = circleCategorySpecs(defaultTaxonomy, prefix, 'fr');
const ours = ourCategoryNames(defaultTaxonomy, prefix);
const isOurs = (c: string) => ours.has(categoryKey(c));
const circleIds = defaultTaxonomy.map((c) => c.id);
const USER = ['Important', 'VIP', 'Rouge', 'Personnel', 'Projet Zéphyr', 'Circle partners'];
const OUR_NAMES = ['Cercle · Collègues', 'Circle · Clients & partners', 'Cercle · Famille & amis'];

const contactArb = fc.record({
  user: fc.subarray(USER),
  circle: fc.option(fc.constantFrom(...OUR_NAMES), { nil: undefined }),
  assignment: fc.oneof(fc.constant<'absent'>('absent'), fc.constant(null), fc.constantFrom(...circleIds)),
  editedElsewhere: fc.boolean(),
});

const faultArb: fc.Arbitrary<FaultRule> = fc.oneof(
  fc.record({
    kind: fc.constant('429' as const),
    scope: fc.constant('batch-item' as const),
    path: fc.constant('/me/contacts/'),
    count: fc.integer({ min: 1, max: 4 }),
    probability: fc.double({ min: 0.2, max: 1, noNaN: true }),
    seed: fc.nat(),
    retryAfter: fc.constantFrom(1, 2.5),
  }),
  fc.record({
    kind: fc.constant('503' as const),
    scope: fc.constant('http' as const),
    count: fc.integer({ min: 1, max: 3 }),
    seed: fc.nat(),
    probability: fc.constant(0.5),
  }),
  fc.record({
    kind: fc.constant('500' as const),
    scope: fc.constant('http' as const),
    count: fc.integer({ min: 1, max: 2 }),
    seed: fc.nat(),
    probability: fc.constant(0.5),
  }),
  fc.record({
    kind: fc.constant('412' as const),
    scope: fc.constant('batch-item' as const),
    method: fc.constant('PATCH'),
    count: fc.integer({ min: 1, max: 2 }),
    after: fc.integer({ min: 0, max: 10 }),
  }),
  fc.record({
    kind: fc.constant('drop' as const),
    drop: fc.constantFrom('before' as const, 'after' as const),
    path: fc.constant('/$batch'),
    scope: fc.constant('http' as const),
    count: fc.integer({ min: 1, max: 2 }),
    after: fc.integer({ min: 0, max: 4 }),
  }),
);

/** A journal that stops persisting when the process "dies", as a closed tab would. */
function mortalJournal(store: JournalStore, dead: () => boolean): JournalStore {
  return {
    save: async (run: RunJournal) => (dead() ? undefined : store.save(run)),
    create: async (run, refuse, options) => (dead() ? refuse(await store.list()) : store.create(run, refuse, options)),
    update: async (runId, change, options) => (dead() ? store.get(runId) : store.update(runId, change, options)),
    get: store.get,
    list: store.list,
  };
}

// A guard against a hang on a busy shared machine, not a performance limit.
jest.setTimeout(180_000);

describe('category writes under faults, kills and resumes', () => {
  it('never lose a category that is not a circle, always restore the before-state, and reach the plan when there is no conflict', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(contactArb, { minLength: 1, maxLength: 30 }),
        fc.array(faultArb, { maxLength: 4 }),
        fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
        async (people, faults, killAt) => {
          const mailbox = {
            format: 'circles-mailbox/1',
            owner: { displayName: 'Test', mail: 'test@example.org' },
            contacts: people.map((p, i) => ({
              id: `c${i}`,
              displayName: `Contact ${i}`,
              emailAddresses: [{ address: `c${i}@example.org` }],
              categories: p.circle ? [...p.user, p.circle] : [...p.user],
            })),
          };
          const emulator = createEmulator({ mailbox, seed: 11 });
          const server = await emulator.listen();
          try {
            const noWait = async () => undefined;
            const session = (fetchImpl?: typeof fetch) =>
              createGraphServices({
                baseUrl: server.url,
                tokens: fakeTokens(),
                sleep: noWait,
                ...(fetchImpl ? { fetch: fetchImpl } : {}),
              });
            const before = new Map(emulator.contacts().map((c) => [c.id, [...(c.categories as string[])]]));

            const first = session();
            const contacts = await first.contacts.listContacts();
            const assignments = new Map<string, CircleId | null>();
            people.forEach((p, i) => p.assignment !== 'absent' && assignments.set(`c${i}`, p.assignment));
            const changes = planCircleChanges({
              contacts,
              assignments,
              taxonomy: defaultTaxonomy,
              prefix,
              language: 'fr',
            });

            // Edits made in Outlook after Circles read the contacts.
            const edited = new Map<string, string[]>();
            people.forEach((p, i) => {
              if (!p.editedElsewhere) return;
              const next = [...before.get(`c${i}`)!, 'Ajouté ailleurs'];
              emulator.editContact(`c${i}`, { categories: next });
              edited.set(`c${i}`, next);
            });
            faults.forEach((f) => emulator.faults.inject(f));

            // The first session dies after `killAt` requests: no more answers, no more journal writes.
            const store = createMemoryJournal();
            let sent = 0;
            let dead = false;
            const mortalFetch: typeof fetch = (input, init) => {
              if (killAt !== undefined && sent++ >= killAt) dead = true;
              return dead ? Promise.reject(new TypeError('killed')) : fetch(input, init);
            };
            const doomed = session(mortalFetch);
            let runId: string | undefined;
            try {
              const r = await runApply(
                { writer: doomed.writer, categories: doomed.categories, journal: mortalJournal(store, () => dead) },
                { changes, specs, origin: 'cli' },
              );
              runId = r.journal.runId;
            } catch {
              // the run died; its journal says how far it got
            }
            runId ??= (await store.list())[0]?.runId;
            expect(runId).toBeDefined();
            if (!changes.length) {
              // Nothing to write: nothing journaled, nothing touched.
              expect(await store.list()).toEqual([]);
              for (const c of emulator.contacts()) expect(c.categories).toEqual(edited.get(c.id) ?? before.get(c.id));
              return;
            }

            // A new session resumes until nothing is left open (faults are finite).
            // Later: the dead session's heartbeat has gone stale, so its run can be taken over.
            const later = session();
            const deps = {
              writer: later.writer,
              categories: later.categories,
              journal: store,
              now: () => new Date(Date.now() + STALE_AFTER_MS),
            };
            for (let i = 0; i < 5; i++) {
              const run = (await store.get(runId!))!;
              if (run.state === 'complete' && !run.entries.some((e) => e.status === 'pending' || e.status === 'failed'))
                break;
              await resumeRun(deps, runId!);
            }
            const journal = (await store.get(runId!))!;
            expect(journal.entries.filter((e) => e.status === 'pending' || e.status === 'failed')).toEqual([]);

            const planned = new Map(changes.map((c) => [c.contactId, c]));
            for (const c of emulator.contacts()) {
              const now = c.categories as string[];
              const own = (edited.get(c.id) ?? before.get(c.id)!).filter((x) => !isOurs(x));
              // No category of the user's own is ever lost.
              for (const x of own) expect(now).toContain(x);
              const change = planned.get(c.id);
              const entry = journal.entries.find((e) => e.contactId === c.id);
              const status = entry?.status;
              // The journal holds what was written: the plan, or the plan merged into an edit made meanwhile.
              if (change && status !== 'conflict') expect(sameCategories(now, entry!.after)).toBe(true);
              // A conflict is a real one: our change did not land (a lost answer is not a conflict).
              if (change && status === 'conflict') expect(sameCategories(now, entry!.after)).toBe(false);
              // An edit made elsewhere is merged, never overwritten: its categories stay (checked above) and
              // the circle lands with them.
              if (edited.has(c.id) && change && status === 'applied')
                expect(sameCategories(now, rebaseCategories(change, edited.get(c.id)!))).toBe(true);
            }

            // Undo brings back the exact before-state of every contact the run changed.
            emulator.faults.clear();
            const beforeUndo = new Map(emulator.contacts().map((c) => [c.id, c.categories]));
            const undone = await undoRun(deps, { runId: runId! });
            for (const c of emulator.contacts()) {
              const entry = journal.entries.find((e) => e.contactId === c.id);
              if (entry?.status === 'applied') expect(c.categories).toEqual(entry.before);
              else expect(c.categories).toEqual(beforeUndo.get(c.id));
            }
            expect(undone.notRestored).toEqual([]);
          } finally {
            await server.close();
          }
        },
      ),
      { numRuns: 40, seed: 20261127 },
    );
  });
});
