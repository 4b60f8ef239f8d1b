/**
 * The pattern notation of the knowledge files (docs/KNOWLEDGE.md, "Patterns"): the term notation (terms.ts) —
 * lower case without accents, whole words, a `*` at a word's end for any ending — plus what a phrase with
 * choices needs, and nothing that reads like a regular expression:
 *
 * - `(a|b c|d*)` one of the alternatives, each a word or a phrase: `lever (fonds*|capital*)`;
 * - `[a|b]` one of them or nothing, `[de]` an optional word: `decrocher [un|une] contrat*`;
 * - `{word}` any one word of letters, `{words}` any number of them (none too): `get (a|my) [{word}] job*`;
 * - inside a word, `?` is one letter and `#` one digit: `c?o` finds "ceo" and "cfo", `lever #*` "lever 2m".
 *
 * A pattern is compiled once, when its module loads, into one RegExp; a malformed one stops the load with its
 * text and what is wrong, and `patternProblem` says the same to the data tests.
 */

/** The characters a folded text's words are made of, as the body of a RegExp character class. */
export type WordCharacters = string;

/** The ambition texts' words (ambitions/text.ts `fold`): letters, digits, `&` and `+`. */
export const ambitionWordCharacters: WordCharacters = 'a-z0-9&+';

type Word = { readonly kind: 'word'; readonly text: string };
type Group = { readonly kind: 'group'; readonly optional: boolean; readonly alternatives: readonly Sequence[] };
type Item = Word | Group;
type Sequence = readonly Item[];

class PatternError extends Error {}

const wordShape = /^(?:[a-z0-9&+?#]+\*?|\{word\}|\{words\})$/;

/** Reads `pattern` from `at` up to a `|`, `)`, `]` or its end: words and groups separated by one space. */
function readSequence(pattern: string, at: number): { sequence: Item[]; end: number } {
  const sequence: Item[] = [];
  let i = at;
  for (;;) {
    const c = pattern[i];
    if (c === '(' || c === '[') {
      const group = readGroup(pattern, i);
      sequence.push(group.group);
      i = group.end;
    } else {
      let j = i;
      while (j < pattern.length && !' ()[]|'.includes(pattern[j]!)) j++;
      const text = pattern.slice(i, j);
      if (text === '')
        throw new PatternError(c === undefined ? 'ends where a word is expected' : `a word is missing before "${c}"`);
      if (!wordShape.test(text))
        throw new PatternError(
          `"${text}" is not a word of the notation (lower-case letters without accents, digits, & or +; a * only at the end; {word} or {words})`,
        );
      sequence.push({ kind: 'word', text });
      i = j;
    }
    if (pattern[i] !== ' ') return { sequence, end: i };
    if (pattern[i + 1] === ' ' || i + 1 === pattern.length) throw new PatternError('words are separated by one space');
    i++;
  }
}

function readGroup(pattern: string, at: number): { group: Group; end: number } {
  const optional = pattern[at] === '[';
  const close = optional ? ']' : ')';
  const alternatives: Sequence[] = [];
  let i = at + 1;
  for (;;) {
    const { sequence, end } = readSequence(pattern, i);
    alternatives.push(sequence);
    if (pattern[end] === '|') i = end + 1;
    else if (pattern[end] === close) return { group: { kind: 'group', optional, alternatives }, end: end + 1 };
    else throw new PatternError(`"${pattern[at]}" at ${at + 1} is not closed by "${close}"`);
  }
}

function parse(pattern: string): Sequence {
  const { sequence, end } = readSequence(pattern, 0);
  if (end !== pattern.length) throw new PatternError(`unexpected "${pattern[end]}" at ${end + 1}`);
  if (!sequence.some(required)) throw new PatternError('everything is optional: it would match any text');
  return sequence;
}

function required(item: Item): boolean {
  return item.kind === 'word'
    ? item.text !== '{words}'
    : !item.optional && item.alternatives.every((a) => a.some(required));
}

/**
 * The RegExp source of a sequence. Words are separated by one space, which an optional item carries inside:
 * before it once a required item came first (`a(?: b)? c`), after it while none has (`(?:a )?(?:b )?c`).
 */
function sequenceSource(sequence: Sequence, w: WordCharacters): string {
  let out = '';
  let started = false;
  for (const item of sequence) {
    const body = itemSource(item, w);
    const skippable = item.kind === 'group' ? item.optional : item.text === '{words}';
    if (!skippable) out += (started ? ' ' : '') + body;
    else out += started ? `(?: ${body})?` : `(?:${body} )?`;
    started ||= !skippable;
  }
  return out;
}

function itemSource(item: Item, w: WordCharacters): string {
  if (item.kind === 'group') return `(?:${item.alternatives.map((a) => sequenceSource(a, w)).join('|')})`;
  if (item.text === '{word}') return `[a-z]+(?![${w}])`;
  if (item.text === '{words}') return `[a-z]+(?![${w}])(?: [a-z]+(?![${w}]))*`;
  const any = item.text.endsWith('*');
  const letters = (any ? item.text.slice(0, -1) : item.text)
    .replace(/[&+]/g, (c) => `\\${c}`)
    .replace(/\?/g, '[a-z]')
    .replace(/#/g, '[0-9]');
  return any ? `${letters}[${w}]*` : `${letters}(?![${w}])`;
}

/** Why a pattern cannot be compiled, or undefined when it is well formed. */
export function patternProblem(pattern: string): string | undefined {
  try {
    parse(pattern);
    return undefined;
  } catch (e) {
    if (e instanceof PatternError) return `"${pattern}": ${e.message}`;
    throw e;
  }
}

/** The RegExp source matching any of the patterns, starting at a word start. Throws naming a bad pattern. */
export function patternsSource(patterns: readonly string[], w: WordCharacters, what: string): string {
  if (patterns.length === 0) throw new Error(`${what}: no pattern`);
  const sources = patterns.map((p) => {
    const problem = patternProblem(p);
    if (problem) throw new Error(`${what}: pattern ${problem}`);
    return sequenceSource(parse(p), w);
  });
  return `(?<![${w}])(?:${sources.join('|')})`;
}

/** One RegExp for a list of patterns (any of them), `what` naming the entry in an error. */
export function compilePatterns(patterns: readonly string[], w: WordCharacters, what: string): RegExp {
  return new RegExp(patternsSource(patterns, w, what));
}
