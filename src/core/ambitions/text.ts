/**
 * Text helpers for the ambition knowledge: folding (case, accents, punctuation), tokens, and a small
 * edit distance for the typos people make in company names ("Penynlane", "Hitahci").
 */

/** Lower-cases, strips accents and turns every non-alphanumeric run into one space. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, ' ')
    .toLowerCase()
    .replace(/[^a-z0-9&+]+/g, ' ')
    .trim();
}

/** Splits "GreenWind" or "AkuoEnergy" into words before folding, so compound brand names yield their parts. */
export function splitCamel(text: string): string {
  return text.replace(/([a-z])([A-Z])/g, '$1 $2');
}

/** Folded tokens of a text (camel-case split first). */
export function tokens(text: string): string[] {
  const f = fold(splitCamel(text));
  return f === '' ? [] : f.split(' ');
}

/** Folded text without any separator: "Crédit A gricole" and "CréditAgricole" give the same key. */
export function compactKey(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, '');
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), stopping early once
 * it exceeds `max`: company names are short and compared against a few hundred entries.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** How many typos a name of this length may carry and still be recognised. */
export function typoBudget(length: number): number {
  if (length < 5) return 0;
  if (length < 10) return 1;
  return 2;
}

/**
 * True when a knowledge term occurs in a padded, folded text: at a word start, and as a whole word when
 * the term ends with a space (" ai ", "vc ").
 */
export function hasTerm(paddedText: string, term: string): boolean {
  const core = term.trim();
  return paddedText.includes(term.endsWith(' ') ? ` ${core} ` : ` ${core}`);
}

/** Pads a folded text with spaces so whole-word and word-start tests are plain `includes`. */
export function pad(folded: string): string {
  return ` ${folded} `;
}

/**
 * Corrects the typos people make in the few words an ambition hinges on ("travailer", "recruting",
 * "lookng"): a folded word of five letters or more, one edit away from a word of `lexicon` and neither a
 * prefix nor an extension of it ("energies" stays, it is "energie" inflected), becomes that word.
 */
export function correctTypos(folded: string, lexicon: readonly string[]): string {
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
