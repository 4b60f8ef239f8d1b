/**
 * Finding which known names a name may match without comparing it with every one of them: the engine reads
 * tens of thousands of contacts against thousands of organisations, and a linear search per contact made a
 * run grow with the square of the address book. The indexes return a superset of the matches (candidates, in
 * the order they were added); callers confirm each with the exact test (`sameCompanyKey`,
 * `textMentionsCompany`), so results are those of a full scan.
 */
import { typoBudget } from '../text/distance';
import { workProbe } from './company';
import { keepLayout } from '../layouts';

const squeeze = (s: string): string => s.replace(/ /g, '');

/** Strings up to this long are found by their deletion neighbourhood; longer ones by pieces. */
const NEIGHBOURHOOD_MAX = 40;

/**
 * Strings within `typoBudget(stored length)` edits of a query, found without comparing the query with every
 * string. Short strings (up to 40 letters: names) by deletion neighbourhoods: two strings at most k
 * edits apart become equal once at most k letters are deleted from each, so every string is filed under its
 * variants with up to `typoBudget` letters deleted (a swap of two letters is undone by deleting one of them on
 * each side), and a query looks its own variants up. Longer strings by pigeonhole: an edit spoils at most two
 * pieces (a swap across a cut spoils both sides), so cut in 2 × budget + 1 pieces, at least one survives the
 * edits intact, at most budget places from where it was; each piece is filed by (length, piece number, text)
 * and a query looks each one up at every shift. Either way a constant number of look-ups, whatever the number
 * of strings.
 */
export class TypoIndex {
  private readonly exact = new IdLists();
  private readonly variants = new IdLists();
  private readonly pieces = new IdLists();
  /** Lengths of the strings filed by neighbourhood, and by pieces: queries skip the others. */
  private readonly nearLengths = new Set<number>();
  private readonly lengths = new Set<number>();

  add(s: string, id: number): void {
    this.exact.add(s, id);
    const budget = typoBudget(s.length);
    if (budget === 0) return;
    if (s.length <= NEIGHBOURHOOD_MAX) {
      this.nearLengths.add(s.length);
      for (const v of deletions(s, budget)) this.variants.add(v, id);
      return;
    }
    this.lengths.add(s.length);
    cut(s.length, budget).forEach(([at, len], piece) =>
      this.pieces.add(`${s.length}:${piece}:${s.slice(at, at + len)}`, id),
    );
  }

  /** Ids of strings equal to `q` (appended to `into`). */
  collectExact(q: string, into: number[]): void {
    this.exact.collect(q, into);
  }

  /** Ids of strings equal to `q` or that may be within their typo budget of it (unsorted, may repeat). */
  collect(q: string, into: number[]): void {
    this.exact.collect(q, into);
    // As many deletions as the most tolerant string of a length within reach allows.
    let budget = 0;
    for (let length = q.length - 2; length <= q.length + 2; length++)
      if (this.nearLengths.has(length)) budget = Math.max(budget, typoBudget(length));
    if (budget > 0) for (const v of deletions(q, budget)) this.variants.collect(v, into);
    for (let length = Math.max(NEIGHBOURHOOD_MAX + 1, q.length - 2); length <= q.length + 2; length++) {
      if (!this.lengths.has(length)) continue;
      const budget = typoBudget(length);
      cut(length, budget).forEach(([at, len], piece) => {
        for (let shift = -budget; shift <= budget; shift++) {
          const from = at + shift;
          if (from < 0 || from + len > q.length) continue;
          this.pieces.collect(`${length}:${piece}:${q.slice(from, from + len)}`, into);
        }
      });
    }
  }
}

/** The string with up to `k` letters deleted, every way (itself included), in the order they are found. */
function deletions(s: string, k: number): readonly string[] {
  const memo = neighbourhoods[k];
  if (!memo) return neighbourhood(s, k);
  const known = memo.get(s);
  if (known) return known;
  const found = neighbourhood(s, k);
  // Bounded: a run's organisations and texts ask for a few hundred neighbourhoods of up to ~800 strings.
  held += found.length;
  if (held > 200_000) {
    for (const m of neighbourhoods) m?.clear();
    held = found.length;
  }
  memo.set(s, found);
  return found;
}

// By budget (1 or 2): the neighbourhoods of the strings asked before. The same organisations and the same
// words are looked up run after run (each run builds its indexes anew), and a neighbourhood of two deletions
// is hundreds of strings: built once, they are the index's largest allocation no more.
const neighbourhoods: (Map<string, readonly string[]> | undefined)[] = [undefined, new Map(), new Map()];
let held = 0;

function neighbourhood(s: string, k: number): string[] {
  const out = new Set([s]);
  let level: Iterable<string> = [s];
  for (let d = 0; d < k; d++) {
    const next = new Set<string>();
    for (const v of level) for (let i = 0; i < v.length; i++) next.add(v.slice(0, i) + v.slice(i + 1));
    for (const v of next) out.add(v);
    level = next;
  }
  return [...out];
}

/** A length cut in `2 × budget + 1` pieces as even as possible: [start, length] of each. */
function cut(length: number, budget: number): [number, number][] {
  const parts = 2 * budget + 1;
  const out: [number, number][] = [];
  for (let i = 0, at = 0; i < parts; i++) {
    const len = Math.floor((length * (i + 1)) / parts) - Math.floor((length * i) / parts);
    out.push([at, len]);
    at += len;
  }
  return out;
}

/** Ids filed under string keys: what the indexes are made of. */
export class IdLists {
  private readonly lists = new Map<string, number[]>();

  get size(): number {
    return this.lists.size;
  }

  has(k: string): boolean {
    return this.lists.has(k);
  }

  add(k: string, id: number): void {
    const list = this.lists.get(k);
    if (!list) this.lists.set(k, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  }

  /** Appends the ids filed under `k` to `into`. */
  collect(k: string, into: number[]): void {
    const list = this.lists.get(k);
    if (list) for (const id of list) into.push(id);
  }
}

/** Ids in ascending order, each once. */
export function ascending(ids: number[]): number[] {
  if (ids.length < 2) return ids;
  ids.sort((a, b) => a - b);
  let w = 1;
  for (let r = 1; r < ids.length; r++) if (ids[r] !== ids[w - 1]) ids[w++] = ids[r]!;
  ids.length = w;
  return ids;
}

/**
 * The short forms `sameCompanyKey` accepts besides typos: first distinctive word, initials ("bp" for "bnp
 * paribas"), first syllables ("socgen"), first word and initials of the rest ("bnpp").
 */
function shortForms(key: string): string[] {
  const words = key.split(' ');
  const forms = [words[0] ?? ''];
  if (words.length >= 2) {
    forms.push(words.map((w) => w[0] ?? '').join(''));
    forms.push(words.map((w) => w.slice(0, 3)).join(''));
    forms.push(
      (words[0] ?? '') +
        words
          .slice(1)
          .map((w) => w[0] ?? '')
          .join(''),
    );
  }
  return forms;
}

/** Items by company key: `candidates(key)` holds every item whose key `sameCompanyKey` may match with `key`. */
export class CompanyKeyIndex<T> {
  private readonly items: T[] = [];
  private readonly squeezed = new TypoIndex();
  private readonly forms = new IdLists();

  get size(): number {
    return this.items.length;
  }

  add(key: string, item: T): void {
    const id = this.items.length;
    this.items.push(item);
    if (key === '') return;
    this.squeezed.add(squeeze(key), id);
    for (const f of shortForms(key)) this.forms.add(f, id);
  }

  /** Candidate items in the order they were added (confirm each with `sameCompanyKey`). */
  candidates(key: string): T[] {
    return this.ids(key).map((id) => this.items[id]!);
  }

  /** Candidate ids (the order items were added), for callers that merge several indexes. */
  ids(key: string): number[] {
    workProbe.lookups++;
    if (key === '') return [];
    const q = squeeze(key);
    const ids: number[] = [];
    this.squeezed.collect(q, ids);
    this.forms.collect(q, ids);
    for (const f of shortForms(key)) this.squeezed.collectExact(f, ids);
    workProbe.candidates += ascending(ids).length;
    return ids;
  }
}

// One idle instance of each: their layouts outlive a run (layouts.ts).
keepLayout(new IdLists());
keepLayout(new TypoIndex());
keepLayout(new CompanyKeyIndex<number>());
