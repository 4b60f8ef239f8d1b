/**
 * Contacts → Outlook contact CSV, with papaparse: Outlook's full column set (so classic Outlook's import
 * wizard maps every column by itself), English or French headers, CRLF line ends and inside notes, every
 * non-empty value quoted as Outlook does, and cells neutralised against formula injection.
 */
import Papa from 'papaparse';
import type { Contact, PostalAddress } from '../../../core/model';
import { type CsvField, type CsvHeaderLanguage, categoriesHeaderFor, headerRow, outlookColumns } from './columns';
import { formatOutlookDate } from './dates';
import { type CellKind, neutraliseCell, restoreCell } from './injection';
import type { CsvTable } from './read';

export type CsvWriteOptions = {
  /** Header language; French also writes dates day first. Default 'en'. */
  readonly language?: CsvHeaderLanguage;
};

const PHONE_FIELDS: ReadonlySet<CsvField> = new Set([
  'businessPhone',
  'businessPhone2',
  'homePhone',
  'homePhone2',
  'mobilePhone',
]);

/** Outlook keeps three street lines; a longer street keeps its extra lines in the third. */
function streetLines(street: string | undefined): [string, string, string] {
  const lines = (street ?? '').split('\n');
  return [lines[0] ?? '', lines[1] ?? '', lines.slice(2).join('\n')];
}

function addressCells(
  kind: 'business' | 'home' | 'other',
  a: PostalAddress | undefined,
): Partial<Record<CsvField, string>> {
  const [s1, s2, s3] = streetLines(a?.street);
  return {
    [`${kind}Street`]: s1,
    [`${kind}Street2`]: s2,
    [`${kind}Street3`]: s3,
    [`${kind}City`]: a?.city ?? '',
    [`${kind}State`]: a?.state ?? '',
    [`${kind}PostalCode`]: a?.postalCode ?? '',
    [`${kind}Country`]: a?.countryOrRegion ?? '',
  };
}

function cellsOf(c: Contact, language: CsvHeaderLanguage): Partial<Record<CsvField, string>> {
  const cells: Partial<Record<CsvField, string>> = {
    title: c.title,
    givenName: c.givenName,
    middleName: c.middleName,
    surname: c.surname,
    company: c.companyName,
    department: c.department,
    jobTitle: c.jobTitle,
    ...addressCells('business', c.businessAddress),
    ...addressCells('home', c.homeAddress),
    ...addressCells('other', c.otherAddress),
    businessPhone: c.businessPhones[0],
    businessPhone2: c.businessPhones[1],
    homePhone: c.homePhones[0],
    homePhone2: c.homePhones[1],
    mobilePhone: c.mobilePhone,
    assistantName: c.assistantName,
    birthday: formatOutlookDate(c.birthday, language === 'fr' ? 'dmy' : 'mdy'),
    // Outlook separates categories with ";" and no space.
    categories: c.categories.join(';'),
    manager: c.manager,
    notes: c.personalNotes,
    officeLocation: c.officeLocation,
    profession: c.profession,
    spouse: c.spouseName,
    webPage: c.businessHomePage,
  };
  c.emailAddresses.slice(0, 3).forEach((e, i) => {
    const n = (i + 1) as 1 | 2 | 3;
    cells[`email${n}Address`] = e.address;
    cells[`email${n}Type`] = 'SMTP';
    cells[`email${n}Name`] = e.name;
  });
  return cells;
}

const cell = (value: string | undefined, kind: CellKind): string =>
  value ? neutraliseCell(value.replace(/\r?\n/g, '\r\n'), kind) : '';

/** Writes contacts as an Outlook CSV (text; encode it with a UTF-8 BOM). Columns Circles has no data for stay empty. */
export function writeOutlookCsv(contacts: readonly Contact[], options: CsvWriteOptions = {}): string {
  const language = options.language ?? 'en';
  const rows = contacts.map((c) => {
    const cells = cellsOf(c, language);
    return outlookColumns.map((col) =>
      col.field ? cell(cells[col.field], PHONE_FIELDS.has(col.field) ? 'phone' : 'text') : '',
    );
  });
  return unparse([headerRow(language), ...rows]);
}

const unparse = (rows: readonly (readonly string[])[]): string =>
  `${Papa.unparse(rows as string[][], { quotes: (value: unknown) => value !== '', newline: '\r\n' })}\r\n`;

/**
 * A CSV read with readOutlookCsvTable written again with new categories for some rows (by 0-based data
 * row): every other cell, column and header stays as the file had it (written with commas, as Outlook's
 * import expects, whatever the file's separator), so nothing Circles does not model is
 * lost. A file without a Categories column gets one. Cells are re-guarded against formula injection; a
 * cell the file already guarded is written as it was.
 */
export function rewriteOutlookCsv(table: CsvTable, categories: ReadonlyMap<number, readonly string[]>): string {
  const existing = table.fields.indexOf('categories');
  const at = existing >= 0 ? existing : table.header.length;
  const header = existing >= 0 ? table.header : [...table.header, categoriesHeaderFor(table.header)];
  const kinds = header.map((_, col): CellKind => (PHONE_FIELDS.has(table.fields[col]!) ? 'phone' : 'text'));
  const rows = table.rows.flatMap((row, i) => {
    // Rows with nothing in them are not contacts: the reader reports them as skipped.
    if (row.cells.every((raw) => raw.trim() === '')) return [];
    const cells = row.cells.map((raw, col) => (raw ? neutraliseCell(restoreCell(raw), kinds[col]) : ''));
    const next = categories.get(i);
    if (next) {
      while (cells.length < at) cells.push('');
      cells[at] = cell(next.join(';'), 'text');
    }
    return [cells];
  });
  return unparse([header, ...rows]);
}
