import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMailboxFile, ownerOptions } from '../../src/cli/io';
import { CliError } from '../../src/cli/types';

const fixtures = join(__dirname, '..', 'fixtures', 'files');

describe('loadMailboxFile', () => {
  it.each([
    ['outlook-en-windows1252.csv', 4],
    ['outlook-fr-utf8-bom.csv', 3],
    ['outlook-2.1.vcf', 2],
    ['ios-3.0.vcf', 2],
  ])('loads %s as a mailbox of %i contacts with no events or messages', async (file, count) => {
    const mailbox = await loadMailboxFile(file, fixtures, { email: 'me@example.org' });
    expect(mailbox.contacts).toHaveLength(count);
    expect(mailbox).toMatchObject({ owner: { mail: 'me@example.org' }, events: [], messages: [] });
  });

  it('reports a malformed file as a CliError naming the file and the line, in the language asked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'circles-io-'));
    try {
      writeFileSync(join(dir, 'bad.vcf'), 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\n');
      await expect(loadMailboxFile('bad.vcf', dir)).rejects.toThrow(
        new CliError('bad.vcf: line 1: the card that starts here has no END:VCARD'),
      );
      await expect(loadMailboxFile('bad.vcf', dir, undefined, 'fr')).rejects.toThrow(
        /^bad\.vcf: ligne 1 : la fiche qui commence ici n’a pas de END:VCARD$/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [
      'an empty file',
      'empty.csv',
      new Uint8Array(0),
      'empty.csv: le fichier est vide ; un export de contacts en CSV ou vCard est attendu',
      'empty.csv: the file is empty; expected contacts exported as CSV or vCard',
    ],
    [
      'a picture',
      'pic.png',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1]),
      'pic.png: ce n’est pas un fichier de contacts (CSV ou vCard) : son contenu n’est pas du texte',
      'pic.png: this is not a contacts file (CSV or vCard): its content is not text',
    ],
    [
      'a JSON document of another kind',
      'other.json',
      new TextEncoder().encode('{"format":null}'),
      'other.json: ce n’est pas un document circles-mailbox/1 : il n’a pas de champ « format ».',
      'other.json: Not a circles-mailbox/1 document: "format" is null.',
    ],
  ])('says what %s is, in one language, without a line number', async (_, name, bytes, fr, en) => {
    const dir = mkdtempSync(join(tmpdir(), 'circles-io-'));
    try {
      writeFileSync(join(dir, name), bytes);
      await expect(loadMailboxFile(name, dir, undefined, 'fr')).rejects.toThrow(new CliError(fr));
      await expect(loadMailboxFile(name, dir, undefined, 'en')).rejects.toThrow(new CliError(en));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a missing file in the language asked for', async () => {
    await expect(loadMailboxFile('missing.vcf', fixtures, undefined, 'fr')).rejects.toThrow(
      /^impossible de lire missing\.vcf : ce fichier n’existe pas \(ENOENT\)$/,
    );
  });
});

describe('ownerOptions', () => {
  it.each([
    [['in.csv'], undefined],
    [['in.csv', '--owner-email', 'me@a.example'], { email: 'me@a.example' }],
    [
      ['--owner-company', 'Acme', 'in.csv', '--owner-email', 'me@a.example'],
      { email: 'me@a.example', company: 'Acme' },
    ],
  ])('reads %j as %j', (args, owner) => {
    expect(ownerOptions(args)).toEqual(owner);
  });
});
