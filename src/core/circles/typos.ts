/**
 * Small typo tolerance for long vocabulary words: "reonuvellement", "Twtiter", "Key acocunt". A word of six
 * letters or more that is one adjacent transposition away from a vocabulary word is read as that word; from
 * nine letters on, one missing, extra or wrong letter too. Shorter words are left alone: "father"/"rather",
 * "brother"/"bother" show how often a single edit of a short word is another real word.
 */
import { vocabulary } from './vocabulary';

const minTransposed = 6;
const minEdited = 9;

/** Every whole vocabulary word without wildcard, keyed by the typos that lead to it. */
function buildIndex(): { words: ReadonlySet<string>; variants: ReadonlyMap<string, string>; longest: number } {
  const words = new Set<string>();
  for (const r of vocabulary)
    for (const term of r.terms) for (const w of term.split(/[\s-]+/)) if (/^[a-z]+$/.test(w)) words.add(w);
  let longest = 0;
  for (const w of words) longest = Math.max(longest, w.length);
  const variants = new Map<string, string | null>();
  const add = (variant: string, word: string): void => {
    if (words.has(variant)) return;
    const known = variants.get(variant);
    // A variant two words share is ambiguous: it corrects to neither.
    variants.set(variant, known === undefined || known === word ? word : null);
  };
  for (const w of words) {
    if (w.length < minTransposed) continue;
    for (let i = 0; i + 1 < w.length; i++)
      if (w[i] !== w[i + 1]) add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2), w);
  }
  const deletions = new Map<string, string | null>();
  for (const w of words) {
    if (w.length < minEdited) continue;
    for (let i = 0; i < w.length; i++) {
      const d = w.slice(0, i) + w.slice(i + 1);
      const known = deletions.get(d);
      deletions.set(d, known === undefined || known === w ? w : null);
    }
  }
  const out = new Map<string, string>();
  for (const [v, w] of variants) if (w) out.set(v, w);
  // Edits: a word with a letter missing is a deletion of the word; one with a letter too many or a wrong
  // letter shares a deletion with it. Stored under a prefix so they never mix with transpositions.
  for (const [d, w] of deletions) if (w) out.set(`-${d}`, w);
  return { words, variants: out, longest };
}

let index: ReturnType<typeof buildIndex> | undefined;

function correctWord(word: string): string | undefined {
  index ??= buildIndex();
  const { words, variants, longest } = index;
  // One edit away from a vocabulary word is at most one letter longer: anything longer is no typo of ours,
  // and trying each deletion of a 16,000-letter word would cost 16,000² steps.
  if (word.length > longest + 1 || words.has(word)) return undefined;
  const transposed = variants.get(word);
  if (transposed) return transposed;
  if (word.length + 1 >= minEdited) {
    const missing = variants.get(`-${word}`);
    if (missing && missing.length === word.length + 1) return missing;
  }
  if (word.length >= minEdited) {
    for (let i = 0; i < word.length; i++) {
      const shorter = `${word.slice(0, i)}${word.slice(i + 1)}`;
      // A letter too many: the word without it is a vocabulary word.
      if (shorter.length >= minEdited && words.has(shorter)) return shorter;
      // A wrong letter: both lose the same letter to the same deletion.
      const hit = variants.get(`-${shorter}`);
      if (hit && hit.length === word.length) return hit;
    }
  }
  return undefined;
}

const wordPattern = /[a-z]{6,}/g;

/** The folded text with long misspelt vocabulary words corrected; the same string when nothing changes. */
export function correctTypos(folded: string): string {
  if (!/[a-z]{6}/.test(folded)) return folded;
  return folded.replace(wordPattern, (w) => correctWord(w) ?? w);
}
