/**
 * The tallies `inferProfile` keeps (one per organisation named in notes, subjects and older addresses), indexed
 * by what merges a new name into one: its key (typos, short forms), its first word, and acronyms of the key and
 * of the names written for it. A look-up returns candidates in the order the tallies were made; the caller
 * confirms them with its exact test, so the first match is the one a scan of the list would find.
 */
import { ascending, CompanyKeyIndex, IdLists } from '../contacts';
import { keepLayout } from '../layouts';

type Keyed = { readonly key: string };

export class TallyIndex<T extends Keyed> {
  readonly all: T[] = [];
  private readonly keys = new CompanyKeyIndex<number>();
  private readonly exact = new IdLists();
  private readonly firstWords = new IdLists();
  private readonly nameInitials = new IdLists();
  private readonly wordStems = new IdLists();
  private readonly ids = new Map<T, number>();

  /**
   * `stems`: the distinctive words of a key as the variant test compares them (profile-variants.ts), so
   * names of one organisation in two languages, or with a session or a town added, find each other.
   */
  constructor(
    private readonly initials: (name: string) => string,
    private readonly stems: (key: string) => Iterable<string> = () => [],
  ) {}

  add(t: T): T {
    const id = this.all.length;
    this.all.push(t);
    this.ids.set(t, id);
    this.keys.add(t.key, id);
    this.exact.add(t.key, id);
    if (t.key.includes(' ')) this.firstWords.add(t.key.split(' ')[0] ?? '', id);
    for (const stem of this.stems(t.key)) this.wordStems.add(stem, id);
    return t;
  }

  /** Records a name written for a tally: its acronym finds the tally from then on. */
  addName(t: T, name: string): void {
    const id = this.ids.get(t);
    const acronym = this.initials(name);
    if (id !== undefined && acronym !== '') this.nameInitials.add(acronym, id);
  }

  /**
   * The first tally passing `test` among those whose key may be the same organisation as `key` (same company,
   * or one is the other's first word) or, given the name as written, an acronym of one another.
   */
  find(key: string, test: (t: T) => boolean, entity?: string): T | undefined {
    const ids = this.keys.ids(key);
    this.firstWords.collect(key, ids);
    this.exact.collect(key.split(' ')[0] ?? '', ids);
    this.nameInitials.collect(key, ids);
    for (const stem of this.stems(key)) this.wordStems.collect(stem, ids);
    if (entity !== undefined) {
      const acronym = this.initials(entity);
      if (acronym !== '') this.exact.collect(acronym, ids);
    }
    for (const id of ascending(ids)) {
      const t = this.all[id]!;
      if (test(t)) return t;
    }
    return undefined;
  }
}

/** Domains or hosts by label, to find those that spell a name without reading them all. */
export class LabelIndex {
  private readonly names: string[];
  private readonly keys = new CompanyKeyIndex<number>();
  private readonly firstParts = new IdLists();

  constructor(names: Iterable<string>, label: (name: string) => string) {
    this.names = [...names];
    this.names.forEach((n, id) => {
      const l = label(n);
      this.keys.add(l.replace(/-/g, ''), id);
      this.firstParts.add(l.split('-')[0] ?? '', id);
    });
  }

  /** Names whose label may be `squeezed` (typos, short forms) or starts with one of `firsts`; confirm each. */
  candidates(squeezed: string, firsts: Iterable<string>): string[] {
    const ids = this.keys.ids(squeezed);
    for (const f of firsts) this.firstParts.collect(f, ids);
    return ascending(ids).map((id) => this.names[id]!);
  }
}

// One idle instance of each: their layouts outlive a run (layouts.ts).
keepLayout(new TallyIndex<Keyed>(() => ''));
keepLayout(new LabelIndex([], () => ''));
