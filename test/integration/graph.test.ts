/**
 * The Graph adapter and the change runs over real HTTP against the emulator.
 */
import { defaultTaxonomy } from '../../src/core/circles';
import type { CircleId } from '../../src/core/circles/types';
import {
  circleCategorySpecs,
  createMemoryJournal,
  defaultPrefix,
  planCircleChanges,
  runApply,
  undoRun,
} from '../../src/core/changes';
import type { Contact } from '../../src/core/model';
import { generateMailbox } from '../../src/emulator';
import { graphFor, startEmulator, type Running } from './graph-helpers';

const prefix = defaultPrefix('fr');
const specs = circleCategorySpecs(defaultTaxonomy, prefix, 'fr');
const circles = defaultTaxonomy.map((c) => c.id);

/** A mailbox where some contacts already carry categories of the user's own. */
function mailboxWithUserCategories(contacts: number, seed: number) {
  const doc = generateMailbox({ contacts, seed, messages: 50, events: 20 });
  (doc.contacts as Record<string, unknown>[]).forEach((c, i) => {
    if (i % 3 === 0) c.categories = ['Important', i % 2 ? 'Rouge' : 'VIP'];
    if (i % 7 === 0) c.categories = [...(c.categories as string[]), `${prefix}Collègues`];
  });
  return doc;
}

/** Every contact gets a circle (or null for one in eleven), deterministically. */
const assignmentsFor = (contacts: readonly Contact[]) =>
  new Map<string, CircleId | null>(contacts.map((c, i) => [c.id, i % 11 === 10 ? null : circles[i % circles.length]!]));

// A guard against a hang on a busy shared machine, not a performance limit.
jest.setTimeout(60_000);

describe('Graph adapter over HTTP against the emulator', () => {
  let run: Running;
  afterEach(async () => run?.close());

  it('reads every contact of a 1,200-contact mailbox spread over nested folders', async () => {
    run = await startEmulator({ mailbox: generateMailbox({ contacts: 1200, seed: 3 }), folders: 'nested' });
    const { services } = graphFor(run.url);
    const folders = await services.contacts.listFolders();
    run.emulator.resetStats();
    const contacts = await services.contacts.listContacts();
    expect(folders.map((f) => f.displayName).sort()).toEqual([
      'Clients',
      'Famille',
      'Grands comptes',
      'Perso',
      'Travail',
      'Événements',
    ]);
    expect(contacts).toHaveLength(1200);
    expect(new Set(contacts.map((c) => c.id)).size).toBe(1200);
    const byId = new Map(run.emulator.contacts().map((c) => [c.id, c]));
    for (const c of contacts) {
      const g = byId.get(c.id)!;
      expect(c.displayName).toBe(g.displayName);
      expect(c.etag).toBe(g['@odata.etag']);
      expect(c.folderId).toBe(g.parentFolderId);
    }
    // Grandchild folders were reached: some contacts live three levels down.
    const deepest = folders.find((f) => f.displayName === 'Grands comptes')!;
    expect(contacts.some((c) => c.folderId === deepest.id)).toBe(true);
    // The fewest requests possible: the top folders, each folder's children, one delta page per folder
    // (the default folder, whose id is the top folders' parent, and the six others).
    const stats = run.emulator.stats();
    expect(stats.byKind).toEqual({
      'GET /me/contactFolders': 1,
      'GET /me/contactFolders/{id}/childFolders': 6,
      'GET /me/contactFolders/{id}/contacts/delta': 7,
    });
    expect(stats.mailboxMaxInFlight).toBeLessThanOrEqual(4);
    expect(stats.throttled).toBe(0);
  });

  it('follows @odata.nextLink to the end of every folder', async () => {
    run = await startEmulator({ mailbox: generateMailbox({ contacts: 1200, seed: 3 }), folders: 'nested' });
    const { services } = graphFor(run.url, { pageSize: 25 });
    const contacts = await services.contacts.listContacts();
    expect(new Set(contacts.map((c) => c.id)).size).toBe(1200);
    // 1,200 contacts over seven folders at 25 a page: at least 48 pages, and one more per folder at most.
    const pages = run.emulator.stats().byKind['GET /me/contactFolders/{id}/contacts/delta'] ?? 0;
    expect(pages).toBeGreaterThanOrEqual(48);
    expect(pages).toBeLessThanOrEqual(48 + 7);
  });

  it('creates the master categories once, however many runs ask for them', async () => {
    run = await startEmulator({ mailbox: generateMailbox({ contacts: 10, seed: 1 }) });
    const { services } = graphFor(run.url);
    await services.categories.ensureCategories(specs);
    await services.categories.ensureCategories(specs);
    const again = graphFor(run.url).services; // a later session
    await again.categories.ensureCategories(specs);
    const names = run.emulator.masterCategories().map((c) => c.displayName);
    expect(names.sort()).toEqual(specs.map((s) => s.displayName).sort());
    expect(run.emulator.stats().byKind['POST /me/outlook/masterCategories']).toBe(specs.length);
  });

  it('applies then undoes, restoring every contact exactly, and a second apply sends no PATCH', async () => {
    run = await startEmulator({ mailbox: mailboxWithUserCategories(300, 5), folders: 'nested' });
    const original = new Map(run.emulator.contacts().map((c) => [c.id, [...(c.categories as string[])]]));
    const { services } = graphFor(run.url);
    const journal = createMemoryJournal();
    const deps = { writer: services.writer, journal, categories: services.categories };

    const contacts = await services.contacts.listContacts();
    const assignments = assignmentsFor(contacts);
    const changes = planCircleChanges({ contacts, assignments, taxonomy: defaultTaxonomy, prefix, language: 'fr' });
    expect(changes.length).toBeGreaterThan(250);
    const applied = await runApply(deps, { changes, specs, origin: 'cli' });
    expect(applied.summary).toMatchObject({ applied: changes.length, conflicts: 0, failed: 0 });
    expect(applied.journal.state).toBe('complete');
    expect(run.emulator.stats().batchedByKind['PATCH /me/contacts/{id}']).toBe(changes.length);
    expect(run.emulator.stats().byKind['POST /$batch']).toBe(Math.ceil(changes.length / 20));

    // Every contact is in its planned state, and kept its own categories.
    for (const c of run.emulator.contacts()) {
      const own = original.get(c.id)!.filter((x) => !x.startsWith(prefix));
      expect((c.categories as string[]).filter((x) => !x.startsWith(prefix))).toEqual(own);
    }

    // The second apply, from a fresh read, has nothing to send.
    run.emulator.resetStats();
    const reread = await services.contacts.listContacts();
    const second = planCircleChanges({
      contacts: reread,
      assignments,
      taxonomy: defaultTaxonomy,
      prefix,
      language: 'fr',
    });
    expect(second).toEqual([]);
    await runApply(deps, { changes: second, specs, origin: 'cli' });
    expect(run.emulator.stats().batchedByKind['PATCH /me/contacts/{id}'] ?? 0).toBe(0);
    expect(run.emulator.stats().byKind['POST /me/outlook/masterCategories'] ?? 0).toBe(0);

    const undone = await undoRun(deps, { runId: applied.journal.runId });
    expect(undone.notRestored).toEqual([]);
    for (const c of run.emulator.contacts()) expect(c.categories).toEqual(original.get(c.id));
    expect((await journal.get(applied.journal.runId))?.state).toBe('undone');
  });

  it('honours Retry-After on 429 and 503, inside and outside batches, and still applies everything', async () => {
    run = await startEmulator({ mailbox: generateMailbox({ contacts: 60, seed: 8 }) });
    const { services, waits } = graphFor(run.url);
    const contacts = await services.contacts.listContacts();
    run.emulator.faults.inject({ kind: '429', path: '/me/contacts/', scope: 'batch-item', count: 5, retryAfter: 3 });
    run.emulator.faults.inject({ kind: '503', path: '/$batch', scope: 'http', count: 1, retryAfter: 2 });
    const changes = planCircleChanges({
      contacts,
      assignments: assignmentsFor(contacts),
      taxonomy: defaultTaxonomy,
      prefix,
      language: 'fr',
    });
    const result = await runApply(
      { writer: services.writer, journal: createMemoryJournal(), categories: services.categories },
      { changes, specs, origin: 'cli' },
    );
    expect(result.summary.applied).toBe(changes.length);
    expect(waits).toContain(3000);
    expect(waits).toContain(2000);
  });

  it('renews the token once on 401 and goes on', async () => {
    run = await startEmulator({ mailbox: generateMailbox({ contacts: 5, seed: 2 }) });
    const { services, tokens } = graphFor(run.url);
    run.emulator.faults.inject({ kind: '401', path: '/me/contacts', scope: 'http', count: 1 });
    expect(await services.contacts.listContacts()).toHaveLength(5);
    expect(tokens.renewals).toBe(1);
  });

  it('never overwrites a concurrent edit: on 412 it reads the contact again and merges the circle in', async () => {
    run = await startEmulator({ mailbox: generateMailbox({ contacts: 20, seed: 4 }) });
    const { services } = graphFor(run.url);
    const contacts = await services.contacts.listContacts();
    const victim = contacts[3]!;
    const other = contacts[5]!;
    run.emulator.editContact(victim.id, { categories: ['Mine'] });
    // Another field edited elsewhere: the etag changes, the categories do not.
    run.emulator.editContact(other.id, { jobTitle: 'Nouveau poste' });
    const changes = planCircleChanges({
      contacts,
      assignments: assignmentsFor(contacts),
      taxonomy: defaultTaxonomy,
      prefix,
      language: 'fr',
    });
    const result = await runApply(
      { writer: services.writer, journal: createMemoryJournal(), categories: services.categories },
      { changes, specs, origin: 'cli' },
    );
    expect(result.summary.conflicts).toBe(0);
    const planned = new Map(changes.map((c) => [c.contactId, c]));
    expect(run.emulator.contact(victim.id)?.categories).toEqual(['Mine', ...planned.get(victim.id)!.after]);
    expect(run.emulator.contact(other.id)?.categories).toEqual(planned.get(other.id)!.after);
    expect(run.emulator.contact(other.id)?.jobTitle).toBe('Nouveau poste');
    // Only the two contacts that answered 412 were read again.
    expect(run.emulator.stats().batchedByKind['GET /me/contacts/{id}']).toBe(2);
  });

  it('treats a lost answer whose change landed as applied, not as a conflict', async () => {
    run = await startEmulator({ mailbox: generateMailbox({ contacts: 20, seed: 6 }) });
    const { services } = graphFor(run.url);
    const contacts = await services.contacts.listContacts();
    run.emulator.faults.inject({ kind: 'drop', drop: 'after', path: '/$batch', scope: 'http', count: 1 });
    const changes = planCircleChanges({
      contacts,
      assignments: assignmentsFor(contacts),
      taxonomy: defaultTaxonomy,
      prefix,
      language: 'fr',
    });
    const result = await runApply(
      { writer: services.writer, journal: createMemoryJournal(), categories: services.categories },
      { changes, specs, origin: 'cli' },
    );
    expect(result.summary).toMatchObject({ applied: changes.length, conflicts: 0, failed: 0 });
  });

  it('reads by delta per folder: everything the first time, then only what changed or went away', async () => {
    run = await startEmulator({ mailbox: generateMailbox({ contacts: 40, seed: 9 }), folders: 'nested' });
    const { services } = graphFor(run.url);
    const first = await services.contacts.listContacts();
    expect(first).toHaveLength(40);
    expect(services.contacts.lastRead()).toEqual({ incremental: 0, full: 7 });
    const [a, b] = run.emulator.contacts();
    run.emulator.editContact(a!.id, { jobTitle: 'Nouveau poste' });
    run.emulator.resetStats();
    const second = await services.contacts.listContacts();
    expect(services.contacts.lastRead()).toEqual({ incremental: 7, full: 0 });
    expect(second).toHaveLength(40);
    expect(second.find((c) => c.id === a!.id)?.jobTitle).toBe('Nouveau poste');
    // One delta page per folder (default + 6), and the folder listing.
    expect(run.emulator.stats().byKind['GET /me/contactFolders/{id}/contacts/delta']).toBe(7);
    // A contact deleted elsewhere comes back as removed.
    const gone = await fetch(`${run.url}/me/contacts/${encodeURIComponent(b!.id)}`, {
      method: 'DELETE',
      headers: { Authorization: 'Bearer t' },
    });
    expect(gone.status).toBe(204);
    const third = await services.contacts.listContacts();
    expect(third.map((c) => c.id)).not.toContain(b!.id);
    expect(third).toHaveLength(39);
  });

  it('reads a folder again from scratch when Graph no longer knows its sync state (410)', async () => {
    run = await startEmulator({ mailbox: generateMailbox({ contacts: 30, seed: 4 }), folders: 'nested' });
    const { services } = graphFor(run.url);
    await services.contacts.listContacts();
    // A reload forgets every sync state, as an expired delta token would be.
    run.emulator.reset();
    const again = await services.contacts.listContacts();
    expect(again).toHaveLength(30);
    expect(services.contacts.lastRead()).toEqual({ incremental: 0, full: 7 });
  });

  it('finds a contact by address and creates one with its categories', async () => {
    run = await startEmulator({ mailbox: generateMailbox({ contacts: 10, seed: 12 }) });
    const { services } = graphFor(run.url);
    const known = run.emulator.contacts().find((c) => c.parentFolderId && c.emailAddresses.length)!;
    const found = await services.creator.findContactByEmail(known.emailAddresses[0]!.address.toUpperCase());
    expect(found?.id).toBe(known.id);
    expect(await services.creator.findContactByEmail("o'brien@example.org")).toBeUndefined();
    const created = await services.creator.createContact({
      displayName: 'Yann Kerhervé',
      emailAddress: { address: 'yann@example.org' },
      categories: ['Cercle · Clubs'],
    });
    expect(created).toMatchObject({ displayName: 'Yann Kerhervé', categories: ['Cercle · Clubs'] });
    expect(created.etag).toBeDefined();
    expect(run.emulator.contact(created.id)?.emailAddresses).toEqual([
      { address: 'yann@example.org', name: 'Yann Kerhervé' },
    ]);
  });

  it('reads message and event headers inside the window only', async () => {
    const doc = generateMailbox({ contacts: 30, seed: 10, messages: 120, events: 40 });
    run = await startEmulator({ mailbox: doc });
    const { services } = graphFor(run.url);
    const since = '2025-06-01T00:00:00Z';
    const messages = await services.interactions.listMessages({ since });
    const expected = (doc.messages as { sentDateTime: string }[]).filter((m) => m.sentDateTime >= since).length;
    expect(messages).toHaveLength(expected);
    expect(messages.every((m) => (m.sentDateTime ?? '') >= since)).toBe(true);
    const events = await services.interactions.listEvents({ since });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => Date.parse(e.start ?? '') >= Date.parse(since))).toBe(true);
  });
});
