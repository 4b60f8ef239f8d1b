/**
 * Corrects the typos people make in the few words an ambition hinges on ("travailer", "recruting",
 * "lookng"). The circles' vocabulary has its own corrector (circles/typos.ts): thousands of words there, so
 * it files every typo of every word in an index and drops the ambiguous ones; here a short lexicon is
 * scanned. Both count an adjacent swap as one edit (`editDistance`).
 */
import { editDistance } from './distance';

/**
 * A term-folded word of five letters or more, one edit away from a word of `lexicon` with the same first
 * letter and neither a prefix nor an extension of it ("energies" stays, it is "energie" inflected), becomes
 * that word.
 */
export function correctToLexicon(folded: string, lexicon: readonly string[]): string {
  const known = new Set(lexicon);
  return folded
    .split(' ')
    .map((w) => {
      if (w.length < 5 || known.has(w) || /\d/.test(w)) return w;
      const fix = lexicon.find(
        (l) => l[0] === w[0] && !l.startsWith(w) && !w.startsWith(l) && editDistance(w, l, 1) <= 1,
      );
      return fix ?? w;
    })
    .join(' ');
}
