/**
 * Domains learnt from the contacts who use them: when most contacts at a domain the engine knows nothing about
 * are tied to a known school or club by their own texts ("Gala des anciens Centrale Lyon" for contacts at an
 * alumni association's domain), the domain is that school's or club's, and its other contacts — with nothing
 * else to go on — are classmates or club members too. Counts only, so contact order never matters.
 */
import { domainLabel, isPublicProvider, registrableDomain, sameCompanyKey } from '../contacts';
import { companyKey } from '../text/company';
import type { Contact } from '../model';
import type { CircleId, Reason } from './types';

/** Reason kinds that tie a contact to a school or a club the owner shares. */
const membershipKinds: ReadonlyMap<string, CircleId> = new Map([
  ['mentions-school', 'classmates'],
  ['school-alumni', 'classmates'],
  ['mentions-club', 'clubs'],
  ['club-member', 'clubs'],
]);
/** Kinds that say the domain is already known (the owner's, a past employer's, a school's…). */
const knownDomainKinds = new Set([
  'owner-domain',
  'employer-domain',
  'old-address',
  'school-domain',
  'club-domain',
  'training-domain',
  'alumni-domain',
  'academic-domain',
  'circle-domain',
]);

/** Weight of a domain most of whose contacts are tied to one school or club. */
export const sharedDomainWeight = 0.6;
/** At least this many contacts at the domain must be tied to it by their own texts. */
const minimumMembers = 2;

const noDomains: readonly string[] = Object.freeze([]);

/** The contact's corporate domains, each once, in order (most contacts have one address: a list of one). */
function domainsOf(contact: Contact): readonly string[] {
  let out: string[] | undefined;
  for (const e of contact.emailAddresses) {
    if (!e.address.includes('@') || isPublicProvider(e.address)) continue;
    const d = registrableDomain(e.address);
    if (!d) continue;
    if (!out) out = [d];
    else if (!out.includes(d)) out.push(d);
  }
  return out ?? noDomains;
}

/** Adds `shared-domain` reasons in place. */
export function addSharedDomainReasons(contacts: readonly Contact[], evidence: Reason[][]): void {
  const byDomain = new Map<string, { members: number[]; votes: Map<CircleId, number>; known: boolean }>();
  // A domain's label without hyphens ("dcf-france.fr" → "dcffrance"), once per domain.
  const squeezed = new Map<string, string>();
  const squeezedLabel = (d: string): string => {
    let label = squeezed.get(d);
    if (label === undefined) {
      label = domainLabel(d).replace(/-/g, '');
      squeezed.set(d, label);
    }
    return label;
  };
  // Index loops: this runs once per run over every contact, mostly before the optimising compiler has seen
  // it, where each iterator step allocates.
  for (let i = 0; i < contacts.length; i++) {
    const c = contacts[i] as Contact;
    const domains = domainsOf(c);
    if (domains.length === 0) continue;
    const reasons = evidence[i] ?? [];
    let circles: CircleId[] | undefined;
    let known = false;
    for (let k = 0; k < reasons.length; k++) {
      const r = reasons[k] as Reason;
      const circle = membershipKinds.get(r.kind);
      if (circle && r.field !== 'email') {
        if (!circles) circles = [circle];
        else if (!circles.includes(circle)) circles.push(circle);
      }
      if (knownDomainKinds.has(r.kind)) known = true;
    }
    const company = c.companyName ? companyKey(c.companyName).replace(/ /g, '') : '';
    for (let k = 0; k < domains.length; k++) {
      const d = domains[k] as string;
      let entry = byDomain.get(d);
      if (!entry) {
        entry = { members: [], votes: new Map<CircleId, number>(), known: false };
        byDomain.set(d, entry);
      }
      entry.members.push(i);
      // A company's own domain (the contact works there) is an employer's, not an association's.
      if (!entry.known && (known || (company !== '' && sameCompanyKey(company, squeezedLabel(d))))) entry.known = true;
      if (circles) for (const circle of circles) entry.votes.set(circle, (entry.votes.get(circle) ?? 0) + 1);
    }
  }
  for (const [domain, { members, votes, known }] of byDomain) {
    if (known || members.length < minimumMembers) continue;
    const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
    const [top, runnerUp] = ranked;
    if (!top || top[1] < minimumMembers || top[1] * 2 < members.length) continue;
    if (runnerUp && runnerUp[1] === top[1]) continue;
    for (const i of members) {
      const address =
        contacts[i]?.emailAddresses.find((e) => registrableDomain(e.address) === domain)?.address ?? domain;
      evidence[i]?.push({
        field: 'email',
        kind: 'shared-domain',
        evidence: address,
        circle: top[0],
        weight: sharedDomainWeight,
      });
    }
  }
}
