/**
 * Contacts as files: Outlook CSV, vCard and the `circles-mailbox/1` JSON in; Outlook CSV and vCard out.
 * Pure text and bytes (`Uint8Array`, `TextDecoder`): the same code runs in the taskpane and in the CLI; reading
 * files from disk stays in the CLI (src/cli/io.ts).
 */
import { MailboxDocumentError, mailboxFromJson } from '../graph/mapping';
import { emptyProfile, type Contact, type Mailbox, type Owner } from '../../core/model';
import { type CsvTable, readOutlookCsvTable } from './csv/read';
import { lf, type SkippedRecord } from './fields';
import { rewriteOutlookCsv, writeOutlookCsv } from './csv/write';
import type { CsvHeaderLanguage } from './csv/columns';
import { detectFormat } from './detect';
import { decodeBytes, encodeText, type TextEncodingName } from './encoding';
import { FileFormatError, type FileFormat } from './errors';
import { readVCardFile } from './vcard/read';
import { type ExtraColumn, writeVCards } from './vcard/write';
import { restoreCell } from './csv/injection';
import type { CsvField } from './csv/columns';
import { googlePairs } from './csv/google';
import { readLinkedInCsv } from './linkedin/read';
import { contactOfConnection } from '../../core/linkedin/contact';
import type { Connection, SkippedRow } from '../../core/linkedin/types';
import type { ImportFile } from '../../core/usecases/imports';

export { FileFormatError, type FileFormat } from './errors';
export { detectFormat } from './detect';
export { decodeBytes, type TextEncodingName } from './encoding';
export { readOutlookCsv, type CsvTable } from './csv/read';
export type { SkippedRecord } from './fields';
export { writeOutlookCsv } from './csv/write';
export { readVCards } from './vcard/read';
export { readLinkedInCsv, type LinkedInRead } from './linkedin/read';
export { writeVCards } from './vcard/write';
export type { CsvHeaderLanguage } from './csv/columns';

/**
 * Who owns a file of contacts: CSV and vCard files carry no owner, so the caller says (CLI --owner-email and
 * --owner-company). For a mailbox JSON, given values replace the document's own.
 */
export type FileOwner = {
  readonly email?: string;
  readonly company?: string;
  readonly displayName?: string;
};

/** A file read as a mailbox, with what was detected (shown to the user by the CLI). */
export type ReadContactsResult = {
  readonly mailbox: Mailbox;
  readonly format: FileFormat;
  readonly encoding: TextEncodingName;
  /** For a LinkedIn export: the connections as read (the contacts are made from them) and the rows not used. */
  readonly linkedin?: { readonly connections: readonly Connection[]; readonly skipped: readonly SkippedRow[] };
  /** Rows or cards that are not contacts (nothing in them), with their line. */
  readonly skipped: readonly SkippedRecord[];
  /** Bytes of a UTF-8 file that are not UTF-8 (read as Windows-1252), to report: see decodeBytes. */
  readonly strayBytes?: { readonly count: number; readonly lines: readonly number[] };
  /** For an Outlook CSV: the file's table as written, so a copy keeps every column (see rewriteContactsFile). */
  readonly csv?: CsvTable;
};

function ownerOf(o: FileOwner | undefined): Owner {
  const owner: Owner = { displayName: o?.displayName ?? '', mail: o?.email ?? '', profile: emptyProfile };
  return o?.company ? { ...owner, companyName: o.company } : owner;
}

/** 1-based line of JSON.parse's "position N" (the only place it says where). */
function jsonErrorLine(text: string, message: string): number | undefined {
  const pos = /position (\d+)/.exec(message);
  if (!pos) return undefined;
  return text.slice(0, Number(pos[1])).split('\n').length;
}

function readMailboxJson(text: string, owner: FileOwner | undefined): Mailbox {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new FileFormatError(
      { en: `not valid JSON (${message})`, fr: `JSON invalide (${message})` },
      'mailbox-json',
      jsonErrorLine(text, message),
    );
  }
  let mailbox: Mailbox;
  try {
    mailbox = mailboxFromJson(doc);
  } catch (error) {
    // mailboxFromJson's errors are user-facing messages by contract.
    const why = error instanceof Error ? error.message : String(error);
    const fr = error instanceof MailboxDocumentError ? error.fr : `document circles-mailbox/1 invalide (${why})`;
    throw new FileFormatError({ en: why, fr }, 'mailbox-json');
  }
  if (!owner) return mailbox;
  return {
    ...mailbox,
    owner: {
      ...mailbox.owner,
      mail: owner.email ?? mailbox.owner.mail,
      ...(owner.company ? { companyName: owner.company } : {}),
    },
  };
}

/**
 * Text that is not text: a picture, an archive or a spreadsheet's binary chosen by mistake holds NUL bytes
 * (once UTF-16 is decoded, no export of contacts does) or decodes to control characters by the tenth, where
 * an export of contacts has at most a few strays.
 */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd >= 16 && odd >= sample.length / 10;
}

/**
 * Reads a contact file in any supported format. A file of contacts gives a mailbox with no events or
 * messages whose owner comes from `owner`. Throws FileFormatError when the file is not readable as contacts.
 */
export function readContactsFile(bytes: Uint8Array, fileName: string, owner?: FileOwner): ReadContactsResult {
  const { text, encoding, strayBytes } = decodeBytes(bytes);
  const format = detectFormat(fileName, text);
  if (text.replace(/^\uFEFF/, '').trim() === '')
    throw new FileFormatError(
      {
        en: 'the file is empty; expected contacts exported as CSV or vCard',
        fr: 'le fichier est vide ; un export de contacts en CSV ou vCard est attendu',
      },
      format,
    );
  if (looksBinary(text))
    throw new FileFormatError(
      {
        en: 'this is not a contacts file (CSV or vCard): its content is not text',
        fr: 'ce n’est pas un fichier de contacts (CSV ou vCard) : son contenu n’est pas du texte',
      },
      format,
    );
  const decoded = { encoding, ...(strayBytes ? { strayBytes } : {}) };
  if (format === 'mailbox-json') return { mailbox: readMailboxJson(text, owner), format, ...decoded, skipped: [] };
  const mailbox = (contacts: Contact[]): Mailbox => ({ owner: ownerOf(owner), contacts, events: [], messages: [] });
  if (format === 'linkedin-csv') {
    const { connections, skipped } = readLinkedInCsv(text);
    return {
      mailbox: mailbox(connections.map(contactOfConnection)),
      format,
      ...decoded,
      skipped: [],
      linkedin: { connections, skipped },
    };
  }
  if (format === 'vcard') {
    const { contacts, skipped } = readVCardFile(text);
    return { mailbox: mailbox(contacts), format, ...decoded, skipped };
  }
  const { contacts, skipped, table } = readOutlookCsvTable(text);
  return { mailbox: mailbox(contacts), format, ...decoded, skipped, csv: table };
}

/** The formats Circles writes: Outlook CSV, vCard 3.0, vCard 4.0. */
export type OutputFormat = 'csv' | 'vcard' | 'vcard4';

export type WriteOptions = {
  /** CSV header language. Default 'en'. */
  readonly language?: CsvHeaderLanguage;
  /** vCard only: by contact id, source columns the card has no property for (see csvExtras). */
  readonly extras?: ReadonlyMap<string, readonly ExtraColumn[]>;
};

/** Fields Circles reads from a CSV that a vCard has no property for (written as X- properties instead). */
const NOT_IN_VCARD = new Set<CsvField>([
  'officeLocation',
  ...([1, 2, 3] as const).flatMap((n) => [`email${n}Type`, `email${n}Name`] as const),
]);

/**
 * The cells of a CSV that a vCard would drop, by contact id: the columns Circles does not model, the fields a
 * vCard cannot hold, a second column feeding a field already filled (the first wins on import) and a
 * birthday Circles could not read as a date, a Google number or address the card does not hold (a fax, a
 * pager; the labels are kept, a card's TYPE says less). Values as they stand (formula guards removed, line ends as LF
 * like every field read from a CSV: a vCard has one escape for a line break).
 */
function csvExtras(table: CsvTable, contacts: readonly Contact[]): Map<string, ExtraColumn[]> {
  const extras = new Map<string, ExtraColumn[]>();
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const pairValues = new Set(googlePairs(table.header).map((p) => p.value));
  table.rows.forEach(({ cells }, i) => {
    const id = `csv-${i + 1}`; // as readOutlookCsvTable numbers rows
    const contact = byId.get(id);
    const inCard = new Set([
      ...(contact?.emailAddresses.map((e) => e.address) ?? []),
      ...(contact?.businessPhones ?? []),
      ...(contact?.homePhones ?? []),
      ...(contact?.mobilePhone ? [contact.mobilePhone] : []),
    ]);
    const carried = (col: number, value: string) =>
      pairValues.has(col) && value.split(':::').every((v) => !v.trim() || inCard.has(v.trim()));
    const filled = new Set<CsvField>();
    const kept: ExtraColumn[] = [];
    table.fields.forEach((field, col) => {
      const value = lf(restoreCell(cells[col] ?? ''));
      if (value.trim() === '') return;
      const lost =
        field === undefined
          ? !carried(col, value)
          : NOT_IN_VCARD.has(field) || filled.has(field) || (field === 'birthday' && !contact?.birthday);
      if (field) filled.add(field);
      if (lost) kept.push({ column: table.header[col] ?? `column ${col + 1}`, value });
    });
    if (kept.length) extras.set(id, kept);
  });
  return extras;
}

/** Writes contacts as file bytes: CSV in UTF-8 with a BOM (Excel and Outlook then read UTF-8), vCards in UTF-8. */
export function writeContactsFile(
  contacts: readonly Contact[],
  format: OutputFormat,
  options: WriteOptions = {},
): Uint8Array {
  if (format === 'csv') return encodeText(writeOutlookCsv(contacts, { language: options.language }), 'utf-8-bom');
  const version = format === 'vcard4' ? '4.0' : '3.0';
  return encodeText(writeVCards(contacts, { version, ...(options.extras ? { extras: options.extras } : {}) }), 'utf-8');
}

/**
 * Writes the contacts of a file read with readContactsFile with new categories (by contact id). An Outlook
 * CSV written as CSV keeps the file's own columns, headers and cells, Categories aside (so the columns
 * Circles does not model survive); an Outlook CSV written as vCard keeps the cells a card has no property
 * for as X- properties (csvExtras); any other pair writes what the contact model holds.
 */
export function rewriteContactsFile(
  read: ReadContactsResult,
  categories: ReadonlyMap<string, readonly string[]>,
  format: OutputFormat,
  options: WriteOptions = {},
): Uint8Array {
  if (format === 'csv' && read.csv) {
    const byRow = new Map<number, readonly string[]>();
    for (const [id, list] of categories) {
      const row = /^csv-(\d+)$/.exec(id);
      if (row) byRow.set(Number(row[1]) - 1, list);
    }
    return encodeText(rewriteOutlookCsv(read.csv, byRow), 'utf-8-bom');
  }
  const contacts = read.mailbox.contacts.map((c) => {
    const next = categories.get(c.id);
    return next ? { ...c, categories: next } : c;
  });
  if (!read.csv) return writeContactsFile(contacts, format, options);
  return writeContactsFile(contacts, format, { ...options, extras: csvExtras(read.csv, read.mailbox.contacts) });
}

/** A file read for an import, as the import use case takes it (src/core/usecases/imports.ts). */
export const importFileOf = (read: ReadContactsResult): ImportFile => ({
  source: read.format === 'linkedin-csv' ? 'linkedin' : 'contacts',
  contacts: read.mailbox.contacts,
  ...(read.linkedin ? { connections: read.linkedin.connections, skipped: read.linkedin.skipped } : {}),
});

/** The output format a file name asks for (.csv → csv, .vcf → vcard 3.0), if any. */
export function outputFormatOf(fileName: string): OutputFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'csv') return 'csv';
  if (ext === 'vcf' || ext === 'vcard') return 'vcard';
  return undefined;
}
