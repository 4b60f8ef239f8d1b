/**
 * `circles apply` loses nothing: every one of Outlook's 92 contact columns (English, French and German
 * headers) comes out of a CSV → CSV run as it went in, Categories aside, and so does every row that holds a
 * single field. Runs the real engine through the CLI entry point on temporary files.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { decodeBytes } from '../../src/adapters/files';
import { outlookColumns } from '../../src/adapters/files/csv/columns';
import { restoreCell } from '../../src/adapters/files/csv/injection';
import { main } from '../../src/cli/main';
import { sharedDir } from '../engine/shared-data';

/** Outlook 2007+ German headers, in the order of the English export (outlookColumns). */
const GERMAN = [
  'Anrede', 'Vorname', 'Weitere Vornamen', 'Nachname', 'Suffix', 'Firma', 'Abteilung', 'Position',
  'Straße geschäftlich', 'Straße geschäftlich 2', 'Straße geschäftlich 3', 'Ort geschäftlich', 'Region geschäftlich',
  'Postleitzahl geschäftlich', 'Land/Region geschäftlich',
  'Straße privat', 'Straße privat 2', 'Straße privat 3', 'Ort privat', 'Bundesland/Kanton privat',
  'Postleitzahl privat', 'Land/Region privat',
  'Weitere Straße', 'Weitere Straße 2', 'Weitere Straße 3', 'Weiterer Ort', 'Weiteres/r Bundesland/Kanton',
  'Weitere Postleitzahl', 'Weiteres/e Land/Region',
  'Telefon Assistent', 'Fax geschäftlich', 'Telefon geschäftlich', 'Telefon geschäftlich 2', 'Rückmeldung',
  'Autotelefon', 'Telefon Firma', 'Fax privat', 'Telefon privat', 'Telefon privat 2', 'ISDN', 'Mobiltelefon',
  'Weiteres Fax', 'Weiteres Telefon', 'Pager', 'Haupttelefon', 'Mobiltelefon 2', 'Telefon für Hörbehinderte',
  'Telex', 'Konto', 'Jahrestag', 'Name Assistent', 'Abrechnungsinformation', 'Geburtstag', 'Postfach geschäftlich',
  'Kategorien', 'Kinder', 'Verzeichnisserver', 'E-Mail-Adresse', 'E-Mail-Typ', 'E-Mail: Angezeigter Name',
  'E-Mail 2: Adresse', 'E-Mail 2: Typ', 'E-Mail 2: Angezeigter Name', 'E-Mail 3: Adresse', 'E-Mail 3: Typ',
  'E-Mail 3: Angezeigter Name', 'Geschlecht', 'Regierungsnr.', 'Hobby', 'Postfach privat', 'Initialen',
  'Internet-Frei/Gebucht', 'Stichwörter', 'Sprache', 'Ort', 'Name des/der Vorgesetzten', 'Reisekilometer',
  'Notizen', 'Büro', 'Organisationsnr.', 'Weiteres Postfach', 'Priorität', 'Privat', 'Beruf', 'Empfohlen von',
  'Vertraulichkeit', 'Partner', 'Benutzer 1', 'Benutzer 2', 'Benutzer 3', 'Benutzer 4', 'Webseite',
]; // prettier-ignore

const headers = {
  en: outlookColumns.map((c) => c.en),
  fr: outlookColumns.map((c) => c.fr),
  de: GERMAN,
} as const;
const categoriesAt = outlookColumns.findIndex((c) => c.field === 'categories');

/** A value for each column that a careless writer would change: separators, quotes, line breaks, formulas. */
function valueOf(col: number): string {
  const en = outlookColumns[col]!.en;
  if (col === categoriesAt) return 'VIP;Famille';
  if (/E-mail( \d)? Address/.test(en)) return `person${col}@example.org`;
  if (/E-mail( \d)? Type/.test(en)) return 'SMTP';
  if (/Phone|Fax|ISDN|Pager|Telex|Callback/.test(en)) return `+33 1 23 45 ${String(col).padStart(2, '0')} 89`;
  if (en === 'Birthday' || en === 'Anniversary') return '3/15/1980';
  if (en === 'Notes') return 'Line one, "quoted"\r\nline two; =not a formula';
  if (en === 'User 1') return '=HYPERLINK("http://evil.example","x")';
  if (en === 'User 2') return "'=already guarded";
  return `${en} · valeur ${col}, Zoë`;
}

let dir: string;
let out: string[];
let err: string[];
const io = () => ({ stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), cwd: dir });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'circles-lossless-'));
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const csvOf = (rows: readonly (readonly string[])[]): string =>
  Papa.unparse(rows as string[][], { quotes: true, newline: '\r\n' }) + '\r\n';

/** A file's rows as the values they stand for (guards removed), header first. */
const rowsOf = (bytes: Uint8Array): string[][] =>
  Papa.parse<string[]>(decodeBytes(bytes).text, { skipEmptyLines: true }).data.map((r) => r.map(restoreCell));

describe.each(Object.entries(headers))('circles apply on an Outlook CSV with %s headers', (_, header) => {
  const full = header.map((__, col) => valueOf(col));
  const singles = header.flatMap((__, col) =>
    col === categoriesAt ? [] : [header.map((___, k) => (k === col ? valueOf(col) : ''))],
  );

  it('keeps every column of a full row and every single-field row, Categories aside, and counts them', async () => {
    const input = [header, full, ...singles, header.map(() => '')];
    writeFileSync(join(dir, 'in.csv'), csvOf(input));
    expect(await main(['apply', 'in.csv', '--out', 'out.csv'], io())).toBe(0);

    const [outHeader, ...rows] = rowsOf(readFileSync(join(dir, 'out.csv')));
    expect(outHeader).toEqual(header);
    expect(rows).toHaveLength(1 + singles.length);
    const expected = [full, ...singles].map((r) => r.map(restoreCell));
    rows.forEach((row, i) => {
      const without = (r: readonly string[]) => r.filter((__, col) => col !== categoriesAt);
      expect(without(row)).toEqual(without(expected[i]!));
      // The categories the row had stay; Circles only adds its own.
      for (const category of expected[i]![categoriesAt]!.split(';').filter(Boolean))
        expect(row[categoriesAt]!.split(';')).toContain(category);
    });
    // A formula is written guarded, whatever the input did.
    const raw = decodeBytes(readFileSync(join(dir, 'out.csv'))).text;
    expect(raw).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    const n = 1 + singles.length;
    expect(out.join('')).toContain(`${n} contacts read from in.csv`);
    expect(out.join('')).toContain(`${n} written to out.csv`);
    // The blank row's line counts the line breaks inside the notes before it.
    const blankLine = csvOf(input.slice(0, -1)).split('\r\n').length;
    expect(out.join('')).toContain(`1 record skipped, with nothing in it: line ${blankLine} (blank row)`);
  });
});

describe('circles apply on a CSV without a Categories column', () => {
  it('adds one named in the language of the file, keeping the other columns', async () => {
    writeFileSync(
      join(dir, 'in.csv'),
      csvOf([
        ['Vorname', 'Nachname', 'Hobby'],
        ['Ana', 'Silva', 'Schach'],
      ]),
    );
    expect(await main(['apply', 'in.csv', '--out', 'out.csv'], io())).toBe(0);
    const [h, row] = rowsOf(readFileSync(join(dir, 'out.csv')));
    expect(h).toEqual(['Vorname', 'Nachname', 'Hobby', 'Kategorien']);
    expect(row?.slice(0, 3)).toEqual(['Ana', 'Silva', 'Schach']);
  });
});

// Real exports (../shared/reference/files/csv), read in place, never copied into the repository.
const referenceDir = join(sharedDir, 'reference/files/csv');
const references = existsSync(referenceDir) ? readdirSync(referenceDir).filter((f) => f.endsWith('.csv')) : [];
const maybe = references.length ? describe : describe.skip;

maybe('circles apply on real Outlook exports', () => {
  it.each(references)('keeps every cell of %s', async (name) => {
    const input = join(referenceDir, name);
    expect(await main(['apply', input, '--out', join(dir, 'out.csv')], io())).toBe(0);
    const [inHeader, ...inRows] = rowsOf(readFileSync(input));
    const [outHeader, ...outRows] = rowsOf(readFileSync(join(dir, 'out.csv')));
    const cat = outHeader!.findIndex((h) => /^(categories|catégories|kategorien)$/i.test(h));
    expect(outHeader!.slice(0, inHeader!.length)).toEqual(inHeader);
    const kept = inRows.filter((r) => r.some((cell) => cell.trim() !== ''));
    expect(outRows).toHaveLength(kept.length);
    outRows.forEach((row, i) =>
      kept[i]!.forEach((cell, col) => {
        if (col !== cat) expect(row[col] ?? '').toBe(cell);
      }),
    );
  });
});
