/**
 * Text folding shared by every matcher, circles and ambitions alike: people type names, companies, notes and
 * ambitions with or without accents, in any case, with typographic apostrophes and ligatures. Everything is
 * compared in folded form.
 */

const ligatures: Readonly<Record<string, string>> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

// The same subjects and company names come back thousands of times: folding is memoised (bounded).
const folded = new Map<string, string>();

/** Lower-cases, strips diacritics, expands œ/æ/ß, unifies apostrophes and dashes, collapses spaces. */
export function fold(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  const result = foldUncached(text);
  if (folded.size > 100_000) folded.clear();
  folded.set(text, result);
  return result;
}

function foldUncached(text: string): string {
  return text
    .replace(/[œŒæÆß]/g, (c) => ligatures[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded alphanumeric words ("L'Oréal S.A." → ["l", "oreal", "s", "a"]). */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/**
 * The folded text in the form of the knowledge terms (text/terms.ts): letters, digits, `&` and `+`, every
 * other run of characters one space ("R&D, Saint-Étienne" → "r&d saint etienne").
 */
export function foldTerms(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9&+]+/g, ' ')
    .trim();
}

/** Splits "GreenWind" or "AkuoEnergy" into words before folding, so compound brand names yield their parts. */
export function splitCamel(text: string): string {
  return text.replace(/([a-z])([A-Z])/g, '$1 $2');
}

/** Term-folded tokens of a text, camel case split first ("AkuoEnergy SAS" → ["akuo", "energy", "sas"]). */
export function tokens(text: string): string[] {
  const f = foldTerms(splitCamel(text));
  return f === '' ? [] : f.split(' ');
}

/** Folded letters and digits only: "Crédit A gricole" and "CréditAgricole" give the same key. */
export function compactKey(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, '');
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Code-unit order: deterministic whatever the runtime's locale (and much faster than localeCompare). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
