/**
 * The organisations the owner shares with contacts: the current employer, past employers, schools, trainings
 * and clubs — from the profile the user gave and, with reduced weight, from inferred candidates.
 */
import { domainLabel, isPublicProvider, registrableDomain, sameCompanyKey, textMentionsCompany } from '../contacts';
import type { Owner, ProfileEntry } from '../model';
import { Matcher } from './matcher';
import { vocabulary } from './vocabulary';
import { fold } from '../text/fold';
import { companyKey } from '../text/company';
import type { BuiltInCircleId } from './types';

export type OrgKind = 'current' | 'employer' | 'school' | 'training' | 'club';

/** An organisation known to the engine. `trust` scales every reason it produces (1 given, less inferred). */
export type KnownOrg = {
  readonly kind: OrgKind;
  readonly name: string;
  /** companyKey of the name; "" when only the domain is known. */
  readonly key: string;
  /** Registrable domain, lower case. */
  readonly domain?: string;
  readonly source: 'given' | 'inferred';
  readonly trust: number;
};

/** The circle a shared organisation points to. */
export const circleOfOrg: Readonly<Record<OrgKind, BuiltInCircleId>> = {
  current: 'colleagues',
  employer: 'former-colleagues',
  school: 'classmates',
  training: 'training',
  club: 'clubs',
};

/** Inferred organisations weigh this much of a given one: they are offered for confirmation, not trusted. */
export const inferredTrust = 0.8;

// Names so generic that matching them in free text would be noise.
const tooGeneric: ReadonlySet<string> = new Set([
  'formation',
  'training',
  'club',
  'reseau',
  'ecole',
  'universite',
  'school',
  'university',
  'certification',
]);

function org(kind: OrgKind, entry: ProfileEntry, source: KnownOrg['source']): KnownOrg {
  // Kept as given: a school may sit under a shared domain (dauphine.psl.eu), which must not stand for all of it.
  const domain = entry.domain ? entry.domain.trim().toLowerCase().replace(/^@/, '') : undefined;
  let key = companyKey(entry.name);
  if (tooGeneric.has(key)) key = '';
  // Every organisation has the same fields (`domain` undefined when unknown): one object shape from run to run,
  // so the code that reads them stays optimised (a conditional spread gave each run's objects a new shape).
  return {
    kind,
    name: entry.name,
    key,
    domain: domain || undefined,
    source,
    trust: source === 'given' ? 1 : inferredTrust,
  };
}

/** The owner's current employer, from the owner's address (unless it is a public provider) and company name. */
export function currentEmployer(owner: Owner): KnownOrg | undefined {
  const domain = registrableDomain(owner.mail);
  const hasDomain = domain !== '' && !isPublicProvider(owner.mail);
  if (!hasDomain && !owner.companyName) return undefined;
  return {
    kind: 'current',
    name: owner.companyName ?? domainLabel(domain),
    key: owner.companyName ? companyKey(owner.companyName) : '',
    domain: hasDomain ? domain : undefined,
    source: 'given',
    trust: 1,
  };
}

/** Organisations from the profile the user gave. */
export function givenOrgs(owner: Owner): KnownOrg[] {
  const p = owner.profile;
  return [
    ...p.employers.map((e) => org('employer', e, 'given')),
    ...p.schools.map((e) => org('school', e, 'given')),
    ...p.trainings.map((e) => org('training', e, 'given')),
    ...p.clubs.map((e) => org('club', e, 'given')),
  ];
}

/** An organisation from an inferred candidate (see `inferredOrgs` in org-index.ts). */
export function inferredOrg(kind: OrgKind, entry: ProfileEntry): KnownOrg {
  return org(kind, entry, 'inferred');
}

// Words that do not identify an organisation on their own: places, kinds of organisations, common nouns.
export const nonDistinctive: ReadonlySet<string> = new Set(
  `paris lyon marseille lille toulouse bordeaux nantes nice strasbourg rennes grenoble montpellier rouen reims
  london york berlin madrid brussels bruxelles geneve geneva est ouest nord sud east west north south france europe
  ile idf city saint sainte new grand grande universite university ecole school college lycee high academy academie
  institut institute business
  club reseau network association formation training certification cours course groupe group national nationale
  international commerciale commercial energie energy services solutions consulting conseil partners capital
  digital data management economics sciences science technology technologies innovation finance bank banque systems
  societe company centre center global annual annuel entrepreneurs entreprendre dirigeants leaders managers
  women femmes jeunes young chapter members membres friends amis alumni anciens reunion reunions retrouvailles
  drinks dinner lunch party gala crew newsletter magazine meetup catch`.split(/\s+/),
);

/**
 * A name that can stand for an organisation: "anciens", "école" or "club" alone name nothing (a phrase of such
 * words, "London School of Economics", does).
 */
export function isDistinctiveName(name: string): boolean {
  const words = companyKey(name)
    .split(' ')
    .filter((w) => w !== '');
  return words.length > 1 || (words.length === 1 && words[0]!.length >= 2 && !nonDistinctive.has(words[0]!));
}

// Rules that list organisations by name (schools, providers, clubs, fairs): their words may be aliases.
const namingRules = new Set(['grandes-ecoles', 'training-providers', 'clubs-strong', 'conference-names']);
const vocabularyWords = new Matcher(vocabulary.filter((r) => !namingRules.has(r.id)));
/** A generic word of the vocabulary ("drinks", "reunion", "anciens") never stands for an organisation alone. */
const isVocabularyWord = (w: string): boolean => vocabularyWords.match(w, 'text').length > 0;

const aliasMemo = new WeakMap<KnownOrg, readonly string[]>();
/** Small words an acronym skips ("Dirigeants Commerciaux de France" → DCF). */
export const acronymFiller: ReadonlySet<string> = new Set([
  'de',
  'du',
  'des',
  'd',
  'l',
  'la',
  'le',
  'les',
  'of',
  'the',
  'and',
  'et',
  'for',
  'pour',
]);

/** Single words that stand for the organisation in free text ("Dauphine" for "Université Paris-Dauphine"). */
export function orgAliases(o: KnownOrg): readonly string[] {
  const known = aliasMemo.get(o);
  if (known) return known;
  const out = aliasesOf(o);
  aliasMemo.set(o, out);
  return out;
}

function aliasesOf(o: KnownOrg): string[] {
  const out = new Set<string>();
  const tokens = o.key.split(' ').filter((t) => t !== '');
  if (o.kind !== 'training') {
    for (const t of tokens) if (t.length >= 5 && !nonDistinctive.has(t) && !isVocabularyWord(t)) out.add(t);
    const acronym = tokens
      .filter((t) => !['of', 'de', 'the'].includes(t))
      .map((t) => t[0])
      .join('');
    if (tokens.length >= 3 && acronym.length >= 3) out.add(acronym);
    // The name as written spells an acronym its key may lose ("Dirigeants Commerciaux de France" → DCF, though
    // the key drops "France"), or starts with one ("APM (Association Progrès du Management)" → APM).
    const words = fold(o.name)
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== '' && !acronymFiller.has(w));
    const spelt = words.map((w) => w[0]).join('');
    if (words.length >= 3 && spelt.length <= 6) out.add(spelt);
    const [head, ...rest] = words;
    if (head && head.length >= 2 && head.length <= 6 && rest.map((w) => w[0]).join('') === head) out.add(head);
    if (o.domain) {
      const label = domainLabel(o.domain).replace(/-/g, '');
      if (label.length >= 3 && !nonDistinctive.has(label) && !isVocabularyWord(label)) out.add(label);
    }
  }
  return [...out];
}

/** A name found in text (as a company key) designates this organisation. */
export function orgMatchesKey(o: KnownOrg, key: string): boolean {
  if (key === '') return false;
  if (o.key !== '' && sameCompanyKey(o.key, key)) return true;
  const squeezed = key.replace(/ /g, '');
  if (orgAliases(o).includes(squeezed)) return true;
  const tokens = key.split(' ').filter((t) => !nonDistinctive.has(t));
  const own = new Set(o.key.split(' '));
  return tokens.length > 0 && tokens.every((t) => own.has(t)) && tokens.some((t) => t.length >= 5);
}

/** The text (folded) mentions the organisation by its name, a distinctive word of it, its acronym or domain. */
export function textMentionsOrg(folded: string, o: KnownOrg): boolean {
  if (o.key !== '' && textMentionsCompany(folded, o.kind === 'training' ? o.key : o.key)) return true;
  const aliases = orgAliases(o);
  const words = folded.split(/[^a-z0-9]+/);
  if (aliases.length > 0) {
    const textWords = new Set(words);
    if (aliases.some((a) => textWords.has(a))) return true;
  }
  return mentionsExpansion(words, o.key);
}

const linkWords = new Set(['de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'of', 'the', 'and', 'et', 's', 'for']);

/**
 * An acronym's expansion in the text: "Young Presidents' Organization" for YPO, "Dirigeants Commerciaux de
 * France" for DCF. Only words of five letters or more count, so "dîner chez François" is not DCF.
 */
function mentionsExpansion(words: readonly string[], key: string): boolean {
  if (key.length < 3 || key.length > 5 || key.includes(' ')) return false;
  let at = 0;
  for (const w of words) {
    if (w === '' || (at > 0 && linkWords.has(w))) continue;
    if (w.length >= 5 && w[0] === key[at]) {
      at++;
      if (at === key.length) return true;
    } else at = w.length >= 5 && w[0] === key[0] ? 1 : 0;
  }
  return false;
}
