/**
 * What a ranking says beyond its order: which circles hold people who fit (and how warm they are), and
 * which parts of the ambition nobody in the mailbox matches, so the list can say "nobody in Germany; the
 * closest:" rather than pass the closest off as a fit.
 */
import type { CircleId } from '../circles/types';
import type { AmbitionInterpretation } from './interpret';
import type { Facets } from './rank';
import type { RoleId } from './roles';
import type { Target } from './target';
import type { Tie } from './ties';

/** A relevance from which a contact fits the ambition rather than only comes close (0..1). */
export const FIT = 0.5;
/** A tie strength from which a contact is warm (see ties.ts for the scale). */
export const WARM = 0.3;

/**
 * Warm: a tie of some strength where the user has written to the person or met them more than once.
 * Being copied on a thread yesterday, or one group meeting, gives a recent tie, not one to lean on.
 */
export function isWarm(tie: Pick<Tie, 'strength' | 'sent' | 'events'>): boolean {
  return tie.strength >= WARM && (tie.sent > 0 || tie.events > 1);
}

/** Why a circle is promising: how many of its members fit, and how many of those are warm ties. */
export type CirclePromise = {
  readonly circle: CircleId;
  /** 0..1, the best circle 1: the sum of its ten best fitting scores. */
  readonly score: number;
  readonly fitting: number;
  readonly warm: number;
};

/** A part of the ambition nobody among the contacts matches. */
export type Shortfall =
  | { readonly kind: 'place'; readonly sectors: readonly string[]; readonly companies: readonly string[] }
  | { readonly kind: 'country'; readonly countries: readonly string[]; readonly regions: readonly string[] }
  | { readonly kind: 'role'; readonly roles: readonly RoleId[] }
  /** Each part is matched somewhere, but nobody matches enough of them. */
  | { readonly kind: 'none-fit' };

type Scored = {
  readonly score: number;
  readonly relevance: number;
  readonly warm: boolean;
  readonly circle: CircleId | null;
};

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * A circle's promise is the sum of its ten best fitting scores: many good people count, but a large
 * circle of weak matches does not drown a small circle of strong ones; a circle where nobody fits is not
 * promising at all and is left out. Normalised so the best circle scores 1.
 */
export function circlePromises(scored: readonly Scored[]): CirclePromise[] {
  const per = new Map<CircleId, { scores: number[]; warm: number }>();
  for (const s of scored) {
    if (!s.circle || s.relevance < FIT) continue;
    const c = per.get(s.circle) ?? { scores: [], warm: 0 };
    c.scores.push(s.score);
    if (s.warm) c.warm++;
    per.set(s.circle, c);
  }
  const sums = [...per].map(([circle, c]) => ({
    circle,
    fitting: c.scores.length,
    warm: c.warm,
    sum: c.scores
      .sort((a, b) => b - a)
      .slice(0, 10)
      .reduce((x, y) => x + y, 0),
  }));
  const max = Math.max(0, ...sums.map((s) => s.sum));
  return sums
    .map(({ circle, sum, fitting, warm }) => ({ circle, score: max > 0 ? round(sum / max) : 0, fitting, warm }))
    .sort((a, b) => b.score - a.score || (a.circle < b.circle ? -1 : 1));
}

const PLACE_FIT = 0.6;

/** The parts of the ambition nobody matches, from each contact's facets. */
export function shortfallsOf(
  facets: readonly { readonly facets: Facets; readonly relevance: number }[],
  i: AmbitionInterpretation,
  t: Target,
): Shortfall[] {
  const best = (k: keyof Facets): number => Math.max(0, ...facets.map((f) => f.facets[k] ?? 0));
  const out: Shortfall[] = [];
  const namedPlace = i.sectors.length > 0 || i.companies.length > 0;
  // 0.6: a job title or a domain in the sector, or a company whose second business is the sector (the card then
  // says so, "Their job … is in the sector", "Their company, Deliveroo, is in …"), so the banner never says
  // "nobody in the sector" above a card that shows someone in it.
  if (namedPlace && best('place') < PLACE_FIT)
    out.push({ kind: 'place', sectors: [...i.sectors], companies: [...i.companies] });
  if (t.countries.size > 0 && best('country') < 0.3)
    out.push({ kind: 'country', countries: [...i.countries], regions: [...i.regions] });
  const roleMatters = t.mode === 'become' || t.goals.has('hire') || t.goals.has('mentor');
  if (t.roles.length > 0 && roleMatters && best('role') < 0.9) out.push({ kind: 'role', roles: [...t.roles] });
  if (out.length === 0 && facets.length > 0 && Math.max(...facets.map((f) => f.relevance)) < FIT)
    out.push({ kind: 'none-fit' });
  return out;
}
