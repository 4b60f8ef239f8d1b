/** Creating imported people as contacts in a folder the user picks, and deleting them on undo, against the emulator. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryJournal } from '../../src/core/changes/memory';
import { DEFAULT_CONTACT_FOLDER } from '../../src/core/ports';
import { createContacts, undoCreate } from '../../src/core/usecases/imports';
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
