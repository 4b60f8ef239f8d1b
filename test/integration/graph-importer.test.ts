/** Creating imported people as contacts in a folder the user picks, and deleting them on undo, against the emulator. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryJournal } from '../../src/core/changes/memory';
import { DEFAULT_CONTACT_FOLDER } from '../../src/core/ports';
import type { CurrentPosition } from '../../src/core/linkedin/types';
import type { Contact } from '../../src/core/model';
import { undo } from '../../src/core/usecases/apply';
import { createContacts, positionUpdates, undoCreate, writePositions } from '../../src/core/usecases/imports';
import { graphFor, startEmulator, type Running } from './graph-helpers';

const mailbox = JSON.parse(readFileSync(join(__dirname, '..', '..', 'demo', 'mailbox.json'), 'utf8')) as unknown;

let running: Running;
beforeAll(async () => {
  running = await startEmulator({ mailbox, folders: 'nested' });
});
afterAll(() => running.close());

const people = [
  { line: 7, givenName: 'Yannick', surname: 'Le Floch', company: 'Hôtel des Dunes', position: 'Directeur général' },
  {
    line: 8,
    givenName: 'Mathilde',
    surname: 'Corre',
    email: 'mathilde.corre@example.org',
    url: 'https://www.linkedin.com/in/mcorre',
  },
];

test('lists the main Contacts folder first, then the others', async () => {
  const folders = await graphFor(running.url).services.importer.listFolders();
  expect(folders[0]).toEqual({ id: DEFAULT_CONTACT_FOLDER, displayName: '' });
  expect(folders.length).toBeGreaterThan(1);
});

test('creates the people in the chosen folder with their fields, and undo deletes them and nothing else', async () => {
  const { services } = graphFor(running.url);
  const [, folder] = await services.importer.listFolders();
  const before = running.emulator.contacts().length;
  const journal = createMemoryJournal();
  const out = await createContacts({ importer: services.importer, journal }, folder!.id, people);
  expect(out.failed).toBe(0);
  const made = running.emulator.contacts().filter((c) => out.created.some((x) => x.id === c.id));
  expect(made.map((c) => [c.parentFolderId, c.displayName, c.companyName, c.jobTitle, c.businessHomePage])).toEqual([
    [folder!.id, 'Yannick Le Floch', 'Hôtel des Dunes', 'Directeur général', undefined],
    [folder!.id, 'Mathilde Corre', undefined, undefined, 'https://www.linkedin.com/in/mcorre'],
  ]);
  expect(made[1]?.emailAddresses).toEqual([{ address: 'mathilde.corre@example.org', name: 'Mathilde Corre' }]);
  expect(running.emulator.contacts()).toHaveLength(before + 2);

  await undoCreate({ importer: services.importer, journal }, out.runId);
  expect(running.emulator.contacts()).toHaveLength(before);
  expect((await journal.get(out.runId))?.state).toBe('undone');
});

test('undo counts a contact deleted by hand in the meantime as gone', async () => {
  const { services } = graphFor(running.url);
  const journal = createMemoryJournal();
  const out = await createContacts(
    { importer: services.importer, journal },
    DEFAULT_CONTACT_FOLDER,
    people.slice(0, 1),
  );
  await services.importer.deleteContact(out.created[0]!.id);
  await expect(undoCreate({ importer: services.importer, journal }, out.runId)).resolves.toEqual({
    deleted: [out.created[0]!.id],
  });
});

describe("LinkedIn's positions written into Outlook cards", () => {
  const ports = (services: ReturnType<typeof graphFor>['services']) => ({
    writer: services.writer,
    journal: createMemoryJournal(),
    categories: services.categories,
  });
  const positions = (contacts: readonly Contact[], names: Record<string, CurrentPosition>) =>
    new Map(Object.entries(names).map(([name, p]) => [contacts.find((c) => c.displayName === name)!.id, p] as const));

  test('PATCHes the company and job title only, in batches with If-Match; undo puts the cards back exactly', async () => {
    const { services } = graphFor(running.url);
    const contacts = await services.contacts.listContacts();
    const updates = positionUpdates(
      contacts,
      positions(contacts, {
        'Victoire Castagnet': {
          source: 'linkedin',
          company: 'Hôtel Le Grand Large',
          position: 'Directrice des achats',
        },
        'Faustine Fontanel': { source: 'linkedin', company: 'Quartz Ingénierie' },
      }),
    );
    const snapshot = () =>
      running.emulator
        .contacts()
        .filter((c) => updates.some((u) => u.contactId === c.id))
        .map((c) => ({ ...c, companyName: c.companyName ?? null, jobTitle: c.jobTitle ?? null }));
    const strip = (list: ReturnType<typeof snapshot>) =>
      list.map(({ companyName, jobTitle, categories, displayName }) => ({
        companyName,
        jobTitle,
        categories,
        displayName,
      }));
    const before = strip(snapshot());
    running.emulator.resetStats();
    const deps = ports(services);
    const { summary } = await writePositions(deps, contacts, updates, 'cli');
    expect(summary).toMatchObject({ applied: 2, conflicts: 0, failed: 0 });
    expect(running.emulator.stats().batchedByKind['PATCH /me/contacts/{id}']).toBe(2);
    expect(strip(snapshot()).map((c) => [c.displayName, c.companyName, c.jobTitle])).toEqual([
      ['Faustine Fontanel', 'Quartz Ingénierie', 'Project manager'],
      ['Victoire Castagnet', 'Hôtel Le Grand Large', 'Directrice des achats'],
    ]);
    const undone = await undo(deps, 'cli');
    expect(undone.summary).toMatchObject({ applied: 2, conflicts: 0 });
    expect(strip(snapshot())).toEqual(before);
  });

  test('a card whose company the user changed in Outlook after it was read is left as the user wrote it', async () => {
    const { services } = graphFor(running.url);
    const contacts = await services.contacts.listContacts();
    const orla = contacts.find((c) => c.displayName === 'Orla Colquhoun')!;
    const updates = positionUpdates(contacts, new Map([[orla.id, { source: 'linkedin', company: 'Armor Lux' }]]));
    running.emulator.editContact(orla.id, { companyName: 'Typed in Outlook' });
    const { summary } = await writePositions(ports(services), contacts, updates, 'cli');
    expect(summary).toMatchObject({ applied: 0, conflicts: 1 });
    expect(running.emulator.contact(orla.id)?.companyName).toBe('Typed in Outlook');
  });
});
