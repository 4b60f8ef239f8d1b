import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { frenchSpacing } from '../../src/core/text/typography';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'circles-shortlist-'));
  const doc = {
    format: 'circles-mailbox/1',
    owner: { displayName: 'Owner', mail: 'owner@example.com', profile: {} },
    contacts: [
      {
        id: 'c1',
        displayName: 'Aiko Sato',
        companyName: 'Rakuten',
        jobTitle: 'Head of Procurement',
        emailAddresses: [{ address: 'aiko@rakuten.co.jp' }],
      },
      {
        id: 'c2',
        displayName: 'Ben Dupont',
        companyName: 'Carrefour',
        jobTitle: 'Acheteur',
        emailAddresses: [{ address: 'ben@carrefour.com' }],
      },
      { id: 'c3', displayName: 'Kenji Ito', companyName: 'Sony', emailAddresses: [{ address: 'kenji@sony.co.jp' }] },
    ],
    events: [],
    messages: [
      {
        id: 'm1',
        subject: 'Hi',
        sentDateTime: '2026-01-01T00:00:00Z',
        from: { emailAddress: { address: 'kenji@sony.co.jp' } },
        toRecipients: [{ emailAddress: { address: 'owner@example.com' } }],
      },
    ],
  };
  writeFileSync(join(dir, 'box.json'), JSON.stringify(doc));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir });
  return { code, out, err };
}

describe('circles shortlist', () => {
  it('prints the circles-shortlist/1 document with --json, best first, the ambition as given', async () => {
    const { code, out } = await run([
      'shortlist',
      'box.json',
      '--ambition',
      '  Win a first client in Japan ',
      '--json',
    ]);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.format).toBe('circles-shortlist/1');
    expect(doc.ambition).toBe('  Win a first client in Japan ');
    expect(Array.isArray(doc.circles)).toBe(true);
    expect(doc.contacts.map((c: { contactId: string }) => c.contactId)).toEqual(['c1', 'c3']);
    expect(Object.keys(doc.contacts[0]).sort()).toEqual(['contactId', 'fits', 'reasons', 'score']);
  });

  it('honours --limit', async () => {
    const { out } = await run([
      'shortlist',
      'box.json',
      '--ambition=Win a first client in Japan',
      '--limit',
      '1',
      '--json',
    ]);
    expect(JSON.parse(out).contacts).toHaveLength(1);
  });

  it('with --limit, says the list is the first of more, not that the limit is everyone (review2 #21)', async () => {
    const args = ['shortlist', 'box.json', '--ambition', 'Win a first client in Japan', '--limit', '1'];
    expect((await run([...args, '--lang', 'en'])).out).toContain('The first of 2 people who could open the door');
    expect((await run([...args, '--lang', 'fr'])).out).toContain(
      'La première des 2 personnes qui peuvent vous ouvrir la porte',
    );
    expect((await run(args.slice(0, 4))).out).toContain('2 people could open the door');
  });

  it('prints a readable table without --json', async () => {
    const { code, out } = await run(['shortlist', 'box.json', '--ambition', 'Trouver un premier client au Japon']);
    expect(code).toBe(0);
    expect(out).toContain('Aiko Sato');
    expect(out).toContain(frenchSpacing('Compris : Trouver des clients · Japon'));
    // The pane's sentences, not the evidence's codes.
    expect(out).toContain(frenchSpacing('Siège de son entreprise (Rakuten) : Japon.'));
    expect(out).not.toContain('Ben Dupont');
  });

  it("prints the table in the language asked with --lang, whatever the ambition's language", async () => {
    const { out } = await run([
      'shortlist',
      'box.json',
      '--ambition',
      'Trouver un premier client au Japon',
      '--lang',
      'en',
    ]);
    expect(out).toContain('Understood: Win clients · Japan');
    expect(out).toContain('Headquarters of their company (Rakuten): Japan.');
    const fr = await run(['shortlist', 'box.json', '--ambition', 'Win a first client in Japan', '--lang', 'fr']);
    expect(fr.out).toContain(frenchSpacing('Compris : Trouver des clients · Japon'));
  });

  it('lists nobody for an ambition it read nothing in, and says what to add', async () => {
    const { code, out } = await run(['shortlist', 'box.json', '--ambition', 'azerty', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toContain('Nothing specific understood: add a sector, a country, a role or a company.');
    expect(out).not.toContain('Aiko Sato');
    expect(out).not.toContain('Nobody');
  });

  it('says which words it did not understand when it read only a goal (review2 #32)', async () => {
    const fr = await run(['shortlist', 'box.json', '--ambition', 'Je veux devenir astronaute']);
    expect(fr.out).toContain(
      frenchSpacing(
        'Pas compris : « astronaute ». Ajoutez un secteur, une fonction, un pays ou une entreprise pour préciser.',
      ),
    );
    const en = await run(['shortlist', 'box.json', '--ambition', 'I want to become an astronaut']);
    expect(en.out).toContain(
      'Not understood: “astronaut”. Add a sector, a role, a country or a company to narrow it down.',
    );
  });

  it('reports errors in French with --lang fr', async () => {
    const { code, err } = await run(['shortlist', 'box.json', '--lang', 'fr']);
    expect(code).toBe(2);
    expect(err).toMatch(/il manque --ambition/);
  });

  it.each([
    [['shortlist', 'box.json'], /missing --ambition/],
    [['shortlist', 'box.json', '--ambition'], /--ambition needs a value/],
    [['shortlist', 'box.json', '--ambition', 'x', '--lang', 'de'], /--lang must be fr or en/],
    [['shortlist', '--ambition', 'x'], /missing <mailbox.json>/],
    [['shortlist', 'box.json', '--ambition', 'x', '--limit', 'zero'], /--limit needs a positive whole number/],
    [['shortlist', 'box.json', '--ambition', 'x', '--frobnicate'], /unknown option --frobnicate/],
    [['shortlist', 'absent.json', '--ambition', 'Win a client in Japan'], /cannot read absent.json/],
    [['shortlist', 'absent.json', '--ambition', 'Trouver un client au Japon'], /impossible de lire absent.json/],
  ])('reports a clear error for %j', async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBeGreaterThan(0);
    expect(err).toMatch(message);
  });

  it('documents its options in --help', async () => {
    const { code, out } = await run(['shortlist', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('--ambition');
    expect(out).toContain('--limit');
    expect(out).toContain('--json');
  });

  it('prints its version with --version', async () => {
    const { code, out } = await run(['--version']);
    expect(code).toBe(0);
    expect(out).toMatch(/^circles \d+\.\d+\.\d+\n$/);
  });

  it('speaks one language in circles --help: the terminal’s, or --lang', async () => {
    const fr = await run(['--help', '--lang', 'fr']);
    expect(fr.out).toContain('Commandes :');
    expect(fr.out).toContain('annule la dernière écriture des cercles');
    expect(fr.out).not.toMatch(/suggest a circle| \/ /);
    const en = await run(['--help', '--lang', 'en']);
    expect(en.out).toContain('suggest a circle of origin for every contact\n');
    expect(en.out).not.toContain('suggère');
  });

  it('keeps two spaces between every command and its description in circles --help (review2 #21)', async () => {
    const { out } = await run(['--help']);
    for (const name of ['classify', 'shortlist', 'subcircles', 'apply', 'ties', 'import', 'undo'])
      expect(out).toMatch(new RegExp(`^  ${name} {2,}\\S`, 'm'));
  });
});
