import { fold } from '../../../core/text/fold';
/**
 * Google Contacts' CSV ("Google CSV" export) names its columns its own way: "Given Name"/"Family Name" and
 * "Organization 1 - Name" until 2023, "First Name"/"Last Name" and "Organization Name" since; the names below
 * feed the same fields as Outlook's columns.
 *
 * Addresses and phones come in numbered pairs: "E-mail 2 - Value" with "E-mail 2 - Label" (since 2023) or
 * "E-mail 2 - Type" (before), "Phone 1 - Value" with its label. One pair holds every value that shares a
 * label, joined by " ::: " ("+33 6 … ::: +33 7 …"), and the label of the person's primary one starts with
 * "* " ("* Mobile"). Labels are Google's own words (Mobile, Work, Home, Main, Other, Work Fax…), in the
 * export's language, or whatever the user typed; see phoneKind for how they map to Graph's mobilePhone,
 * businessPhones and homePhones.
 */
import type { EmailAddress } from '../../../core/model';
import type { CsvField } from './columns';

// prettier-ignore
export const googleAliases: readonly (readonly [CsvField, string])[] = [
  ['fullName', 'Name'], ['givenName', 'Given Name'], ['middleName', 'Additional Name'], ['surname', 'Family Name'],
  ['title', 'Name Prefix'], ['nickName', 'Nickname'],
  ['company', 'Organization 1 - Name'], ['company', 'Organization Name'],
  ['jobTitle', 'Organization 1 - Title'], ['jobTitle', 'Organization Title'],
  ['department', 'Organization 1 - Department'], ['department', 'Organization Department'],
  ['businessStreet', 'Address 1 - Street'], ['businessCity', 'Address 1 - City'],
  ['businessState', 'Address 1 - Region'], ['businessPostalCode', 'Address 1 - Postal Code'],
  ['businessCountry', 'Address 1 - Country'],
  ['webPage', 'Website 1 - Value'], ['profession', 'Occupation'],
];

/** One numbered pair of columns: where its values are, and its label, if the file has that column. */
export type GooglePair = { readonly kind: 'email' | 'phone'; readonly value: number; readonly label?: number };

const PAIR = /^(e-?mail|phone) (\d+) - (value|label|type)$/;

/** Google's numbered e-mail and phone columns in a header row, in their numbers' order; [] for other files. */
export function googlePairs(header: readonly string[]): GooglePair[] {
  const found = new Map<string, { kind: 'email' | 'phone'; n: number; value?: number; label?: number }>();
  header.forEach((name, col) => {
    const m = PAIR.exec(name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase());
    if (!m) return;
    const kind = m[1] === 'phone' ? 'phone' : 'email';
    const key = `${kind} ${m[2]}`;
    const pair = found.get(key) ?? { kind, n: Number(m[2]) };
    if (m[3] === 'value') pair.value ??= col;
    else pair.label ??= col;
    found.set(key, pair);
  });
  return [...found.values()]
    .filter((p): p is typeof p & { value: number } => p.value !== undefined)
    .sort((a, b) => (a.kind === b.kind ? a.n - b.n : a.kind.localeCompare(b.kind)))
    .map((p) =>
      p.label !== undefined ? { kind: p.kind, value: p.value, label: p.label } : { kind: p.kind, value: p.value },
    );
}

/** Where a phone goes in Graph's contact: the one mobile number, the business list, the home list, or nowhere. */
export type PhoneKind = 'mobile' | 'business' | 'home' | 'fax';

// Words of Google's labels in the languages its exports are seen in (folded: no accents, lower case).
const MOBILE = /\b(mobile?|cell(ular)?|portable|handy|movil|celular|cellulare|telemovel|gsm)\b/;
const FAX = /\b(fax|telecopie|telefax)\b/;
const HOME = /\b(home|domicile|maison|perso(nnel)?|personal|privat|privee?|casa|particulier|thuis)\b/;
const WORK =
  /\b(work|business|bureau|travail|pro(fessionnel)?|arbeit|geschaftlich|dienstlich|trabajo|lavoro|ufficio|werk|main|principal|company|office)\b/;

/**
 * A label's place in Graph: "Mobile", "Portable", "Handy", "Work Mobile" → mobile; "Home", "Domicile",
 * "Privat" → home; "Work", "Main", "Bureau" → business; faxes and pagers have no place in Graph's contact.
 * "Other", no label and labels the user made up go to the business list, where the Outlook card shows them
 * first — a number is kept rather than guessed away.
 */
export function phoneKind(label: string): PhoneKind {
  const l = fold(label);
  if (FAX.test(l) || /\b(pager|bip|beeper)\b/.test(l)) return 'fax';
  if (MOBILE.test(l)) return 'mobile';
  if (HOME.test(l)) return 'home';
  if (WORK.test(l)) return 'business';
  return 'business';
}

/** What a row's numbered pairs give a contact. */
export type GoogleCommunications = {
  readonly emailAddresses: EmailAddress[];
  readonly mobilePhone?: string;
  readonly businessPhones: string[];
  readonly homePhones: string[];
};

type Entry = {
  readonly kind: 'email' | 'phone';
  readonly label: string;
  readonly primary: boolean;
  readonly value: string;
};

function entriesOf(pairs: readonly GooglePair[], cells: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  for (const p of pairs) {
    const raw = (p.label !== undefined ? cells[p.label] : undefined)?.trim() ?? '';
    const primary = raw.startsWith('*');
    const label = raw.replace(/^\*\s*/, '');
    for (const value of (cells[p.value] ?? '').split(':::'))
      if (value.trim()) entries.push({ kind: p.kind, label, primary, value: value.trim() });
  }
  // The primary one first (a stable sort keeps the file's order otherwise).
  return entries.sort((a, b) => Number(b.primary) - Number(a.primary));
}

/** The e-mail addresses and phones of a row of a Google CSV, placed by their labels (see phoneKind). */
export function googleCommunications(pairs: readonly GooglePair[], cells: readonly string[]): GoogleCommunications {
  const entries = entriesOf(pairs, cells);
  const emailAddresses = entries.filter((e) => e.kind === 'email').map((e) => ({ address: e.value }));
  let mobilePhone: string | undefined;
  const businessPhones: string[] = [];
  const homePhones: string[] = [];
  for (const e of entries) {
    if (e.kind !== 'phone') continue;
    const kind = phoneKind(e.label);
    if (kind === 'mobile' && mobilePhone === undefined) mobilePhone = e.value;
    // A second mobile: Graph has one; it joins the home list unless its label says work.
    else if (kind === 'mobile') (WORK.test(fold(e.label)) ? businessPhones : homePhones).push(e.value);
    else if (kind === 'home') homePhones.push(e.value);
    else if (kind === 'business') businessPhones.push(e.value);
  }
  return { emailAddresses, ...(mobilePhone !== undefined ? { mobilePhone } : {}), businessPhones, homePhones };
}
