/**
 * A country or region inside a sentence: French needs its preposition ("en Allemagne", "au Japon", "aux
 * États-Unis", "à Singapour"), English its article ("in the United States"). Several are joined with the
 * language's list format.
 */
import { countryLabel } from '../../core/ambitions';
import type { Language } from '../../core/model';

// French: masculine countries take "au", plural ones "aux", city-states "à"; the rest (feminine, or
// starting with a vowel) take "en". Regions follow the same rule.
const frAu = new Set([
  'GB',
  'PT',
  'LU',
  'DK',
  'CA',
  'MX',
  'BR',
  'CL',
  'JP',
  'VN',
  'QA',
  'MA',
  'SN',
  'NG',
  'KE',
  'middle-east',
]);
const frAux = new Set(['US', 'NL', 'AE']);
const frA = new Set(['SG', 'HK', 'TW']);
// English: names that take "the".
const enThe = new Set(['US', 'GB', 'NL', 'AE', 'middle-east']);

/** "en Allemagne", "aux États-Unis", "in the United Kingdom". */
export function inPlace(code: string, language: Language): string {
  const label = countryLabel(code, language);
  if (language === 'en') return `in ${enThe.has(code) ? 'the ' : ''}${label}`;
  if (frAux.has(code)) return `aux ${label}`;
  if (frAu.has(code)) return `au ${label}`;
  if (frA.has(code)) return `à ${label}`;
  return `en ${label}`;
}

/** "en Allemagne ou en Autriche", "in Germany or in Austria". */
export function inPlaces(codes: readonly string[], language: Language): string {
  const list = new Intl.ListFormat(language, { type: 'disjunction' });
  return list.format(codes.map((c) => inPlace(c, language)));
}

/** Quoted labels joined: "« Fintech » et « Assurance »", "“Fintech” and “Insurance”". */
export function quotedList(labels: readonly string[], language: Language): string {
  // No-break spaces inside French guillemets, as in every French sentence (see core/text/typography.ts).
  const q = (l: string) => (language === 'fr' ? `«\u00a0${l}\u00a0»` : `“${l}”`);
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(labels.map(q));
}
