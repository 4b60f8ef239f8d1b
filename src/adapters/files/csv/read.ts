/**
 * Outlook contact CSV → Contacts, with papaparse. Handles what Outlook and its relatives write: every header
 * and non-empty value quoted, empty values unquoted, CRLF inside quoted notes, rows shorter than the header,
 * comma (Windows CSV), tab (Unicode text export) or semicolon (Windows Live Mail) separators.
 */
import Papa from 'papaparse';
import type { Contact, EmailAddress } from '../../../core/model';
import { FileFormatError } from '../errors';
import { compact, displayNameOf, hasContent, lf, postalAddress, present } from '../fields';
import { type CsvField, fieldsOfHeader, normaliseHeader } from './columns';
import { type DateOrder, parseOutlookDate } from './dates';
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

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
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

function contactOf(id: string, r: Row, order: DateOrder): Contact {
  const emailAddresses = ([1, 2, 3] as const)
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
    businessPhones: list(r.businessPhone, r.businessPhone2),
    homePhones: list(r.homePhone, r.homePhone2),
    mobilePhone: present(r.mobilePhone),
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

/**
 * Parses the text of an Outlook contact CSV. Ids are `csv-<n>`, n the 1-based data row, so the same file
 * always gives the same ids. Throws FileFormatError (with the line) when the text is not such a CSV.
 */
export function readOutlookCsv(text: string): Contact[] {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '')
    throw new FileFormatError(
      {
        en: 'the file is empty: expected a header row of Outlook contact columns',
        fr: 'le fichier est vide : une ligne d’en-têtes de colonnes de contacts Outlook est attendue',
      },
      'csv',
      1,
    );
  const parsed = Papa.parse<string[]>(body, { delimiter: sniffDelimiter(body), skipEmptyLines: 'greedy' });
  const problem = parsed.errors.find((e) => e.type === 'Quotes');
  if (problem) {
    const line = lineAt(body, problem.index ?? 0);
    const what =
      problem.code === 'MissingQuotes'
        ? {
            en: 'a quoted value is never closed (a " is missing)',
            fr: 'une valeur entre guillemets n’est jamais fermée (il manque un ")',
          }
        : {
            en: 'a quote inside a quoted value is not doubled ("" expected)',
            fr: 'un guillemet dans une valeur entre guillemets n’est pas doublé ("" attendu)',
          };
    throw new FileFormatError(what, 'csv', line);
  }
  const [header, ...rows] = parsed.data;
  const fields = fieldsOfHeader(header ?? []);
  if (!fields.some((f) => f !== undefined))
    throw new FileFormatError(
      {
        en: 'the first row names none of Outlook\'s contact columns (e.g. "First Name", "E-mail Address", "Prénom", "Adresse de messagerie")',
        fr: 'la première ligne ne nomme aucune colonne de contacts Outlook (par ex. « Prénom », « Adresse de messagerie », "First Name", "E-mail Address")',
      },
      'csv',
      1,
    );
  const order = dateOrderOf(header ?? []);
  const contacts: Contact[] = [];
  rows.forEach((cells, i) => {
    const row: Row = {};
    fields.forEach((field, col) => {
      const cell = cells[col];
      // The first non-empty column wins when two columns feed one field (e.g. WAB's two web pages).
      if (field && cell !== undefined && row[field] === undefined && present(cell)) row[field] = lf(restoreCell(cell));
    });
    const contact = contactOf(`csv-${i + 1}`, row, order);
    if (hasContent(contact)) contacts.push(contact);
  });
  return contacts;
}
