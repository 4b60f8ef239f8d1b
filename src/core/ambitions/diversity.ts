/**
 * A shortlist a person trusts does not give ten people from one organisation: after the first two of an
 * organisation, each further one counts a little less, so another organisation's person of nearly the
 * same relevance comes up. Among people who fit, the step is small (twelve finance directors of the
 * manufacturer the user aims for are all good doors, and stay near the top); among the closest, when
 * nobody fits, it is steep: the eighteenth partner of the same law firm is no closer than the second.
 */
import type { Contact } from '../model';
import { compactCompanyKey } from '../text/company';
import { freeMail, type ContactProfile } from './profile';

/** Members of one organisation kept at full score before the decay starts. */
const FREE = 2;
/** The factor per further member, for people who fit and for the closest. */
const DECAY = { fits: 0.93, closest: 0.6 } as const;

/**
 * The organisation a contact belongs to: the known company, else the company field's key, else a work
 * e-mail domain. Undefined when nothing says (a private address and no company), so nobody is grouped
 * by the provider of their mailbox.
 */
export function organisationOf(contact: Contact, profile: ContactProfile): string | undefined {
  if (profile.company) return `id:${profile.company.id}`;
  const key = contact.companyName ? compactCompanyKey(contact.companyName) : '';
  if (key.length >= 2) return `name:${key}`;
  for (const e of contact.emailAddresses) {
    const host = e.address.split('@')[1]?.trim().toLowerCase();
    if (host && host.includes('.') && !freeMail.has(host)) return `domain:${host}`;
  }
  return undefined;
}

type Candidate = { readonly score: number; readonly fits: boolean; readonly organisation?: string };

/**
 * Picks up to `limit` candidates greedily, best adjusted score first, where the adjusted score is the
 * score times the decay for the members of the same organisation already picked. `sorted` is best first;
 * ties keep its order. Returns the picks with their adjusted scores, still within 0..1 and non-increasing.
 */
export function diversify<T extends Candidate>(sorted: readonly T[], limit: number): (T & { score: number })[] {
  const picked: (T & { score: number })[] = [];
  const taken = new Set<number>();
  const count = new Map<string, number>();
  const adjusted = (c: T): number => {
    const n = c.organisation ? (count.get(c.organisation) ?? 0) : 0;
    return n < FREE ? c.score : c.score * (c.fits ? DECAY.fits : DECAY.closest) ** (n - FREE + 1);
  };
  while (picked.length < limit && taken.size < sorted.length) {
    let best = -1;
    let bestScore = -1;
    for (let i = 0; i < sorted.length; i++) {
      if (taken.has(i)) continue;
      const c = sorted[i]!;
      // Sorted best first: nobody further down can beat the best adjusted score found so far.
      if (c.score <= bestScore) break;
      const s = adjusted(c);
      if (s > bestScore) {
        best = i;
        bestScore = s;
      }
    }
    const c = sorted[best]!;
    taken.add(best);
    if (c.organisation) count.set(c.organisation, (count.get(c.organisation) ?? 0) + 1);
    picked.push({ ...c, score: Math.round(bestScore * 1e4) / 1e4 });
  }
  return picked;
}
