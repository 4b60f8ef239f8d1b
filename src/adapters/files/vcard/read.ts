/**
 * vCard 2.1/3.0/4.0 → Contacts. Content lines come from the pre-pass (lines.ts) and are parsed one by one
 * with ical.js (`ICAL.parse.property`), so an error names the line it is on.
 */
import ICAL from 'ical.js';
import type { Contact, PostalAddress } from '../../../core/model';
import { FileFormatError } from '../errors';
import { compact, displayNameOf, hasContent, lf, postalAddress, present, type SkippedRecord } from '../fields';
import { type ContentLine, type RawCard, splitCards, splitStructured } from './lines';

const STRUCTURED_NAMES: ReadonlySet<string> = new Set(['N', 'ADR', 'ORG']);

/** A parsed property: its name, parameters and values as jCard gives them. */
type Prop = {
  readonly name: string;
  /** For N, ADR and ORG: the components, split and unescaped by the pre-pass. */
  readonly components?: readonly string[];
  /** For CATEGORIES: the values, split and unescaped by the pre-pass. */
  readonly categories?: readonly string[];
  readonly group?: string;
  readonly types: readonly string[];
  readonly params: Readonly<Record<string, unknown>>;
  readonly values: readonly unknown[];
};

const designs = {
  '2.1': ICAL.design.getDesignSet('vcard3'),
  '3.0': ICAL.design.getDesignSet('vcard3'),
  '4.0': ICAL.design.getDesignSet('vcard'),
} as const;

function parseLine(l: ContentLine, version: RawCard['version']): Prop {
  let jcard: unknown;
  try {
    jcard = ICAL.parse.property(l.text, designs[version]);
  } catch (error) {
    // Whatever ical.js throws on a line (ParserError or otherwise) means this line is not a valid property.
    const why = error instanceof Error ? error.message : String(error);
    throw new FileFormatError(
      { en: `cannot read the ${l.name} property: ${why}`, fr: `impossible de lire la propriété ${l.name} : ${why}` },
      'vcard',
      l.line,
    );
  }
  if (!Array.isArray(jcard))
    throw new FileFormatError(
      { en: `cannot read the ${l.name} property`, fr: `impossible de lire la propriété ${l.name}` },
      'vcard',
      l.line,
    );
  const [, params, , ...values] = jcard as [string, Record<string, unknown>, string, ...unknown[]];
  const type = params?.type;
  const types = (Array.isArray(type) ? type : type === undefined ? [] : [type])
    .flatMap((t) => String(t).split(','))
    .map((t) => t.trim().toLowerCase());
  const components = STRUCTURED_NAMES.has(l.name) ? splitStructured(l.value) : undefined;
  const categories = l.name === 'CATEGORIES' ? splitStructured(l.value, ',') : undefined;
  return {
    name: l.name,
    group: l.group,
    types,
    params: params ?? {},
    values,
    ...(components ? { components } : {}),
    ...(categories ? { categories } : {}),
  };
}

/** A value as text: structured components and multi-values come back as nested arrays. */
const text = (v: unknown): string =>
  Array.isArray(v) ? v.map(text).join(',') : v === undefined || v === null ? '' : String(v);

const first = (p: Prop | undefined): string | undefined => (p ? present(lf(p.values.map(text).join(','))) : undefined);

/** Component i of a structured value (N, ADR, ORG). */
const component = (p: Prop, i: number): string | undefined => present(lf(p.components?.[i] ?? ''));

/** Apple's item groups label a property with X-ABLabel (e.g. "_$!<Spouse>!$_" or a user's own label). */
function labelsOf(props: readonly Prop[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const p of props)
    if (p.name === 'X-ABLABEL' && p.group)
      labels.set(p.group.toLowerCase(), (first(p) ?? '').replace(/^_\$!<|>!\$_$/g, '').toLowerCase());
  return labels;
}

function birthdayOf(p: Prop | undefined): string | undefined {
  const v = first(p)?.trim();
  if (!v) return undefined;
  const full = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(v);
  if (full) return `${full[1]}-${full[2]}-${full[3]}`;
  const yearless = /^--(\d{2})-?(\d{2})$/.exec(v);
  return yearless ? `--${yearless[1]}-${yearless[2]}` : undefined;
}

function addressOf(p: Prop): PostalAddress | undefined {
  const street = [component(p, 2), component(p, 1)].filter((s): s is string => !!s).join('\n');
  return postalAddress({
    street,
    city: component(p, 3),
    state: component(p, 4),
    postalCode: component(p, 5),
    countryOrRegion: component(p, 6),
  });
}

const RELATED_NAMES = {
  spouse: ['X-SPOUSE', 'X-MS-SPOUSE', 'X-EVOLUTION-SPOUSE', 'X-KADDRESSBOOK-X-SPOUSENAME'],
  manager: ['X-MANAGER', 'X-MS-MANAGER', 'X-EVOLUTION-MANAGER', 'X-KADDRESSBOOK-X-MANAGERSNAME'],
  assistant: ['X-ASSISTANT', 'X-MS-ASSISTANT', 'X-EVOLUTION-ASSISTANT', 'X-KADDRESSBOOK-X-ASSISTANTSNAME'],
} as const;

function contactOf(id: string, props: readonly Prop[]): Contact {
  const labels = labelsOf(props);
  const all = (name: string) => props.filter((p) => p.name === name);
  const one = (name: string) => props.find((p) => p.name === name);
  // A property's kinds: its TYPE parameters and the label of its item group (Apple writes both: type=pref + a label).
  const kinds = (p: Prop): readonly string[] => {
    const label = p.group ? labels.get(p.group.toLowerCase()) : undefined;
    return label ? [...p.types, label] : p.types;
  };
  const related = (role: keyof typeof RELATED_NAMES, labelWords: readonly string[]) =>
    first(props.find((p) => (RELATED_NAMES[role] as readonly string[]).includes(p.name))) ??
    first(props.find((p) => p.name === 'RELATED' && p.types.some((t) => labelWords.includes(t)))) ??
    first(props.find((p) => p.name === 'X-ABRELATEDNAMES' && kinds(p).some((k) => labelWords.includes(k))));

  const n = one('N');
  const org = one('ORG');
  const emailAddresses = all('EMAIL')
    .map((p) =>
      first(p)
        ?.trim()
        .replace(/^mailto:/i, ''),
    )
    .filter((a): a is string => !!a)
    .map((address) => ({ address }));
  const phones = all('TEL').filter((p) => !kinds(p).some((k) => ['fax', 'pager'].includes(k)));
  const phone = (p: Prop) => first(p)?.trim().replace(/^tel:/i, '');
  const isMobile = (p: Prop) => kinds(p).some((k) => ['cell', 'mobile', 'iphone'].includes(k));
  const isHome = (p: Prop) => kinds(p).includes('home');
  const mobile = phones.find(isMobile);
  const adrs = all('ADR');
  const adr = (test: (k: readonly string[]) => boolean) => {
    const p = adrs.find((a) => test(kinds(a)));
    return p ? addressOf(p) : undefined;
  };
  const urls = all('URL');
  const url = urls.find((p) => kinds(p).includes('work')) ?? urls[0];
  const notes = all('NOTE')
    .map(first)
    .filter((s): s is string => !!s);
  const categories = [
    ...new Set(
      all('CATEGORIES')
        .flatMap((p) => p.categories ?? [])
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  const base = {
    givenName: n ? component(n, 1) : undefined,
    middleName: n ? component(n, 2) : undefined,
    surname: n ? component(n, 0) : undefined,
    companyName: org ? component(org, 0) : undefined,
    emailAddresses,
  };
  const department = org
    ? present(
        (org.components ?? [])
          .slice(1)
          .filter((s) => s.trim() !== '')
          .join(', '),
      )
    : undefined;
  return compact<Contact>({
    id,
    displayName: first(one('FN')) ?? displayNameOf(base),
    ...base,
    title: n ? component(n, 3) : undefined,
    nickName: first(one('NICKNAME')),
    jobTitle: first(one('TITLE')),
    profession: first(one('ROLE')),
    department: department === undefined ? undefined : lf(department),
    manager: related('manager', ['manager']),
    assistantName: related('assistant', ['assistant']),
    businessPhones: phones
      .filter((p) => p !== mobile && !isHome(p) && !isMobile(p))
      .flatMap((p) => (phone(p) ? [phone(p)!] : [])),
    homePhones: phones
      .filter((p) => p !== mobile && isHome(p) && !isMobile(p))
      .flatMap((p) => (phone(p) ? [phone(p)!] : [])),
    mobilePhone: mobile ? phone(mobile) : undefined,
    businessAddress: adr((k) => k.includes('work')),
    homeAddress: adr((k) => k.includes('home') && !k.includes('work')),
    otherAddress: adr((k) => !k.includes('work') && !k.includes('home')),
    businessHomePage: url ? first(url)?.trim() : undefined,
    personalNotes: notes.length ? notes.join('\n') : undefined,
    categories,
    birthday: birthdayOf(one('BDAY')),
    spouseName: related('spouse', ['spouse', 'partner']),
  });
}

/**
 * Parses the text of a vCard file (one or more cards, versions 2.1, 3.0 and 4.0). Ids are the card's UID
 * when it has one that no earlier card used, else `vcf-<n>` (n the 1-based card number). Cards with nothing
 * Circles reads in them are skipped and named. Throws FileFormatError (with the line) on a malformed file.
 */
export function readVCardFile(text: string): { contacts: Contact[]; skipped: SkippedRecord[] } {
  const raw = splitCards(text);
  const cards = raw.map((card) => card.lines.map((l) => parseLine(l, card.version)));
  const uids = cards.map((props) => first(props.find((p) => p.name === 'UID'))?.trim());
  const taken = new Set(uids.filter((u): u is string => !!u));
  const used = new Set<string>();
  const skipped: SkippedRecord[] = [];
  const contacts = cards.flatMap((props, i) => {
    let id = uids[i];
    if (!id || used.has(id)) {
      // No UID (or a duplicate): a positional id that no UID of the file uses.
      id = `vcf-${i + 1}`;
      for (let k = 2; taken.has(id) || used.has(id); k++) id = `vcf-${i + 1}-${k}`;
    }
    used.add(id);
    const contact = contactOf(id, props);
    if (hasContent(contact)) return [contact];
    skipped.push({ line: raw[i]!.line, reason: 'empty-card' });
    return [];
  });
  return { contacts, skipped };
}

/** The contacts of a vCard file (see readVCardFile). */
export const readVCards = (text: string): Contact[] => readVCardFile(text).contacts;
