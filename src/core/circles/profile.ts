/**
 * Infers the owner's profile when it is missing or partial: the current employer from the owner's address;
 * past employers from domains that recur as contacts' older addresses and from names after "ex-", "anciens de",
 * "nouvelles de l'équipe"…; schools from academic domains and names after "promo", "camarade de"…; clubs from
 * names after "adhérent", "membre du", "cotisation"… Candidates need support from at least two sources.
 */
import { compareText } from '../contacts/text';
import {
  academicKind,
  companyKey,
  domainLabel,
  fold,
  hostOf,
  isPublicProvider,
  registrableDomain,
  sameCompanyKey,
} from '../contacts';
import type { Mailbox, ProfileEntry } from '../model';
import { currentEmployer, givenOrgs, orgMatchesKey, type OrgKind } from './knowledge';
import { Matcher } from './matcher';
import { captureOrganisations, type Capture } from './organisations';
import { replyPrefix } from './signals';
import type { ProfileCandidate, ProfileCandidates } from './profile-types';
import { vocabulary } from './vocabulary';

/** Minimum number of contacts, notes or subjects backing an inferred candidate. */
export const minimumSupport = 2;

const schoolMatcher = new Matcher(vocabulary.filter((r) => r.id === 'school-words' || r.id === 'grandes-ecoles'));
const clubMatcher = new Matcher(vocabulary.filter((r) => r.id === 'clubs-strong'));
const vocabularyMatcher = new Matcher(vocabulary);

/** Does a captured name look like a school ("université…", "business school", "HEC")? */
export function looksLikeSchool(entity: string): boolean {
  return schoolMatcher.match(entity, 'company').length > 0;
}

export function looksLikeClub(entity: string): boolean {
  return clubMatcher.match(entity, 'company').length > 0;
}

type Tally = {
  kind: Exclude<OrgKind, 'current'>;
  key: string;
  names: Map<string, number>;
  domains: Map<string, number>;
  support: number;
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

/** Tallies merge names that are the same organisation: "HEC" and "HEC Paris", "Decathlon" and "Decatlhon". */
function sameTally(a: string, b: string): boolean {
  if (sameCompanyKey(a, b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && !short.includes(' ') && long.split(' ')[0] === short;
}

/** Candidates for the owner's profile, offered to the user for confirmation. Deterministic and order-free. */
export function inferProfile(mailbox: Mailbox): ProfileCandidates {
  const current = currentEmployer(mailbox.owner);
  const given = givenOrgs(mailbox.owner);
  const ownerDomain = current?.domain;
  const tallies: Tally[] = [];
  const tally = (kind: Tally['kind'], key: string): Tally => {
    let t = tallies.find((x) => x.kind === kind && sameTally(x.key, key));
    if (!t) {
      t = { kind, key, names: new Map(), domains: new Map(), support: 0 };
      tallies.push(t);
    }
    return t;
  };
  const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);

  // Domains: every contact's corporate domains, and which of them are older (non-first) addresses.
  const domainCount = new Map<string, number>();
  const hostCount = new Map<string, number>();
  const schoolDomainLabels = new Set<string>();
  for (const contact of mailbox.contacts) {
    const domains = contact.emailAddresses.map((e) =>
      isPublicProvider(e.address) ? '' : registrableDomain(e.address),
    );
    for (const d of new Set(domains)) if (d) bump(domainCount, d);
    contact.emailAddresses.forEach((e, i) => {
      if (domains[i]) bump(hostCount, hostOf(e.address));
    });
    contact.emailAddresses.forEach((e, i) => {
      const d = domains[i] ?? '';
      if (!d) return;
      const academic = academicKind(e.address);
      if (academic !== 'none') {
        for (const label of e.address.toLowerCase().split('@')[1]?.split('.') ?? [])
          schoolDomainLabels.add(label.replace(/[^a-z0-9]/g, ''));
        const t = tally('school', companyKey(domainLabel(d)));
        bump(t.domains, d);
        t.support++;
        return;
      }
      const first = domains.find((x) => x !== '') ?? '';
      if (i > 0 && d !== first && domainLabel(d) !== domainLabel(first) && d !== ownerDomain) {
        const t = tally('employer', companyKey(domainLabel(d)));
        bump(t.domains, d);
        t.support++;
      }
    });
  }

  // Spellings as people wrote them ("Module de spécialisation"), keyed by folded name.
  const spelling = new Map<string, Map<string, number>>();
  const record = (c: Capture, kind: Tally['kind'], count: number, original?: string): void => {
    // "anciens de la formation", "ex-collègue": circle words, not an organisation's name.
    if (kind === 'employer' && vocabularyMatcher.match(c.entity, 'text').some((h) => h.weight >= 0.6)) return;
    const t = tally(kind, c.key);
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
  for (const c of mailbox.contacts) addText(c.personalNotes);
  for (const e of mailbox.events) addText(e.subject);
  // Each thread once: replies repeat their subject.
  for (const m of mailbox.messages) if (!replyPrefix.test(m.subject)) addText(m.subject);
  // Explicit hints first ("promo", "adhérent", "ex-"); then ambiguous ones ("anciens de X", "X alumni") join
  // whatever X already is, so "anciens de Dauphine" follows "promo 2007 Dauphine" into the schools.
  const ambiguous: { capture: Capture; count: number }[] = [];
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
        ambiguous.push({ capture: c, count });
        ambiguousOriginals.set(c, original(c));
        continue;
      }
      record(c, kindOf(c, schoolDomainLabels), count, original(c));
    }
  }
  for (const { capture, count } of ambiguous) {
    const existing = tallies.find((t) => sameTally(t.key, capture.key));
    record(capture, existing?.kind ?? kindOf(capture, schoolDomainLabels), count, ambiguousOriginals.get(capture));
  }

  const result: Record<'employers' | 'schools' | 'trainings' | 'clubs', ProfileCandidate[]> = {
    employers: [],
    schools: [],
    trainings: [],
    clubs: [],
  };
  const byCount = (m: Map<string, number>): string | undefined =>
    [...m.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];
  for (const t of tallies) {
    if (t.support < minimumSupport) continue;
    // A name without a domain borrows the contacts' domain that spells it ("Michelin" → michelin.com).
    let domain = byCount(t.domains);
    if (!domain && t.key !== '' && t.kind !== 'training') {
      const squeezed = t.key.replace(/ /g, '');
      const matches = [...domainCount.entries()].filter(([d]) =>
        sameCompanyKey(domainLabel(d).replace(/-/g, ''), squeezed),
      );
      domain = matches.sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];
      // Schools often sit under a shared domain (dauphine.psl.eu): look at the first label of whole hosts too.
      if (!domain) {
        const hosts = [...hostCount.entries()].filter(([h]) =>
          sameCompanyKey(domainLabel(h).replace(/-/g, ''), squeezed),
        );
        domain = hosts.sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];
      }
    }
    if (domain && domain === ownerDomain) continue;
    const folded = byCount(t.names);
    const asWritten = folded ? spelling.get(folded) : undefined;
    const name = asWritten ? (byCount(asWritten) ?? '') : displayName(folded ?? domainLabel(domain ?? t.key));
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

/** Candidates as (kind, entry) pairs, for the classifier. */
export function candidateEntries(c: ProfileCandidates): { kind: OrgKind; entry: ProfileEntry }[] {
  return [
    ...c.employers.map((entry) => ({ kind: 'employer' as const, entry })),
    ...c.schools.map((entry) => ({ kind: 'school' as const, entry })),
    ...c.trainings.map((entry) => ({ kind: 'training' as const, entry })),
    ...c.clubs.map((entry) => ({ kind: 'club' as const, entry })),
  ];
}
