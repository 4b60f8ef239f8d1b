/**
 * `circles classify|apply|undo --graph-url` against the in-repo emulator, end to end over real HTTP: the
 * add-in's workflow from a terminal, with its journal and delta links in a private config folder.
 */
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator, generateMailbox, type Emulator } from '../../emulator';
import { main } from '../main';

let emulator: Emulator;
let url: string;
let close: () => Promise<void>;
let config: string;
const previous = process.env.CIRCLES_CONFIG_DIR;

beforeEach(async () => {
  emulator = createEmulator({
    mailbox: generateMailbox({ contacts: 80, seed: 31, language: 'fr' }),
    folders: 'nested',
  });
  ({ url, close } = await emulator.listen());
  config = mkdtempSync(join(tmpdir(), 'circles-graph-'));
  process.env.CIRCLES_CONFIG_DIR = config;
});
afterEach(async () => {
  await close();
  if (previous === undefined) delete process.env.CIRCLES_CONFIG_DIR;
  else process.env.CIRCLES_CONFIG_DIR = previous;
});

async function circles(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: config });
  return { code, stdout, stderr };
}

/** Every contact as the mailbox holds it, without what Exchange changes on any write (etag, change key, time). */
const snapshot = () =>
  emulator
    .contacts()
    .map(({ '@odata.etag': _e, changeKey: _k, lastModifiedDateTime: _t, ...rest }) => rest)
    .sort((a, b) => a.id.localeCompare(b.id));

jest.setTimeout(60_000);

test('classify → apply → undo through Graph leaves the mailbox exactly as before', async () => {
  const before = snapshot();
  const classified = await circles('classify', '--graph-url', url, '--lang', 'fr');
  expect(classified.code).toBe(0);
  expect(classified.stdout).toMatch(/contacts sur 80 placés dans un cercle/);
  // classify writes nothing.
  expect(snapshot()).toEqual(before);

  const applied = await circles('apply', '--graph-url', url, '--lang', 'fr');
  expect(applied.code).toBe(0);
  expect(applied.stdout).toMatch(/^Cercles : \d+ contacts? classés?/);
  const changed = emulator.contacts().filter((c) => c.categories.some((x) => x.startsWith('Cercle · ')));
  expect(changed.length).toBeGreaterThan(0);
  // The journal and the delta links are the user's only.
  const folder = join(config, `127.0.0.1_${new URL(url).port}`);
  const mailbox = join(folder, readdirSync(folder)[0]!);
  for (const f of ['journal.json', 'delta.json']) expect(statSync(join(mailbox, f)).mode & 0o777).toBe(0o600);

  const undone = await circles('undo', '--graph-url', url, '--lang', 'fr');
  expect(undone.code).toBe(0);
  expect(undone.stdout).toMatch(
    /^Annulé : \d+ contacts? remis comme avant, \d+ déjà comme avant, \d+ laissés? tels? quels? \(modifiés? depuis\)\.\n$/,
  );
  expect(snapshot()).toEqual(before);
  // Nothing left to undo.
  expect((await circles('undo', '--graph-url', url)).code).toBe(1);
  // Never a request without the scope it needed.
  expect(emulator.stats().denied).toBe(0);
});

test('a second apply reads only what changed: one delta page per folder', async () => {
  expect((await circles('apply', '--graph-url', url)).code).toBe(0);
  emulator.resetStats();
  expect((await circles('apply', '--graph-url', url)).code).toBe(0);
  const stats = emulator.stats();
  expect(stats.byKind['GET /me/contactFolders/{id}/contacts/delta']).toBe(7);
  expect(stats.batchedByKind['PATCH /me/contacts/{id}'] ?? 0).toBe(0);
});

test('undo without a mailbox says what it needs', async () => {
  const r = await circles('undo');
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/--graph/);
});

test('import --write-positions writes LinkedIn positions into the cards that say otherwise; undo puts them back', async () => {
  const [a, b] = emulator.contacts().filter((c) => c.givenName && c.surname && c.companyName);
  const csv = [
    'Notes:',
    '"Some addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    `${a!.givenName},${a!.surname},,,${a!.companyName},"Head of Purchasing, Europe",12 Mar 2021`,
    `${b!.givenName},${b!.surname},,,${b!.companyName},Chief Executive Officer,3 Nov 2022`,
  ].join('\r\n');
  writeFileSync(join(config, 'Connections.csv'), csv);
  const before = snapshot();
  const previewed = await circles('import', 'Connections.csv', '--graph-url', url);
  expect(previewed.code).toBe(0);
  expect(previewed.stdout).toMatch(/^2 read, 2 already there, 0 not/);
  expect(snapshot()).toEqual(before);

  const written = await circles('import', 'Connections.csv', '--graph-url', url, '--write-positions', '--only', '5');
  expect(written.code).toBe(0);
  expect(written.stdout).toContain(
    `Writing into Outlook (1 card):\n  ${a!.displayName} — job title: ${a!.jobTitle ?? '(empty)'} → Head of Purchasing, Europe\n1 updated, 0 changed`,
  );
  expect(emulator.contact(a!.id)?.jobTitle).toBe('Head of Purchasing, Europe');
  expect(emulator.contact(b!.id)?.jobTitle).toBe(b!.jobTitle);

  const undone = await circles('undo', '--graph-url', url);
  // One card: one contact, in the singular.
  expect(undone.stdout).toBe('Undone: 1 contact restored, 0 already as before, 0 left as they are (changed since).\n');
  expect(snapshot().map(({ jobTitle, ...rest }) => ({ ...rest, jobTitle: jobTitle ?? undefined }))).toEqual(before);
});
