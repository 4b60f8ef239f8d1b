/**
 * The one company key of circles and ambitions: "L'ORÉAL SA", "L'Oréal Groupe (siège)" and "Loreal" all come
 * down to the distinctive words of the name. The circles compare contacts' companies with each other on it
 * (contacts/company.ts), the ambitions look it up in their company dataset (ambitions/companies.ts).
 */
import { words } from './fold';

// Data: kept compact on purpose (one word per line would run to a hundred lines).
// prettier-ignore
/** Legal forms, from the countries people in the address book work in: they say what kind of company, never which. */
export const legalForms: ReadonlySet<string> = new Set([
  'sa', 'sas', 'sasu', 'sarl', 'eurl', 'sci', 'snc', 'scop', 'gie', 'sca', 'se', 'ltd', 'limited', 'plc', 'llc',
  'llp', 'lp', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'kg', 'bv', 'nv', 'spa',
  'srl', 'sl', 'slu', 'ab', 'as', 'asa', 'oy', 'kk', 'pty', 'pte',
]);

// prettier-ignore
/** Decorations that do not say which organisation: group, a seat, a country subsidiary, and small words. */
const generic: ReadonlySet<string> = new Set([
  'group', 'groupe', 'holding', 'holdings', 'international', 'intl', 'france', 'uk', 'europe', 'emea', 'siege',
  'hq', 'headquarters', 'global', 'worldwide', 'the', 'et', 'and', 'cie', 'compagnie', 'l', 'le', 'la', 'les',
  'de', 'des', 'du', 'd', 'of',
]);

// prettier-ignore
/**
 * Country and region names that end a subsidiary's name ("Iberdrola España", "Allianz Deutschland"). Only
 * trailing ones are dropped (`isTrailingDecoration`): inside a name they are its distinctive part ("Crédit Suisse").
 */
const subsidiaryPlaces: ReadonlySet<string> = new Set([
  'espana', 'spain', 'deutschland', 'germany', 'italia', 'italy', 'benelux', 'belgique', 'belgium', 'nederland',
  'schweiz', 'suisse', 'iberia', 'nordics',
]);

/** Every word `companyKey` drops: legal forms and generic decorations. */
export const legalAndGeneric: ReadonlySet<string> = new Set([...legalForms, ...generic]);

/** The distinctive folded words of a company name, joined by spaces ("L'Oréal SA (siège)" → "oreal"). */
export function companyKey(name: string): string {
  const known = keys.get(name);
  if (known !== undefined) return known;
  const key = companyKeyUncached(name);
  if (keys.size > 100_000) keys.clear();
  keys.set(name, key);
  return key;
}

// Contacts repeat the same few companies, and several passes key the same name.
const keys = new Map<string, string>();

function companyKeyUncached(name: string): string {
  const cleaned = name.replace(/\([^)]*\)/g, ' ');
  const all = words(cleaned);
  const kept = all.filter((w) => !legalAndGeneric.has(w));
  return (kept.length ? kept : all).join(' ');
}

/** The company key without its spaces ("bnp paribas" → "bnpparibas"): how a name is looked up in a dataset. */
export function compactCompanyKey(name: string): string {
  return companyKey(name).replace(/ /g, '');
}

/**
 * Whether a word at the end of a name may be dropped to find the organisation it belongs to: a legal form, a
 * decoration, or a country ("Business France (siège)", "Iberdrola España SA").
 */
export function isTrailingDecoration(word: string): boolean {
  return legalAndGeneric.has(word) || subsidiaryPlaces.has(word);
}
