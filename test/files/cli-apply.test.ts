/**
 * `circles apply` end to end through the CLI entry point, on real temporary files. The engine is replaced
 * by a fixed answer so these tests check what apply does with suggestions, not the engine's judgement.
 */
import {
  existsSync,
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClassifyInput, ClassifyResult } from '../../src/core/circles';
import { readContactsFile } from '../../src/adapters/files';
import { writeAtomically } from '../../src/cli/apply';
import { main } from '../../src/cli/main';

const calls: ClassifyInput[] = [];

jest.mock('../../src/core/circles', () => {
  const actual = jest.requireActual('../../src/core/circles');
  return {
    ...actual,
    // Ana → clients (0.9), Bruno → clubs (0.4), everyone else: abstain.
    classify: (input: ClassifyInput): ClassifyResult => {
      calls.push(input);
      const answer: Record<string, [string, number]> = { 'csv-1': ['clients', 0.9], 'csv-2': ['clubs', 0.4] };
      return {
        suggestions: input.mailbox.contacts.map((c) => {
          const [circle, confidence] = answer[c.id] ?? [null, 0];
          return { contactId: c.id, circle: circle as never, confidence, reasons: [], alternatives: [] };
        }),
        profileCandidates: { employers: [], schools: [], trainings: [], clubs: [] },
      };
    },
  };
});

const CSV = [
  '"First Name","Last Name","E-mail Address","Categories"',
  '"Ana","Silva","ana@acme.example","VIP;Circle · Networks & clubs"',
  '"Bruno","Costa","bruno@club.example",""',
  '"Chloé","Martin","chloe@example.org","Famille"',
  '',
].join('\r\n');

let dir: string;
let out: string[];
let err: string[];
const io = () => ({ stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), cwd: dir });
const run = (...args: string[]) => main(['apply', ...args], io());
const contactsOf = (name: string) =>
  readContactsFile(new Uint8Array(readFileSync(join(dir, name))), name).mailbox.contacts;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'circles-apply-'));
  out = [];
  err = [];
  calls.length = 0;
  writeFileSync(join(dir, 'in.csv'), CSV);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('circles apply', () => {
  it('writes the circles as categories into a new CSV, keeping the other categories', async () => {
    expect(await run('in.csv', '--out', 'out.csv')).toBe(0);
    expect(contactsOf('out.csv').map((c) => [c.displayName, c.categories])).toEqual([
      ['Ana Silva', ['VIP', 'Circle · Clients & partners']],
      ['Bruno Costa', ['Circle · Networks & clubs']],
      ['Chloé Martin', ['Famille']],
    ]);
    expect(out.join('')).toMatch(
      /3 contacts read from in\.csv \(csv, utf-8\); 2 placed in a circle; 2 with new categories; 3 written to out\.csv/,
    );
    expect(readFileSync(join(dir, 'in.csv'), 'utf8')).toBe(CSV);
  });

  it('leaves out suggestions below --min-confidence', async () => {
    expect(await run('in.csv', '--out', 'out.csv', '--min-confidence', '0.5')).toBe(0);
    expect(contactsOf('out.csv').map((c) => c.categories)).toEqual([
      ['VIP', 'Circle · Clients & partners'],
      [],
      ['Famille'],
    ]);
    expect(calls[0]?.threshold).toBe(0.5);
  });

  it('names categories in French, keeping the headers of a CSV, or with a chosen prefix', async () => {
    expect(await run('in.csv', '--out', 'fr.csv', '--lang', 'fr')).toBe(0);
    expect(readFileSync(join(dir, 'fr.csv'), 'utf8')).toMatch(/^\uFEFF"First Name","Last Name"/);
    expect(contactsOf('fr.csv')[0]?.categories).toEqual(['VIP', 'Cercle · Clients & partenaires']);
    expect(out.join('')).toMatch(/^3 contacts lus dans in\.csv \(csv, [^)]+\) ; 2 placés dans un cercle ; /);
    // One contact placed reads in the singular (F33: was « 1 placés »).
    out.length = 0;
    expect(await run('in.csv', '--out', 'fr1.csv', '--lang', 'fr', '--min-confidence', '0.5')).toBe(0);
    expect(out.join('')).toMatch(/ ; 1 placé dans un cercle ; 1 avec de nouvelles catégories ; 3 écrits dans /);
    expect(await run('in.csv', '--out', 'p.vcf', '--prefix', 'Réseau/')).toBe(0);
    // Ana's old "Circle · Networks & clubs" is one of ours under the default prefix: it gives way to her new circle.
    expect(contactsOf('p.vcf').map((c) => c.categories)).toEqual([
      ['VIP', 'Réseau/Clients & partners'],
      ['Réseau/Networks & clubs'],
      ['Famille'],
    ]);
  });

  it('writes French headers for a CSV made from a vCard with --lang fr', async () => {
    writeFileSync(join(dir, 'in.vcf'), 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEND:VCARD\r\n');
    expect(await run('in.vcf', '--out', 'fr.csv', '--lang', 'fr')).toBe(0);
    expect(readFileSync(join(dir, 'fr.csv'), 'utf8')).toMatch(/^\uFEFF"Titre","Prénom"/);
  });

  it.each([
    ['out.vcf', [], 'VERSION:3.0'],
    ['out.txt', ['--format', 'vcard4'], 'VERSION:4.0'],
    ['out.data', ['--format', 'csv'], '"E-mail Address"'],
  ])('writes %s in the format asked for', async (file, extra, marker) => {
    expect(await run('in.csv', '--out', file, ...extra)).toBe(0);
    expect(readFileSync(join(dir, file), 'utf8')).toContain(marker);
  });

  it('passes --owner-email and --owner-company to the engine as the mailbox owner', async () => {
    await run('in.csv', '--out', 'o.csv', '--owner-email', 'me@acme.example', '--owner-company', 'Acme');
    expect(calls[0]?.mailbox.owner).toMatchObject({ mail: 'me@acme.example', companyName: 'Acme' });
  });

  it('refuses to write over its input, even with --force', async () => {
    expect(await run('in.csv', '--out', './in.csv', '--force')).toBe(2);
    expect(err.join('')).toMatch(/refusing to write over the input/);
    expect(readFileSync(join(dir, 'in.csv'), 'utf8')).toBe(CSV);
  });

  it.each([
    ['a hard link', (from: string, to: string) => linkSync(from, to)],
    ['a symbolic link', (from: string, to: string) => symlinkSync(from, to)],
  ])('refuses to write over its input through %s, even with --force', async (_, makeLink) => {
    makeLink(join(dir, 'in.csv'), join(dir, 'alias.csv'));
    expect(await run('in.csv', '--out', 'alias.csv', '--force')).toBe(2);
    expect(err.join('')).toMatch(/refusing to write over the input/);
    expect(readFileSync(join(dir, 'in.csv'), 'utf8')).toBe(CSV);
  });

  it('replaces a file with --force by renaming a complete new file over it, never by rewriting it in place', async () => {
    writeFileSync(join(dir, 'taken.csv'), 'keep me');
    // A second name for the old file: a write in place would change what it reads too.
    linkSync(join(dir, 'taken.csv'), join(dir, 'old-name.csv'));
    const before = statSync(join(dir, 'taken.csv')).ino;
    expect(await run('in.csv', '--out', 'taken.csv', '--force')).toBe(0);
    expect(readFileSync(join(dir, 'old-name.csv'), 'utf8')).toBe('keep me');
    expect(statSync(join(dir, 'taken.csv')).ino).not.toBe(before);
    expect(contactsOf('taken.csv')).toHaveLength(3);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes atomically: a name taken meanwhile is not replaced, and no temporary file is left behind', async () => {
    writeFileSync(join(dir, 'raced.csv'), 'someone else');
    await expect(writeAtomically(join(dir, 'raced.csv'), new Uint8Array([1, 2, 3]), 'refuse')).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(readFileSync(join(dir, 'raced.csv'), 'utf8')).toBe('someone else');
    await expect(
      writeAtomically(join(dir, 'no-such-dir', 'x.csv'), new Uint8Array([1]), 'force'),
    ).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(readdirSync(dir).sort()).toEqual(['in.csv', 'raced.csv']);
  });

  it('refuses to replace an existing file unless --force is given', async () => {
    writeFileSync(join(dir, 'taken.csv'), 'keep me');
    expect(await run('in.csv', '--out', 'taken.csv')).toBe(2);
    expect(readFileSync(join(dir, 'taken.csv'), 'utf8')).toBe('keep me');
    expect(await run('in.csv', '--out', 'taken.csv', '--force')).toBe(0);
    expect(contactsOf('taken.csv')).toHaveLength(3);
  });

  it('reports a malformed input with its line and exits with 1, writing nothing', async () => {
    writeFileSync(join(dir, 'bad.vcf'), 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEMAIL;=x:a@b.c\r\nEND:VCARD\r\n');
    expect(await run('bad.vcf', '--out', 'x.csv')).toBe(1);
    expect(err.join('')).toMatch(/^circles apply: bad\.vcf: line 4: /);
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
  });

  it.each([
    [['in.csv'], /--out <file> is required/],
    [['--out', 'x.csv'], /exactly one input/],
    [['in.csv', '--out', 'x.csv', '--lang', 'de'], /--lang must be fr or en/],
    [['in.csv', '--out', 'x.csv', '--min-confidence', '2'], /between 0 and 1/],
    [['in.csv', '--out', 'x.csv', '--format', 'xml'], /csv, vcard or vcard4/],
    [['in.csv', '--out', 'x.data'], /cannot tell the output format/],
    [['in.csv', '--out', 'x.csv', '--verbose'], /unknown option --verbose/],
  ])('rejects the arguments %j with a usage error', async (args, message) => {
    expect(await run(...args)).toBe(2);
    expect(err.join('')).toMatch(message);
  });

  it('speaks French with --lang fr, including the file errors', async () => {
    writeFileSync(join(dir, 'bad.csv'), '"First Name","Notes"\r\n"Ana","never closed\r\n');
    expect(await run('bad.csv', '--out', 'x.csv', '--lang', 'fr')).toBe(1);
    expect(err.join('')).toMatch(/bad\.csv: ligne 2 : une valeur entre guillemets n’est jamais fermée/);
    expect(await run('in.csv', '--lang', 'fr')).toBe(2);
    expect(err.join('')).toMatch(/--out <fichier> est obligatoire/);
  });

  it('warns, with the line, about a stray byte in a UTF-8 file and keeps its "ë"s', async () => {
    const bytes = [
      ...new TextEncoder().encode('"First Name","Last Name"\r\n"Zoë","Brontë"\r\n"Ren'),
      0xe9,
      0x22,
      0x0d,
      0x0a,
    ];
    writeFileSync(join(dir, 'mixed.csv'), Uint8Array.from(bytes));
    expect(await run('mixed.csv', '--out', 'out.csv')).toBe(0);
    expect(err.join('')).toMatch(/warning: mixed\.csv is UTF-8 but for 1 byte that is not \(line 3\)/);
    expect(contactsOf('out.csv').map((c) => c.displayName)).toEqual(['Zoë Brontë', 'René']);
  });

  it('reports a missing input file', async () => {
    expect(await run('missing.csv', '--out', 'x.csv')).toBe(1);
    expect(err.join('')).toMatch(/cannot read missing\.csv: no such file \(ENOENT\)/);
  });

  it('prints its help in English and French', async () => {
    expect(await run('--help')).toBe(0);
    expect(out.join('')).toMatch(/Usage: circles apply <input> --out <file>/);
    expect(out.join('')).toMatch(/L’entrée n’est jamais modifiée/);
  });
});
