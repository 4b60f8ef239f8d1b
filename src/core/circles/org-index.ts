/**
 * The known organisations indexed by what finds them: key (with typos and short forms), aliases, words of
 * the key, domain, and the pieces a text mention can take. Every contact's texts, company and addresses are
 * looked up here instead of being compared with every organisation, so a run grows with the contacts, not
 * with contacts × organisations. Each candidate is confirmed with the exact test of `knowledge.ts`, in the
 * organisations' order: answers are those of a scan of the list.
 */
import { ascending, CompanyKeyIndex, domainLabel, IdLists, workProbe, sameCompanyKey, TypoIndex } from '../contacts';
import type { ProfileEntry } from '../model';
import {
  inferredOrg,
  nonDistinctive,
  orgAliases,
  orgMatchesKey,
  textMentionsOrg,
  type KnownOrg,
  type OrgKind,
} from './knowledge';
import { legalAndGeneric } from '../text/company';
import { keepLayout } from '../layouts';

export class OrgIndex {
  readonly orgs: KnownOrg[] = [];
  private readonly keys = new CompanyKeyIndex<number>();
  private readonly aliases = new IdLists();
  /** Distinctive words (five letters or more) of the keys. */
  private readonly words = new IdLists();
  private readonly domains = new IdLists();
  /** Two-label domains by label ("acme.fr" and "acme.com" are one organisation). */
  private readonly labels = new IdLists();
  /** Squeezed keys by their number of words: a text mentions them in as many consecutive words. */
  private readonly mentions = new Map<number, TypoIndex>();
  /** Keys of 3–5 letters in one word: acronyms whose expansion a text may spell out. */
  private readonly acronyms = new IdLists();

  constructor(orgs: readonly KnownOrg[] = []) {
    for (const o of orgs) this.add(o);
  }

  add(o: KnownOrg): void {
    const id = this.orgs.length;
    this.orgs.push(o);
    this.keys.add(o.key, id);
    for (const a of orgAliases(o)) this.aliases.add(a, id);
    for (const w of o.key.split(' ')) if (w.length >= 5 && !nonDistinctive.has(w)) this.words.add(w, id);
    if (o.domain) {
      this.domains.add(o.domain, id);
      if (o.domain.split('.').length === 2) this.labels.add(domainLabel(o.domain), id);
    }
    if (o.key.length >= 2) {
      const count = o.key.split(' ').length;
      let index = this.mentions.get(count);
      if (!index) this.mentions.set(count, (index = new TypoIndex()));
      index.add(o.key.replace(/ /g, ''), id);
    }
    if (o.key.length >= 3 && o.key.length <= 5 && !o.key.includes(' ')) this.acronyms.add(o.key, id);
  }

  /** Some organisation has this domain. */
  hasDomain(domain: string): boolean {
    return this.domains.has(domain);
  }

  /** The first organisation a name found in text designates (`orgMatchesKey`). */
  matchKey(key: string): KnownOrg | undefined {
    if (key === '') return undefined;
    const ids = this.keys.ids(key);
    this.aliases.collect(key.replace(/ /g, ''), ids);
    // Every distinctive word of the name is one of the organisation's: one of five letters or more finds it.
    for (const w of key.split(' ')) if (w.length >= 5 && !nonDistinctive.has(w)) this.words.collect(w, ids);
    return this.first(ids, (o) => orgMatchesKey(o, key));
  }

  /** The first organisation whose key names the same company (`sameCompanyKey`). */
  sameKey(key: string): KnownOrg | undefined {
    return this.first(this.keys.ids(key), (o) => o.key !== '' && sameCompanyKey(o.key, key));
  }

  /** The first organisation a host belongs to: its domain, a parent of the host, or the same two-label name. */
  byHost(host: string, domain: string, label: string, sameOrg: (d: string | undefined) => boolean) {
    const ids: number[] = [];
    this.domains.collect(domain, ids);
    for (let at = -1; ;) {
      this.domains.collect(host.slice(at + 1), ids);
      at = host.indexOf('.', at + 1);
      if (at < 0) break;
    }
    this.labels.collect(label, ids);
    return this.first(ids, (o) => sameOrg(o.domain));
  }

  /** Every organisation the folded text mentions (`textMentionsOrg`), in the organisations' order. */
  mentionedIn(folded: string): KnownOrg[] {
    workProbe.lookups++;
    const all = folded.split(/[^a-z0-9]+/);
    const textWords = all.filter((w) => w !== '');
    const distinct = new Set(textWords);
    const ids: number[] = [];
    for (const w of distinct) this.aliases.collect(w, ids);
    for (const [count, index] of this.mentions) {
      if (count === 1) {
        for (const w of distinct) index.collect(w, ids);
        continue;
      }
      for (const w of distinct) index.collectExact(w, ids);
      const kept = textWords.filter((w) => !legalAndGeneric.has(w));
      const windows = new Set<string>();
      for (const list of kept.length === textWords.length ? [textWords] : [textWords, kept])
        for (let i = 0; i + count <= list.length; i++) windows.add(list.slice(i, i + count).join(''));
      for (const w of windows) index.collect(w, ids);
    }
    if (this.acronyms.size > 0) for (const a of spelledAcronyms(all)) this.acronyms.collect(a, ids);
    workProbe.candidates += ascending(ids).length;
    return ids.map((id) => this.orgs[id]!).filter((o) => textMentionsOrg(folded, o));
  }

  private first(ids: number[], test: (o: KnownOrg) => boolean): KnownOrg | undefined {
    for (const id of ascending(ids)) {
      const o = this.orgs[id]!;
      if (test(o)) return o;
    }
    return undefined;
  }
}

const linkWords = new Set(['de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'of', 'the', 'and', 'et', 's', 'for']);

/**
 * Every 3–5 letter string an acronym's expansion could spell in the text: first letters of consecutive words
 * of five letters or more, link words skipped (what `mentionsExpansion` in knowledge.ts accepts).
 */
function spelledAcronyms(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  let run = '';
  const flush = (): void => {
    for (let len = 3; len <= 5; len++) for (let i = 0; i + len <= run.length; i++) out.add(run.slice(i, i + len));
    run = '';
  };
  for (const w of words) {
    if (w === '' || linkWords.has(w)) continue;
    if (w.length >= 5) run += w[0];
    else flush();
  }
  flush();
  return out;
}

// One index per list of organisations: the engine builds its list once per run.
const indexes = new WeakMap<readonly KnownOrg[], OrgIndex>();

/** The index of a list of organisations, built on first use. */
export function orgIndexOf(orgs: readonly KnownOrg[]): OrgIndex {
  let index = indexes.get(orgs);
  if (!index) indexes.set(orgs, (index = new OrgIndex(orgs)));
  return index;
}

/** Organisations from inferred candidates, skipping those the user already gave (same domain, or same name). */
export function inferredOrgs(
  candidates: readonly { kind: OrgKind; entry: ProfileEntry }[],
  known: readonly KnownOrg[],
): KnownOrg[] {
  const seen = new OrgIndex(known);
  const out: KnownOrg[] = [];
  for (const { kind, entry } of candidates) {
    const o = inferredOrg(kind, entry);
    const dup = (o.domain !== undefined && seen.hasDomain(o.domain)) || seen.matchKey(o.key) !== undefined;
    if (dup) continue;
    out.push(o);
    seen.add(o);
  }
  return out;
}

// One idle index: its layout outlives a run (layouts.ts).
keepLayout(new OrgIndex());
