/**
 * The one notation of the knowledge files (docs/KNOWLEDGE.md, "Words"): a term is a word or a phrase in lower
 * case without accents, matched as whole words; a `*` at the end of a word accepts any ending ("renouvelab*"
 * finds "renouvelable" and "renouvelables", "salon des*" finds "salon des vins"). Nothing else is special.
 */

/** Letters, digits, `&` and `+` survive folding; a word may end with `*`. */
const ambitionTermShape = /^[a-z0-9&+]+\*?( [a-z0-9&+]+\*?)*$/;

/**
 * Why a term of the ambition knowledge (sectors, roles, countries) could never match, or undefined when it is
 * well formed. Those texts are folded to letters, digits, `&`, `+` and single spaces, and the matcher there
 * takes a `*` only at the end of the term.
 */
export function ambitionTermProblem(term: string): string | undefined {
  if (!ambitionTermShape.test(term))
    return `"${term}": lower-case letters without accents, digits, & or +, words separated by one space`;
  if (term.slice(0, -1).includes('*')) return `"${term}": a * only at the end of the term`;
  return undefined;
}

/**
 * A term in the form the ambition matcher (`hasTerm` below) takes: a stem is matched at a word
 * start ("renouvelab"), a whole word carries a trailing space ("ai "). Throws on a malformed term, naming it.
 */
export function toWordStartTerm(term: string): string {
  const problem = ambitionTermProblem(term);
  if (problem) throw new Error(`Knowledge term ${problem}`);
  return term.endsWith('*') ? term.slice(0, -1) : `${term} `;
}

/** Pads a term-folded text (`foldTerms`) with spaces so whole-word and word-start tests are plain `includes`. */
export function pad(folded: string): string {
  return ` ${folded} `;
}

/**
 * True when a word-start term (`toWordStartTerm`) occurs in a padded, term-folded text: at a word start, and
 * as a whole word when the term ends with a space (" ai ", "vc ").
 */
export function hasTerm(paddedText: string, term: string): boolean {
  const core = term.trim();
  return paddedText.includes(term.endsWith(' ') ? ` ${core} ` : ` ${core}`);
}
