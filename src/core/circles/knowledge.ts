/**
 * The organisations the owner shares with contacts: the current employer, past employers, schools, trainings
 * and clubs — from the profile the user gave and, with reduced weight, from inferred candidates.
 */
import { companyKey, domainLabel, isPublicProvider, registrableDomain } from '../contacts';
import type { Owner, ProfileEntry } from '../model';
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
const tooGeneric: ReadonlySet<string> = new Set(['formation', 'training', 'club', 'reseau', 'ecole', 'universite', 'school', 'university']);

function org(kind: OrgKind, entry: ProfileEntry, source: KnownOrg['source']): KnownOrg {
  const domain = entry.domain ? registrableDomain(entry.domain) : undefined;
  let key = companyKey(entry.name);
  if (tooGeneric.has(key)) key = '';
  return { kind, name: entry.name, key, ...(domain ? { domain } : {}), source, trust: source === 'given' ? 1 : inferredTrust };
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
    ...(hasDomain ? { domain } : {}),
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

/** Organisations from inferred candidates, skipping those the user already gave. */
export function inferredOrgs(candidates: readonly { kind: OrgKind; entry: ProfileEntry }[], known: readonly KnownOrg[]): KnownOrg[] {
  const out: KnownOrg[] = [];
  for (const { kind, entry } of candidates) {
    const o = org(kind, entry, 'inferred');
    const dup = [...known, ...out].some((k) => (o.domain && k.domain === o.domain) || (o.key !== '' && k.key === o.key));
    if (!dup) out.push(o);
  }
  return out;
}
