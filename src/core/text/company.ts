/**
 * The one company key of circles and ambitions: "L'ORÉAL SA", "L'Oréal Groupe (siège)" and "Loreal" all come
 * down to the distinctive words of the name. The circles compare contacts' companies with each other on it
 * (contacts/company.ts), the ambitions look it up in their company dataset (ambitions/companies.ts).
 */
import data from './data/company-words.json';
import { words } from './fold';

/** The word lists of data/company-words.json (docs/KNOWLEDGE.md, "Company names"). */
export type CompanyWords = {
  /** Legal forms from the countries people in the address book work in: what kind of company, never which. */
  readonly legalForms: readonly string[];
  /** Words that do not say which organisation: group, a seat, the home country, small words. */
  readonly decorations: readonly string[];
  /**
   * Places that end a subsidiary's name ("Iberdrola España", "Allianz Deutschland"): dropped only at the end
   * (`isTrailingDecoration`), since inside a name they are its distinctive part ("Crédit Suisse").
   */
  readonly trailingPlaces: readonly string[];
};

/** The lists as sets; a word that is not one folded word of letters and digits is an error naming it. */
export function compileCompanyWords(lists: CompanyWords): Record<keyof CompanyWords, ReadonlySet<string>> {
  const sets = {} as Record<keyof CompanyWords, ReadonlySet<string>>;
  for (const key of ['legalForms', 'decorations', 'trailingPlaces'] as const) {
    for (const w of lists[key])
      if (!/^[a-z0-9]+$/.test(w)) throw new Error(`Company word "${w}" (${key}): one word, lower case, no accents`);
    sets[key] = new Set(lists[key]);
  }
  return sets;
}

const lists = compileCompanyWords(data);

/** Legal forms: SA, GmbH, Ltd, Inc… (folded). */
export const legalForms: ReadonlySet<string> = lists.legalForms;
const subsidiaryPlaces = lists.trailingPlaces;

/** Every word `companyKey` drops: legal forms and generic decorations. */
export const legalAndGeneric: ReadonlySet<string> = new Set([...lists.legalForms, ...lists.decorations]);

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
