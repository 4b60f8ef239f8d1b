/**
 * Outlook contact CSV → Contacts, with papaparse. Handles what Outlook and its relatives write: every header
 * and non-empty value quoted, empty values unquoted, CRLF inside quoted notes, rows shorter than the header,
 * comma (Windows CSV), tab (Unicode text export) or semicolon (Windows Live Mail) separators.
 */
import Papa from 'papaparse';
import type { Contact, EmailAddress } from '../../../core/model';
import { FileFormatError } from '../errors';
import { compact, displayNameOf, lf, postalAddress, present, type SkippedRecord } from '../fields';
import { type CsvField, fieldsOfHeader, normaliseHeader } from './columns';
import { type DateOrder, parseOutlookDate } from './dates';
import { type GoogleCommunications, googleCommunications, googlePairs } from './google';
import { restoreCell } from './injection';

type Row = Partial<Record<CsvField, string>>;

/** The separator of the header line: the most frequent of comma, tab and semicolon outside quotes. */
function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    ['\t', 0],
    [';', 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

const dateOrderOf = (header: readonly string[]): DateOrder =>
  header.some((h) => ['first name', 'last name', 'e-mail address'].includes(normaliseHeader(h))) ? 'mdy' : 'dmy';

/** Outlook exports Exchange (GAL) entries with an X.500 path as the address and the SMTP address in the name. */
function emailOf(
  address: string | undefined,
  type: string | undefined,
  name: string | undefined,
): EmailAddress | undefined {
  let a = present(address)?.trim();
  if (a && (type?.trim().toUpperCase() === 'EX' || a.startsWith('/'))) {
    a = /[\w.+'-]+@[\w-]+(\.[\w-]+)+/.exec(name ?? '')?.[0];
  }
  if (!a) return undefined;
  const n = present(name);
  return n ? { name: n, address: a } : { address: a };
}

const list = (...values: (string | undefined)[]): string[] => values.flatMap((v) => (present(v) ? [v!] : []));

function joinLines(...parts: (string | undefined)[]): string | undefined {
  const lines = parts.filter((p): p is string => !!present(p));
  return lines.length ? lines.join('\n') : undefined;
}

/**
 * A row as a contact. `google`: the addresses and phones of a Google CSV's numbered columns, which stand in
 * for Outlook's e-mail and phone columns.
 */
function contactOf(id: string, r: Row, order: DateOrder, google?: GoogleCommunications): Contact {
  const emailAddresses =
    google?.emailAddresses ??
    ([1, 2, 3] as const)
      .map((i) => emailOf(r[`email${i}Address`], r[`email${i}Type`], r[`email${i}Name`]))
      .filter((e): e is EmailAddress => !!e);
  const categories = [
    ...new Set(
      (r.categories ?? '')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  const address = (k: 'business' | 'home' | 'other') =>
    postalAddress({
      street: joinLines(r[`${k}Street`], r[`${k}Street2`], r[`${k}Street3`]),
      city: r[`${k}City`],
      state: r[`${k}State`],
      postalCode: r[`${k}PostalCode`],
      countryOrRegion: r[`${k}Country`],
    });
  const base = {
    givenName: present(r.givenName),
    middleName: present(r.middleName),
    surname: present(r.surname),
    companyName: present(r.company),
    emailAddresses,
  };
  return compact<Contact>({
    id,
    displayName: present(r.fullName) ?? displayNameOf(base),
    ...base,
    title: present(r.title),
    nickName: present(r.nickName),
    jobTitle: present(r.jobTitle),
    department: present(r.department),
    officeLocation: present(r.officeLocation),
    profession: present(r.profession),
    manager: present(r.manager),
    assistantName: present(r.assistantName),
    businessPhones: google?.businessPhones ?? list(r.businessPhone, r.businessPhone2),
    homePhones: google?.homePhones ?? list(r.homePhone, r.homePhone2),
    mobilePhone: google ? google.mobilePhone : present(r.mobilePhone),
    businessAddress: address('business'),
    homeAddress: address('home'),
    otherAddress: address('other'),
    businessHomePage: present(r.webPage),
    personalNotes: present(r.notes),
    categories,
    birthday: r.birthday ? parseOutlookDate(r.birthday, order) : undefined,
    spouseName: present(r.spouse),
  });
}

/** A data row as the file holds it: its 1-based line, its cells (undecoded: guards and line ends as written). */
export type CsvRow = { readonly line: number; readonly cells: readonly string[] };

/** The table of an Outlook CSV as written, so that a copy can change one column and keep every other. */
export type CsvTable = {
  readonly header: readonly string[];
  readonly delimiter: string;
  /** What each column means to Circles (undefined for the columns it does not model). */
  readonly fields: readonly (CsvField | undefined)[];
  readonly rows: readonly CsvRow[];
};

/** What an Outlook CSV gives: its contacts (id `csv-<n>` for the data row n), its table, what was skipped. */
export type CsvRead = {
  readonly contacts: Contact[];
  readonly table: CsvTable;
  readonly skipped: readonly SkippedRecord[];
};

function quoteError(body: string, error: Papa.ParseError, line: number): FileFormatError {
  const what =
    error.code === 'MissingQuotes'
      ? {
          en: 'a quoted value is never closed (a " is missing)',
          fr: 'une valeur entre guillemets n’est jamais fermée (il manque un ")',
        }
      : {
          en: 'a quote inside a quoted value is not doubled ("" expected)',
          fr: 'un guillemet dans une valeur entre guillemets n’est pas doublé ("" attendu)',
        };
  return new FileFormatError(what, 'csv', line);
}

/** Parses the rows with their lines (papaparse's cursor says where each row ends). */
function parseTable(body: string): { header: string[]; delimiter: string; rows: CsvRow[] } {
  const delimiter = sniffDelimiter(body);
  const rows: CsvRow[] = [];
  let scanned = 0;
  let line = 1;
  let problem: FileFormatError | undefined;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: true,
    step: (result) => {
      // The row starts after the previous one's line end (and any empty lines papaparse skipped).
      let start = scanned;
      while (start < body.length && (body[start] === '\r' || body[start] === '\n')) start++;
      for (let k = scanned; k < start; k++) if (body.charCodeAt(k) === 10) line++;
      const quotes = result.errors.find((e) => e.type === 'Quotes');
      if (quotes && !problem) problem = quoteError(body, quotes, line);
      rows.push({ line, cells: result.data });
      const end = result.meta.cursor;
      for (let k = start; k < end; k++) if (body.charCodeAt(k) === 10) line++;
      scanned = end;
    },
  });
  if (problem) throw problem;
  const [header, ...data] = rows;
  return { header: [...(header?.cells ?? [])], delimiter, rows: data };
}

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

/**
 * Parses the text of an Outlook contact CSV: every row with anything in it is a contact, even one holding
 * only a note or a column Circles does not model (the table keeps those cells); rows with nothing but
 * separators are skipped and named. Throws FileFormatError (with the line) when the text is not such a CSV.
 */
export function readOutlookCsvTable(text: string): CsvRead {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '')
    throw new FileFormatError(
      {
        en: 'the file is empty; expected a header row of Outlook contact columns',
        fr: 'le fichier est vide ; une ligne d’en-têtes de colonnes de contacts Outlook est attendue',
      },
      'csv',
    );
  const { header, delimiter, rows } = parseTable(body);
  const fields = fieldsOfHeader(header);
  if (!fields.some((f) => f !== undefined))
    throw new FileFormatError(
      {
        en: 'it names none of Outlook’s contact columns (e.g. “First Name”, “E-mail Address”, “Prénom”, “Adresse de messagerie”)',
        fr: 'elle ne nomme aucune colonne de contacts Outlook (par ex. « Prénom », « Adresse de messagerie », « First Name », « E-mail Address »)',
      },
      'csv',
      1,
    );
  const order = dateOrderOf(header);
  const pairs = googlePairs(header);
  const contacts: Contact[] = [];
  const skipped: SkippedRecord[] = [];
  rows.forEach(({ line, cells }, i) => {
    if (isBlank(cells)) {
      skipped.push({ line, reason: 'blank' });
      return;
    }
    const row: Row = {};
    fields.forEach((field, col) => {
      const cell = cells[col];
      // The first non-empty column wins when two columns feed one field (e.g. WAB's two web pages).
      if (field && cell !== undefined && row[field] === undefined && present(cell)) row[field] = lf(restoreCell(cell));
    });
    contacts.push(contactOf(`csv-${i + 1}`, row, order, pairs.length ? googleCommunications(pairs, cells) : undefined));
  });
  return { contacts, table: { header, delimiter, fields, rows }, skipped };
}

/** The contacts of an Outlook contact CSV (see readOutlookCsvTable). */
export const readOutlookCsv = (text: string): Contact[] => readOutlookCsvTable(text).contacts;
