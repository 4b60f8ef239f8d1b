/**
 * Contacts → vCard 3.0 (what classic Outlook, Apple and Google import) or 4.0 (RFC 6350), written with
 * ical.js so escaping ("\," "\;" "\n" "\\") and line folding at 75 octets follow the RFCs.
 */
import ICAL from 'ical.js';
import type { Contact, PostalAddress } from '../../../core/model';

export type VCardVersion = '3.0' | '4.0';

/** A column of the source file the contact model does not hold, kept in the card as it was. */
export type ExtraColumn = { readonly column: string; readonly value: string };

export type VCardWriteOptions = {
  /** Default '3.0'. */
  readonly version?: VCardVersion;
  /** By contact id: the source's columns the card has no property for (see extraProperty). */
  readonly extras?: ReadonlyMap<string, readonly ExtraColumn[]>;
};

type Card = InstanceType<typeof ICAL.Component>;

function add(
  card: Card,
  name: string,
  value: string | string[] | undefined,
  params: Record<string, string | string[]> = {},
  type?: string,
) {
  if (value === undefined || (typeof value === 'string' && value === '')) return;
  const prop = new ICAL.Property(name);
  if (type) prop.resetType(type);
  for (const [k, v] of Object.entries(params)) prop.setParameter(k, v);
  prop.setValue(value);
  card.addProperty(prop);
}

/** Several values in one property (CATEGORIES), each escaped on its own. */
function addMulti(card: Card, name: string, values: readonly string[]) {
  if (!values.length) return;
  const prop = new ICAL.Property(name);
  prop.setValues([...values]);
  card.addProperty(prop);
}

const adr = (a: PostalAddress): string[] => [
  '',
  '',
  a.street ?? '',
  a.city ?? '',
  a.state ?? '',
  a.postalCode ?? '',
  a.countryOrRegion ?? '',
];

/**
 * An unmodelled column as an X- property named after it ("Other Phone" → X-OTHER-PHONE, readable in any
 * vCard tool), with the exact column name in an X-CSV-COLUMN parameter (quoted, RFC 6868 for its quotes), so
 * accents and punctuation the property name cannot hold come back too. Typed as text: RFC 6350 escaping.
 */
function addExtra(card: Card, { column, value }: ExtraColumn) {
  const slug = column
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toUpperCase();
  add(card, `x-${slug || 'column'}`, value, { 'x-csv-column': column }, 'text');
}

function cardOf(c: Contact, version: VCardVersion, extras: readonly ExtraColumn[] = []): Card {
  const v4 = version === '4.0';
  // vCard 3.0 types are conventionally upper case, 4.0 lower case (RFC 6350 §5.6).
  const t = (...types: string[]) => ({ type: types.map((x) => (v4 ? x.toLowerCase() : x.toUpperCase())) });
  const card = new ICAL.Component('vcard');
  add(card, 'version', version);
  add(card, 'prodid', '-//Circles//Circles for Outlook//EN');
  add(card, 'uid', c.id);
  // FN is mandatory in every version; N is mandatory in 3.0.
  add(card, 'fn', c.displayName || c.emailAddresses[0]?.address || ' ');
  add(card, 'n', [c.surname ?? '', c.givenName ?? '', c.middleName ?? '', c.title ?? '', '']);
  add(card, 'nickname', c.nickName);
  if (c.companyName || c.department)
    add(card, 'org', c.department ? [c.companyName ?? '', c.department] : [c.companyName ?? '']);
  add(card, 'title', c.jobTitle);
  add(card, 'role', c.profession);
  c.emailAddresses.forEach((e, i) =>
    add(card, 'email', e.address, v4 ? (i === 0 ? { pref: '1' } : {}) : t('INTERNET', ...(i === 0 ? ['PREF'] : []))),
  );
  const text = v4 ? 'text' : undefined;
  for (const p of c.businessPhones) add(card, 'tel', p, t('WORK', 'VOICE'), text);
  for (const p of c.homePhones) add(card, 'tel', p, t('HOME', 'VOICE'), text);
  add(card, 'tel', c.mobilePhone, t('CELL'), text);
  if (c.businessAddress) add(card, 'adr', adr(c.businessAddress), t('WORK'));
  if (c.homeAddress) add(card, 'adr', adr(c.homeAddress), t('HOME'));
  if (c.otherAddress) add(card, 'adr', adr(c.otherAddress));
  add(card, 'url', c.businessHomePage, t('WORK'));
  const bday = c.birthday && /^\d{4}-\d{2}-\d{2}/.exec(c.birthday)?.[0];
  if (bday) add(card, 'bday', bday, {}, 'date');
  else if (v4 && c.birthday && /^--\d{2}-\d{2}$/.test(c.birthday))
    add(card, 'bday', c.birthday.replace(/-(\d{2})$/, '$1'), {}, 'date-and-or-time');
  add(card, 'note', c.personalNotes);
  addMulti(card, 'categories', c.categories);
  if (v4) {
    add(card, 'related', c.spouseName, { type: 'spouse' }, 'text');
  } else add(card, 'x-spouse', c.spouseName, {}, 'text');
  // ical.js writes X- properties raw unless they are typed as text: typed, their line breaks are escaped.
  add(card, 'x-manager', c.manager, {}, 'text');
  add(card, 'x-assistant', c.assistantName, {}, 'text');
  for (const extra of extras) addExtra(card, extra);
  return card;
}

/** Writes contacts as one vCard file (CRLF line ends, as the RFCs require). */
export function writeVCards(contacts: readonly Contact[], options: VCardWriteOptions = {}): string {
  const version = options.version ?? '3.0';
  return contacts.map((c) => `${cardOf(c, version, options.extras?.get(c.id)).toString()}\r\n`).join('');
}
