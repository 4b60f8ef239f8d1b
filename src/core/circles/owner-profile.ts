/**
 * Infers the owner's profile when it is missing or partial: the current employer from the owner's address;
 * past employers from domains that recur as contacts' older addresses and from names after "ex-", "anciens de",
 * "nouvelles de l'équipe"…; schools from academic domains and names after "promo", "camarade de"…; clubs from
 * names after "adhérent", "membre du", "cotisation"… Candidates need support from at least two sources.
 */
import { academicKind, domainLabel, hostOf, isPublicProvider, registrableDomain, sameCompanyKey } from '../contacts';
import type { CalendarEvent, Contact, EmailAddress, Mailbox, MessageHeader, ProfileEntry } from '../model';
import { acronymFiller, currentEmployer, givenOrgs, isDistinctiveName, orgMatchesKey, type OrgKind } from './knowledge';
import { Matcher } from './matcher';
import { captureOrganisations, type Capture } from './organisations';
import type { ProfileCandidate, ProfileCandidates } from './profile-types';
import { repliesTo } from './signal-index';
import { LabelIndex, TallyIndex } from './tally-index';
import { distinctiveStems, nameWords, sameOrganisationName } from './profile-variants';
import { vocabulary } from './vocabulary';
import { compareText, fold } from '../text/fold';
import { companyKey } from '../text/company';

/** Minimum number of contacts, notes or subjects backing an inferred candidate. */
export const minimumSupport = 2;

const schoolMatcher = new Matcher(vocabulary.filter((r) => r.id === 'school-words' || r.id === 'grandes-ecoles'));
const clubMatcher = new Matcher(vocabulary.filter((r) => r.id === 'clubs-strong'));
const vocabularyMatcher = new Matcher(vocabulary);

/** Does a captured name look like a school ("université…", "business school", "HEC")? */
export function looksLikeSchool(entity: string): boolean {
  return schoolMatcher.match(entity, 'company').length > 0;
}

// Kinds of membership bodies: a captured name with one of them is a club ("Chartered Management Institute").
const clubBody =
  /(?<![a-z0-9])(?:organisation|organization|association|federation|chamber|chambre|society|institute of|chartered|network|reseau|chapter|commission|fellowship|alliance|guild|league|syndicat|ordre|council|circle|cercle|forum)(?![a-z0-9])/;

export function looksLikeClub(entity: string): boolean {
  return clubMatcher.match(entity, 'company').length > 0 || clubBody.test(entity);
}

/** Initials of a multi-word name ("dirigeants commerciaux de france" → "dcf"); "" for one word. */
export function initials(key: string): string {
  const known = initialsOf.get(key);
  if (known !== undefined) return known;
  const words = key.split(/[^a-z0-9]+/).filter((w) => w !== '' && !acronymFiller.has(w));
  const result = words.length >= 3 ? words.map((w) => w[0]).join('') : '';
  if (initialsOf.size > 100_000) initialsOf.clear();
  initialsOf.set(key, result);
  return result;
}

// Tallying compares every new name with every known one's acronym: the same few names, over and over.
const initialsOf = new Map<string, string>();

type Tally = {
  kind: Exclude<OrgKind, 'current'>;
  key: string;
  names: Map<string, number>;
  domains: Map<string, number>;
  support: number;
  /** Corporate domains of the contacts whose notes name it: a domain most of them share is the organisation's. */
  memberDomains: Map<string, number>;
};

function kindOf(c: Capture, schoolDomainLabels: ReadonlySet<string>): Tally['kind'] {
  if (c.hint === 'training') return 'training';
  if (c.hint === 'school' || looksLikeSchool(c.entity) || schoolDomainLabels.has(c.key.replace(/ /g, '')))
    return 'school';
  if (c.hint === 'club' || looksLikeClub(c.entity)) return 'club';
  return 'employer';
}

const smallWords = new Set(['du', 'de', 'des', 'la', 'le', 'les', 'of', 'the', 'and', 'et', 'sur', 'en', 'au']);
const shortWords = new Set(['est', 'sud', 'ile', 'new', 'big', 'old', 'art', 'bay']);
/** Folded names back to a readable form: acronyms upper case ("hec paris" → "HEC Paris", "dfcg" → "DFCG"). */
const displayName = (s: string): string =>
  s
    .split(' ')
    .map((w) =>
      smallWords.has(w)
        ? w
        : (w.length <= 3 && !shortWords.has(w)) || !/[aeiouy]/.test(w)
          ? w.toUpperCase()
          : `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`,
    )
    .join(' ');

/**
 * Tallies merge names that are the same organisation: "HEC" and "HEC Paris", "Decathlon" and "Decatlhon", an
 * alumni domain and its school, a training and its session ("… de mars"), a club in French and in English.
 */
function sameTally(a: string, b: string): boolean {
  if (sameCompanyKey(a, b) || sameOrganisationName(a, b)) return true;

  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && !short.includes(' ') && long.split(' ')[0] === short;
}

/** Candidates for the owner's profile, offered to the user for confirmation. Deterministic and order-free. */
export function inferProfile(mailbox: Mailbox): ProfileCandidates {
  const current = currentEmployer(mailbox.owner);
  const given = givenOrgs(mailbox.owner);
  const ownerDomain = current?.domain;
  // Indexed: a scan of every tally per name made inference grow with the square of the contacts.
  const index = new TallyIndex<Tally>(initials, distinctiveStems);
  const tallies = index.all;
  // An acronym and its expansion are one organisation: "DCF" and "Dirigeants Commerciaux de France" (names
  // as written, since company keys drop "France").
  const acronymOf = (x: Tally, key: string, entity: string | undefined): boolean =>
    (!x.key.includes(' ') && x.key.length >= 3 && entity !== undefined && initials(entity) === x.key) ||
    (!key.includes(' ') && key.length >= 3 && [...x.names.keys()].some((n) => initials(n) === key));
  const tally = (kind: Tally['kind'], key: string, entity?: string): Tally => {
    const t = index.find(key, (x) => x.kind === kind && (sameTally(x.key, key) || acronymOf(x, key, entity)), entity);
    return t ?? index.add({ kind, key, names: new Map(), domains: new Map(), support: 0, memberDomains: new Map() });
  };
  const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  const byCount = (m: Map<string, number>): string | undefined =>
    [...m.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];

  // Domains: every contact's corporate domains, and which of them are older (non-first) addresses.
  const domainCount = new Map<string, number>();
  const hostCount = new Map<string, number>();
  const schoolDomainLabels = new Set<string>();
  // Index loops and lists of their exact length: this runs once per run over every contact, mostly before
  // the optimising compiler has seen it, where each iterator step and each Set costs an allocation.
  const contacts = mailbox.contacts;
  // Each address's corporate domain ('' for a public provider), by contact: the passes below read them again.
  const domainsByContact = new Array<string[]>(contacts.length);
  for (let c = 0; c < contacts.length; c++) {
    const addresses = (contacts[c] as Contact).emailAddresses;
    const domains = new Array<string>(addresses.length);
    for (let i = 0; i < addresses.length; i++) {
      const address = (addresses[i] as EmailAddress).address;
      domains[i] = isPublicProvider(address) ? '' : registrableDomain(address);
    }
    domainsByContact[c] = domains;
    // Each domain once per contact, in order.
    for (let i = 0; i < domains.length; i++) {
      const d = domains[i] as string;
      if (d && domains.indexOf(d) === i) bump(domainCount, d);
    }
    for (let i = 0; i < domains.length; i++)
      if (domains[i]) bump(hostCount, hostOf((addresses[i] as EmailAddress).address));
    let first: string | undefined;
    for (let i = 0; i < domains.length; i++) {
      const d = domains[i] as string;
      if (!d) continue;
      const address = (addresses[i] as EmailAddress).address;
      const academic = academicKind(address);
      if (academic !== 'none') {
        for (const label of address.toLowerCase().split('@')[1]?.split('.') ?? [])
          schoolDomainLabels.add(label.replace(/[^a-z0-9]/g, ''));
        const t = tally('school', companyKey(domainLabel(d)));
        bump(t.domains, d);
        t.support++;
        continue;
      }
      first ??= domains.find((x) => x !== '') ?? '';
      if (i > 0 && d !== first && domainLabel(d) !== domainLabel(first) && d !== ownerDomain) {
        const t = tally('employer', companyKey(domainLabel(d)));
        bump(t.domains, d);
        t.support++;
      }
    }
  }

  // Companies on the cards, for a name people shorten: "chez Orvault" is the company whose name holds the town.
  const companies = new Map<string, { names: Map<string, number>; domains: Map<string, number>; count: number }>();
  for (let c = 0; c < contacts.length; c++) {
    const contact = contacts[c] as Contact;
    const name = contact.companyName?.trim();
    if (!name) continue;
    const key = companyKey(name);
    const entry = companies.get(key) ?? {
      names: new Map<string, number>(),
      domains: new Map<string, number>(),
      count: 0,
    };
    bump(entry.names, name);
    const domains = domainsByContact[c] as string[];
    for (let i = 0; i < domains.length; i++) {
      const d = domains[i] as string;
      if (d && d !== ownerDomain) bump(entry.domains, d);
    }
    entry.count++;
    companies.set(key, entry);
  }
  // Card companies by their words, built when a short name first needs one.
  let companyWords: Map<string, string[]> | undefined;
  /** The card company a short name stands for: its words are all in that company's longer name. */
  const companyNamed = (key: string): { name: string; domain?: string } | undefined => {
    const words = nameWords(key);
    const first = [...words][0];
    if (first === undefined) return undefined;
    if (!companyWords) {
      companyWords = new Map();
      for (const k of companies.keys())
        for (const w of nameWords(k)) companyWords.set(w, [...(companyWords.get(w) ?? []), k]);
    }
    let best: { key: string; count: number } | undefined;
    for (const k of companyWords.get(first) ?? []) {
      const theirs = nameWords(k);
      if (theirs.size <= words.size || ![...words].every((w) => theirs.has(w))) continue;
      const count = companies.get(k)?.count ?? 0;
      if (!best || count > best.count || (count === best.count && compareText(k, best.key) < 0))
        best = { key: k, count };
    }
    const c = best && companies.get(best.key);
    if (!c) return undefined;
    const domain = byCount(c.domains);
    return { name: byCount(c.names) ?? best!.key, ...(domain ? { domain } : {}) };
  };

  // Spellings as people wrote them ("Module de spécialisation"), keyed by folded name.
  const spelling = new Map<string, Map<string, number>>();
  const record = (c: Capture, kind: Tally['kind'], count: number, original?: string, text?: string): void => {
    // "anciens de la formation", "ex-collègue": circle words, not an organisation's name.
    if (kind === 'employer' && vocabularyMatcher.match(c.entity, 'text').some((h) => h.weight >= 0.6)) return;
    // "Membre du Slack", "member of the Facebook group": another circle's word, not a club.
    if (
      kind === 'club' &&
      vocabularyMatcher.match(c.entity, 'text').some((h) => h.circle !== 'clubs' && h.weight >= 0.6)
    )
      return;
    const t = tally(kind, c.key, c.entity);
    for (const d of (text !== undefined ? noteDomains.get(text) : undefined) ?? []) bump(t.memberDomains, d);
    if (!t.names.has(c.entity)) index.addName(t, c.entity);
    t.names.set(c.entity, (t.names.get(c.entity) ?? 0) + count);
    t.support += count;
    if (original) {
      const m = spelling.get(c.entity) ?? new Map<string, number>();
      m.set(original, (m.get(original) ?? 0) + count);
      spelling.set(c.entity, m);
    }
  };

  // Names after "ex-", "anciens de", "promo", "adhérent du"… in notes and in subjects (each thread once).
  const texts = new Map<string, number>();
  const addText = (t: string | undefined): void => {
    if (t && t.trim() !== '') bump(texts, t);
  };
  for (let c = 0; c < contacts.length; c++) addText((contacts[c] as Contact).personalNotes);
  // Which contacts' notes name which organisation, for the domains they share.
  const noteDomains = new Map<string, string[]>();
  for (let c = 0; c < contacts.length; c++) {
    const contact = contacts[c] as Contact;
    if (!contact.personalNotes) continue;
    let list: string[] | undefined;
    const domains = domainsByContact[c] as string[];
    for (let i = 0; i < domains.length; i++) {
      const d = domains[i] as string;
      if (d === '' || d === ownerDomain) continue;
      // Each domain once per contact (in order), added to the note's list without copying it.
      if (domains.indexOf(d) < i) continue;
      list ??= noteDomains.get(contact.personalNotes);
      if (!list) {
        list = [];
        noteDomains.set(contact.personalNotes, list);
      }
      list.push(d);
    }
  }
  const events = mailbox.events;
  for (let e = 0; e < events.length; e++) addText((events[e] as CalendarEvent).subject);
  // Each thread once: replies repeat their subject.
  const messages = mailbox.messages;
  for (let m = 0; m < messages.length; m++) {
    const subject = (messages[m] as MessageHeader).subject;
    if (!repliesTo(subject)) addText(subject);
  }
  // Explicit hints first ("promo", "adhérent", "ex-"); then ambiguous ones ("anciens de X", "X alumni") join
  // whatever X already is, so "anciens de Dauphine" follows "promo 2007 Dauphine" into the schools.
  const ambiguous: { capture: Capture; count: number; text: string }[] = [];
  const ambiguousOriginals = new Map<Capture, string | undefined>();
  for (const [text, count] of texts) {
    const folded = fold(text);
    // Folding keeps one character per character for most texts: then the original spelling can be cut out.
    const nfc = text.normalize('NFC');
    const original = (c: Capture): string | undefined => {
      if (nfc.length !== folded.length) return undefined;
      const at = folded.indexOf(c.entity);
      return at < 0 ? undefined : nfc.slice(at, at + c.entity.length);
    };
    for (const c of captureOrganisations(folded)) {
      if (current && orgMatchesKey(current, c.key)) continue;
      if (given.some((o) => orgMatchesKey(o, c.key))) continue;
      if (c.hint === 'any') {
        ambiguous.push({ capture: c, count, text });
        ambiguousOriginals.set(c, original(c));
        continue;
      }
      record(c, kindOf(c, schoolDomainLabels), count, original(c), text);
    }
  }
  for (const { capture, count, text } of ambiguous) {
    const existing = index.find(capture.key, (t) => sameTally(t.key, capture.key));
    record(
      capture,
      existing?.kind ?? kindOf(capture, schoolDomainLabels),
      count,
      ambiguousOriginals.get(capture),
      text,
    );
  }

  const result: Record<'employers' | 'schools' | 'trainings' | 'clubs', ProfileCandidate[]> = {
    employers: [],
    schools: [],
    trainings: [],
    clubs: [],
  };
  // Domains and hosts by label, built when a name first needs one.
  let domainLabels: LabelIndex | undefined;
  let hostLabels: LabelIndex | undefined;
  const emitted = new Set<string>();
  for (const t of tallies) {
    if (t.support < minimumSupport) continue;
    // An employer named short ("chez Orvault": a town) is the company on the cards whose name holds it.
    const company = t.kind === 'employer' && t.domains.size === 0 ? companyNamed(t.key) : undefined;
    // A name without a domain borrows the contacts' domain that spells it ("Michelin" → michelin.com).
    let domain = company?.domain ?? byCount(t.domains);
    if (!domain && t.key !== '' && t.kind !== 'training') {
      const squeezed = t.key.replace(/ /g, '');
      const shorts = new Set([t.key, ...t.names.keys()].map(initials).filter((x) => x !== ''));
      for (const n of t.names.keys()) if (!n.includes(' ')) shorts.add(n);
      // "dcf-france.fr" spells DCF: the label's first part counts too, and an acronym of the name.
      const spells = (label: string): boolean => {
        const first = label.split('-')[0] ?? '';
        return (
          sameCompanyKey(label.replace(/-/g, ''), squeezed) ||
          (first.length >= 3 && (first === squeezed || shorts.has(first)))
        );
      };
      domainLabels ??= new LabelIndex(domainCount.keys(), domainLabel);
      const matches = domainLabels
        .candidates(squeezed, [squeezed, ...shorts])
        .filter((d) => spells(domainLabel(d)))
        .map((d): [string, number] => [d, domainCount.get(d) ?? 0]);
      domain = matches.sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];
      // Schools often sit under a shared domain (dauphine.psl.eu): look at the first label of whole hosts too.
      if (!domain) {
        hostLabels ??= new LabelIndex(hostCount.keys(), domainLabel);
        const hosts = hostLabels
          .candidates(squeezed, [])
          .filter((h) => sameCompanyKey(domainLabel(h).replace(/-/g, ''), squeezed))
          .map((h): [string, number] => [h, hostCount.get(h) ?? 0]);
        domain = hosts.sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];
      }
    }
    // Otherwise a domain that at least two of the contacts whose notes name it share (and few others use).
    if (!domain && t.kind !== 'training') {
      const shared = [...t.memberDomains.entries()]
        .filter(([d, n]) => n >= minimumSupport && n * 2 >= (domainCount.get(d) ?? 0))
        .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
      domain = shared[0]?.[0];
    }
    if (domain && domain === ownerDomain) continue;
    const folded = byCount(t.names);
    const asWritten = folded ? spelling.get(folded) : undefined;
    const name =
      company?.name ?? (asWritten ? (byCount(asWritten) ?? '') : displayName(folded ?? domainLabel(domain ?? t.key)));
    // "anciens", "club", a town alone: words that name no organisation, unless a domain says which.
    if (!domain && !isDistinctiveName(company ? name : (folded ?? t.key))) continue;
    // Two names that came to the same organisation are one entry.
    const id = `${t.kind}:${domain ?? fold(name)}`;
    if (emitted.has(id)) continue;
    emitted.add(id);
    // What the user already told us is not offered again.
    if (given.some((o) => (domain && o.domain === domain) || orgMatchesKey(o, t.key))) continue;
    const entry: ProfileEntry = { name, ...(domain ? { domain } : {}) };
    const candidate: ProfileCandidate = { ...entry, support: t.support, source: 'recurring' };
    if (t.kind === 'employer') result.employers.push(candidate);
    else if (t.kind === 'school') result.schools.push(candidate);
    else if (t.kind === 'training') result.trainings.push(candidate);
    else result.clubs.push(candidate);
  }
  const order = (a: ProfileCandidate, b: ProfileCandidate): number =>
    b.support - a.support || compareText(a.name, b.name);
  return {
    ...(current
      ? {
          currentEmployer: {
            name: current.name,
            ...(current.domain ? { domain: current.domain } : {}),
            support: current.domain ? (domainCount.get(current.domain) ?? 0) : 0,
            source: 'owner-address' as const,
          },
        }
      : {}),
    employers: result.employers.sort(order),
    schools: result.schools.sort(order),
    trainings: result.trainings.sort(order),
    clubs: result.clubs.sort(order),
  };
}

/**
 * Whether an entry stands for one of `entries`: the same name without accents or case, or the same registrable
 * domain (« Iroise entrepreneurs’ circle » and « Cercle des entrepreneurs d’Iroise » at one domain).
 */
export function sameEntryAs(entries: readonly ProfileEntry[]): (e: ProfileEntry) => boolean {
  const names = new Set(entries.map((d) => fold(d.name)));
  const domains = new Set(entries.flatMap((d) => (d.domain ? [registrableDomain(d.domain)] : [])));
  return (e) => names.has(fold(e.name)) || (e.domain !== undefined && domains.has(registrableDomain(e.domain)));
}

/** The candidates without those the user removed from their path (same name without accents or case, or domain). */
export function withoutDeclined(
  c: ProfileCandidates,
  declined: readonly ProfileEntry[] | undefined,
): ProfileCandidates {
  if (!declined?.length) return c;
  const isDeclined = sameEntryAs(declined);
  const kept = (e: ProfileEntry) => !isDeclined(e);
  const current = c.currentEmployer && kept(c.currentEmployer) ? { currentEmployer: c.currentEmployer } : {};
  return {
    ...current,
    employers: c.employers.filter(kept),
    schools: c.schools.filter(kept),
    trainings: c.trainings.filter(kept),
    clubs: c.clubs.filter(kept),
  };
}

/** Candidates as (kind, entry) pairs, for the classifier. */
export function candidateEntries(c: ProfileCandidates): { kind: OrgKind; entry: ProfileEntry }[] {
  return [
    ...c.employers.map((entry) => ({ kind: 'employer' as const, entry })),
    ...c.schools.map((entry) => ({ kind: 'school' as const, entry })),
    ...c.trainings.map((entry) => ({ kind: 'training' as const, entry })),
    ...c.clubs.map((entry) => ({ kind: 'club' as const, entry })),
  ];
}
