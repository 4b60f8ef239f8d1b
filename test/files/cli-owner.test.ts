/** A file without its owner: the CLI guesses the employer that recurs, uses it and says so on stderr. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMailboxFile } from '../../src/cli/io';
import { main } from '../../src/cli/main';

const fixtures = join(__dirname, '..', 'fixtures', 'files');

function outlookCsv(): string {
  const rows = [
    ...Array.from({ length: 15 }, (_, i) => `Ana${i},Bel${i},Fabrikam,a${i}@fabrikam.example`),
    ...Array.from({ length: 65 }, (_, i) => `Cy${i},Dan${i},Company ${i},c${i}@firm${i}.example`),
  ];
  return ['First Name,Last Name,Company,E-mail Address', ...rows].join('\r\n');
}

describe('a contact file without its owner', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'circles-owner-'));
    writeFileSync(join(dir, 'contacts.csv'), outlookCsv());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the recurring company as the owner’s and says so on stderr, with the flag that overrides it', async () => {
    const err: string[] = [];
    const mailbox = await loadMailboxFile('contacts.csv', dir, undefined, 'en', (t) => err.push(t));
    expect(mailbox.owner.companyName).toBe('Fabrikam');
    expect(err.join('')).toBe(
      'contacts.csv: no --owner-company given: taking “Fabrikam” as your company (15 of 80 contacts at fabrikam.example). Give --owner-company "…" to choose another.\n',
    );
  });

  it('says it in French', async () => {
    const err: string[] = [];
    await loadMailboxFile('contacts.csv', dir, undefined, 'fr', (t) => err.push(t));
    expect(err.join('')).toMatch(
      /^contacts\.csv : sans --owner-company, votre entreprise est supposée être « Fabrikam »/,
    );
  });

  it('guesses nothing when --owner-company is given', async () => {
    const err: string[] = [];
    const mailbox = await loadMailboxFile('contacts.csv', dir, { company: 'Contoso' }, 'en', (t) => err.push(t));
    expect([mailbox.owner.companyName, err]).toEqual(['Contoso', []]);
  });

  it('places more contacts as colleagues with the guess than without any owner', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: dir };
    expect(await main(['classify', 'contacts.csv', '--json'], io)).toBe(0);
    const { suggestions } = JSON.parse(out.join('')) as { suggestions: { circle: string | null }[] };
    expect(suggestions.filter((s) => s.circle === 'colleagues')).toHaveLength(15);
  });

  it('reports the LinkedIn rows it skipped, with their line', async () => {
    const err: string[] = [];
    await loadMailboxFile('linkedin-en.csv', fixtures, undefined, 'en', (t) => err.push(t));
    expect(err).toEqual(['linkedin-en.csv: line 8: skipped, no first or last name\n']);
  });
});
