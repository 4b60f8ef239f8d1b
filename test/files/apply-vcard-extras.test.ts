/**
 * `circles apply` from an Outlook CSV to a vCard keeps what a card has no property for: every cell of a
 * column Circles does not model (and of the fields a vCard cannot hold) comes back, read from the card, as an
 * X- property carrying the exact column name and the exact value. Hand-written rows; the real CLI on
 * temporary files.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { decodeBytes, readVCards } from '../../src/adapters/files';
import { outlookColumns } from '../../src/adapters/files/csv/columns';
import { main } from '../../src/cli/main';

let dir: string;
const io = () => ({ stdout: () => undefined, stderr: () => undefined, cwd: dir });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'circles-vcard-extras-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const csvOf = (rows: readonly (readonly string[])[]): string =>
  Papa.unparse(rows as string[][], { quotes: true, newline: '\r\n' }) + '\r\n';

type Extra = { column: string; value: string };

/** Each card's X- properties that name a source column, read with ical.js (values unescaped as text). */
function extrasOf(vcf: string): Extra[][] {
  // A reader declares X- properties as text so that their escapes are undone (as src/adapters/files does).
  const typed = vcf.replace(/\r\n[ \t]/g, '').replace(/^(X-[^:;]+)(;|:)/gm, '$1;VALUE=text$2');
  const parsed = ICAL.parse(typed) as unknown[];
  const cards = (typeof parsed[0] === 'string' ? [parsed] : parsed) as unknown[][];
  return cards.map((jcal) =>
    new ICAL.Component(jcal as never)
      .getAllProperties()
      .filter((p) => p.getParameter('x-csv-column') !== undefined)
      .map((p) => ({ column: String(p.getParameter('x-csv-column')), value: String(p.getFirstValue()) })),
  );
}

async function applyToVCard(rows: readonly (readonly string[])[], format?: string): Promise<string> {
  writeFileSync(join(dir, 'in.csv'), csvOf(rows));
  const args = ['apply', 'in.csv', '--out', 'out.vcf', ...(format ? ['--format', format] : [])];
  expect(await main(args, io())).toBe(0);
  return decodeBytes(readFileSync(join(dir, 'out.vcf'))).text;
}

describe.each([['vcard'], ['vcard4']])('circles apply, Outlook CSV → %s', (format) => {
  it('keeps the columns a card has no property for as X- properties, exact names and values', async () => {
    const header = [
      'First Name',
      'Last Name',
      'E-mail Address',
      'E-mail Display Name',
      'Other Phone',
      'Business Fax',
      'Anniversary',
      'Children',
      'Keywords',
      'User 1',
      'Office Location',
      'Birthday',
      'Web Page',
      'Personal Web Page',
      'Größe',
      'Priorité',
    ];
    const row = [
      'Zoë', 'Brontë', 'zoe@example.org', 'Zoë B. (work)', '+1-202-555-0143', '+33 1 23 45 67 89',
      '6/21/2004', 'Léa, Tom; Max', 'a\\b, c;d\r\nsecond line', "'=HYPERLINK(\"http://evil.example\")", 'B-12',
      'sometime in spring', 'https://zoe.example.org', 'https://home.example.org/zoë', '1,80 m', 'Haute',
    ]; // prettier-ignore
    const vcf = await applyToVCard([header, row], format);

    const [contact] = readVCards(vcf);
    expect(contact).toMatchObject({ givenName: 'Zoë', surname: 'Brontë', businessHomePage: 'https://zoe.example.org' });
    expect(contact!.emailAddresses[0]!.address).toBe('zoe@example.org');
    expect(extrasOf(vcf)[0]).toEqual([
      { column: 'E-mail Display Name', value: 'Zoë B. (work)' },
      { column: 'Other Phone', value: '+1-202-555-0143' },
      { column: 'Business Fax', value: '+33 1 23 45 67 89' },
      { column: 'Anniversary', value: '6/21/2004' },
      { column: 'Children', value: 'Léa, Tom; Max' },
      // CSV line ends are read as LF, like every other field; the formula guard is the CSV's, not the value's.
      { column: 'Keywords', value: 'a\\b, c;d\nsecond line' },
      { column: 'User 1', value: '=HYPERLINK("http://evil.example")' },
      { column: 'Office Location', value: 'B-12' },
      { column: 'Birthday', value: 'sometime in spring' },
      { column: 'Personal Web Page', value: 'https://home.example.org/zoë' },
      { column: 'Größe', value: '1,80 m' },
      { column: 'Priorité', value: 'Haute' },
    ]);
    // The property is named after the column, so other vCard tools show something readable.
    expect(vcf).toMatch(/^X-OTHER-PHONE;/m);
    expect(vcf).toMatch(/^X-GROSSE;/m);
  });

  it('loses no cell of a row with all 92 Outlook columns filled: each is in the card or an X- property', async () => {
    const header = outlookColumns.map((c) => c.en);
    const token = (col: number) => `v${String(col).padStart(2, '0')}x`;
    const row = header.map((h, col) =>
      /E-mail( \d)? Address/.test(h) ? `${token(col)}@example.org` : h === 'Birthday' ? '3/15/1980' : token(col),
    );
    const vcf = await applyToVCard([header, row], format);

    const [contact] = readVCards(vcf);
    const inCard = JSON.stringify(contact);
    const extras = extrasOf(vcf)[0]!;
    const lost = header.filter((h, col) => {
      if (h === 'Birthday') return contact!.birthday !== '1980-03-15';
      return !inCard.includes(token(col)) && !extras.some((e) => e.column === h && e.value === row[col]);
    });
    expect(lost).toEqual([]);
  });
});

it('writes no X- property for a vCard read back as vCard (only CSV columns are carried)', async () => {
  writeFileSync(join(dir, 'in.vcf'), 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë\r\nX-FOO:bar\r\nEND:VCARD\r\n');
  expect(await main(['apply', 'in.vcf', '--out', 'out.vcf'], io())).toBe(0);
  expect(decodeBytes(readFileSync(join(dir, 'out.vcf'))).text).not.toContain('X-CSV-COLUMN');
});

it('keeps a Google CSV fax as an X- property, and its labels, but not the numbers the card already holds', async () => {
  const header = [
    'Given Name',
    'Family Name',
    'Phone 1 - Type',
    'Phone 1 - Value',
    'Phone 2 - Type',
    'Phone 2 - Value',
  ];
  const row = ['Zoë', 'Brontë', '* Mobile', '+33 6 12 34 56 78', 'Work Fax', '+33 1 98 76 54 32 ::: +33 1 98 76 54 33'];
  const vcf = await applyToVCard([header, row]);
  expect(readVCards(vcf)[0]!.mobilePhone).toBe('+33 6 12 34 56 78');
  expect(extrasOf(vcf)[0]).toEqual([
    { column: 'Phone 1 - Type', value: '* Mobile' },
    { column: 'Phone 2 - Type', value: 'Work Fax' },
    { column: 'Phone 2 - Value', value: '+33 1 98 76 54 32 ::: +33 1 98 76 54 33' },
  ]);
});
