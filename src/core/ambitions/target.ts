/**
 * Turns an (edited) interpretation into what the ranking looks for: sectors with weights, countries,
 * named companies, and the people who can act on the goal ("door openers").
 *
 * Why these door openers (docs/KNOWLEDGE.md has the long form):
 * - everyone: executives decide; directors of a business function (sales, operations, strategy, finance,
 *   purchasing, partnerships, marketing) carry budgets and introductions; a head of purchasing chooses suppliers.
 * - first client: any buyer, since buyers place the first order.
 * - job: recruiters and HR, who open the process; executives, who hire.
 * - fundraising: investors of any rank (an investment manager screens the deal).
 * - partners: partnership managers.
 */
import type { DoorKind } from './evidence';
import type { AmbitionInterpretation } from './interpret';
import { countryGroups, regionCountries, regionOf } from './countries';
import { companyById } from './companies';
import { isRoleId, type RoleId, type Seniority } from './roles';
import { sectorById } from './sectors';
import { foldTerms } from '../text/fold';

export type Target = {
  /** Sector id → how much it counts (explicit sectors 1). */
  readonly sectors: ReadonlyMap<string, number>;
  /**
   * Sectors implied by the goal only (investors for a round, export agencies for a first client abroad,
   * lawyers and advisers for an office abroad). With a country asked they count where it is, except
   * export agencies, whose country desks help from home.
   */
  readonly impliedSectors: ReadonlyMap<string, number>;
  readonly countries: ReadonlySet<string>;
  /** Dataset company ids. */
  readonly companyIds: ReadonlySet<string>;
  /** Folded raw names of companies the dataset does not know. */
  /** Companies the dataset does not know: the folded key to look for, and the name as the user wrote it. */
  readonly rawCompanies: readonly { readonly key: string; readonly name: string }[];
  /** Folded words of sectors the user typed that the taxonomy does not know ("drones"). */
  readonly rawSectors: readonly string[];
  /** 'become': the user wants to hold `roles`; 'reach': the user wants help from the right people. */
  readonly mode: 'become' | 'reach';
  readonly roles: readonly RoleId[];
  /** The user named a senior version of the roles (a head, a director, a C-level title). */
  readonly senior: boolean;
  readonly goals: ReadonlySet<string>;
  /**
   * Countries near the ones asked, with how near (0..1) and which asked country they are near; filled only
   * when nobody among the contacts is tied to a country asked (see `withNearCountries`).
   */
  readonly near: ReadonlyMap<string, { readonly weight: number; readonly wanted: string }>;
};

export function targetOf(i: AmbitionInterpretation): Target {
  const goals = new Set(i.goals);
  const wanted = i.roles.filter(isRoleId);
  // "Devenir DAF", "recruter un CTO": executive next to a function says how senior, not a second role.
  const senior = wanted.includes('executive') && wanted.length > 1;
  const roles = senior ? wanted.filter((r) => r !== 'executive') : wanted;
  const countries = new Set([...i.countries.map((c) => c.toUpperCase()), ...i.regions.flatMap(regionCountries)]);
  const companyIds = new Set(i.companies.filter((c) => companyById(c)));
  const rawCompanies = i.companies
    .filter((c) => !companyById(c))
    .map((c) => ({ key: foldTerms(c), name: c.trim() }))
    .filter((c) => c.key.length >= 2);
  // A named company's own sector counts, less than the company: "join LVMH" is luxury, LVMH first.
  const named = new Set([...companyIds].map((id) => companyById(id)?.sectors[0]));
  const sectors = new Map(i.sectors.filter((s) => sectorById(s)).map((s) => [s, named.has(s) ? 0.6 : 1] as const));
  // To hire, find a partner or a mentor, the user's own field is where to look when no other is named.
  if (sectors.size === 0 && (goals.has('hire') || goals.has('partners') || goals.has('mentor')))
    for (const s of i.offer ?? []) if (sectorById(s)) sectors.set(s, 0.6);
  const rawSectors = i.sectors
    .filter((s) => !sectorById(s))
    .map((s) => foldTerms(s))
    .filter((s) => s.length >= 3);
  const implied = new Map<string, number>();
  if (goals.has('fundraising') && !sectors.has('venture-capital')) {
    // Investors first; banks lend and run public-funding desks, so they count a little.
    implied.set('venture-capital', 1);
    implied.set('banking', 0.4);
  }
  if (goals.has('first-client') && countries.size > 0 && !countries.has('FR')) implied.set('trade-promotion', 0.4);
  if (goals.has('expand')) {
    // Setting up abroad is what export agencies and chambers of commerce do; lawyers, accountants and
    // advisers set up the entity, property people find the office. They count where the office will be.
    if (countries.size > 0 && !countries.has('FR')) implied.set('trade-promotion', 1);
    implied.set('law', 0.9);
    implied.set('consulting', 0.9);
    implied.set('construction-real-estate', 0.8);
  }
  const mode = goals.has('job') && roles.length > 0 ? 'become' : 'reach';
  return {
    sectors,
    impliedSectors: implied,
    countries,
    companyIds,
    rawCompanies,
    rawSectors,
    mode,
    roles,
    senior,
    goals,
    near: new Map(),
  };
}

/** A country named with another as one market (DACH, Benelux) is nearer than one of the same region. */
const NEAR = { group: 0.6, region: 0.35 } as const;

/**
 * The target with the countries near those asked: partners of the same market group, then the same
 * region. The user's own country (`home`) is left out: being at home is not being closer to abroad.
 */
export function withNearCountries(t: Target, home: string | undefined): Target {
  const near = new Map<string, { weight: number; wanted: string }>();
  const offer = (code: string, weight: number, wanted: string): void => {
    if (t.countries.has(code) || code === home) return;
    if (weight > (near.get(code)?.weight ?? 0)) near.set(code, { weight, wanted });
  };
  for (const wanted of t.countries) {
    for (const g of countryGroups) if (g.codes.includes(wanted)) for (const c of g.codes) offer(c, NEAR.group, wanted);
    const region = regionOf(wanted);
    if (region) for (const c of regionCountries(region)) offer(c, NEAR.region, wanted);
  }
  return { ...t, near };
}

const businessFunctions: ReadonlySet<RoleId> = new Set([
  'executive',
  'sales',
  'operations',
  'strategy',
  'finance',
  'buyer',
  'partnerships',
  'marketing',
  'founder',
  'investor',
]);

/** Who can act on the goal, and why; weight 0 means nobody. */
export type Door = { weight: number; kind: DoorKind | 'wanted-role'; role?: RoleId };

/** A door opener's weight for one role the person holds, given the goal (0..1), with the reason code. */
export function doorOpener(target: Target, held: ReadonlyMap<RoleId, number>, seniority: Seniority): Door {
  let best: Door = { weight: 0, kind: 'director' };
  const offer = (weight: number, kind: Door['kind'], role?: RoleId): void => {
    if (weight > best.weight) best = { weight, kind, ...(role ? { role } : {}) };
  };
  // To hire someone or find a mentor in a function, people of that function come first; a senior of
  // another function still knows some, but less.
  const focused = target.roles.length > 0 && (target.goals.has('hire') || target.goals.has('mentor'));
  const general = focused ? 0.45 : 1;
  const seniorHolder = seniority === 'executive' || seniority === 'director';
  if (seniority === 'executive') offer(general, 'executive');
  for (const [role, confidence] of held) {
    if (seniority === 'director')
      offer((businessFunctions.has(role) ? 1 : 0.4) * confidence * general, 'director', role);
    // To enter a sector (or find a mentor in it), a senior of any function knows its doors.
    if (seniority === 'director' && (target.goals.has('enter-sector') || target.goals.has('mentor')))
      offer(0.9 * confidence * general, 'director', role);
    // A manager of any function knows the sector's people too, less than a director does.
    if (seniority === 'manager' && (target.goals.has('enter-sector') || target.goals.has('mentor')))
      offer(0.7 * confidence * general, 'manager', role);
    // Buyers place orders: as buyers they open doors for a first client (or a partner's). For anything
    // else a head of purchasing ("Responsable des achats") counts as the head of a business function.
    const leads = seniority === 'manager' || seniority === 'director';
    if (role === 'buyer' && (target.goals.has('first-client') || target.goals.has('partners')))
      offer((leads ? 1 : 0.3) * confidence, 'buyer', role);
    else if (role === 'buyer' && leads) offer(confidence * general, 'director', role);
    if (role === 'partnerships') offer(0.7 * confidence, 'partnerships', role);
    if (role === 'founder' || role === 'executive') offer(confidence * general, 'executive', role);
    if (target.goals.has('first-client') && role === 'buyer') offer(confidence, 'buyer', role);
    // Recruiters and HR open a hiring process, whichever side of it the user is on.
    const hires = role === 'recruiter' || role === 'hr';
    if (target.goals.has('job') && hires) offer(confidence, 'recruiter', role);
    // To hire, a recruiter or headhunter finds candidates; another company's HR knows fewer; people of
    // the function named (wanted-role, below) know them best.
    if (target.goals.has('hire') && hires) offer((role === 'recruiter' ? 0.9 : 0.6) * confidence, 'recruiter', role);
    if (target.goals.has('enter-sector') && hires) offer(0.3 * confidence, 'recruiter', role);
    if (target.goals.has('fundraising') && role === 'investor') offer(confidence, 'investor', role);
    if (target.goals.has('partners') && role === 'partnerships') offer(confidence, 'partnerships', role);
    // A mentor, or a hire for a senior post, is better senior; others of the function still count.
    const rank = target.goals.has('mentor') || target.senior ? (seniorHolder ? 1 : 0.8) : 1;
    if (target.mode === 'reach' && target.roles.includes(role)) offer(confidence * rank, 'wanted-role', role);
  }
  if (seniority === 'director' && held.size === 0) offer(0.4, 'director');
  return best;
}
