/** `circles import`: the taskpane's import preview on the command line. */
import { join } from 'node:path';
import { main } from '../../src/cli/main';

const fixtures = join(__dirname, '..', 'fixtures', 'files');

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: fixtures });
  return { code, out: out.join(''), err: err.join('') };
}

test('matches a LinkedIn export against a contacts file and lists who is not there, with lines', async () => {
  // The Google export holds a Contoso product manager; LinkedIn's Tomasz Kowalczyk is at Contoso too, but
  // another person: only names and companies together match.
  const { code, out, err } = await run(['import', 'linkedin-en.csv', '--into', 'google-contacts.csv', '--json']);
  expect(code).toBe(0);
  const doc = JSON.parse(out) as { recognised: number; matched: unknown[]; unmatched: { line: number }[] };
  expect([doc.recognised, doc.matched, doc.unmatched.map((k) => k.line)]).toEqual([5, [], [5, 6, 7, 9, 10]]);
  expect(err).toBe('linkedin-en.csv: line 8: skipped, no first or last name\n');
});

test('matches by address and by name with company, and says how, in French', async () => {
  const { code, out } = await run(['import', 'linkedin-fr.csv', '--into', 'linkedin-fr.csv', '--lang', 'fr']);
  expect(code).toBe(0);
  expect(out.split('\n').slice(0, 5)).toEqual([
    // French counts 0 in the singular.
    '3 lus, 3 déjà là, 0 absent, 0 ligne mise de côté.',
    '',
    '    5  Émilie Faure → Émilie Faure (même adresse)  Responsable achats, Europe du Sud · Wide World Importers',
    '    6  Karl Schäfer → Karl Schäfer (même nom et entreprise)  Geschäftsführer · Adventure Works',
    '    7  Inès Martín → Inès Martín (même nom et entreprise)  Directora de RRHH · Litware',
  ]);
});

test('requires --into', async () => {
  const { code, err } = await run(['import', 'linkedin-en.csv']);
  expect([code, err.split('\n')[0]]).toEqual([
    2,
    'circles import: --into <mailbox> is required: the contacts to match the file against (see circles import --help).',
  ]);
});
