/**
 * Role vocabularies (French and English): what a job title says about a person's function and
 * seniority. The ranking uses them to find the people who can act on an ambition — buyers for a first
 * client, investors for a round, recruiters for a job — and the people already in the role the user wants.
 */
import type { Language } from '../model';
import { foldTerms } from '../text/fold';
import { ambitionWordCharacters, compilePatterns } from '../text/patterns';
import { hasTerm, pad, toWordStartTerm } from '../text/terms';
import data from './data/roles.json';
import seniorityData from './data/seniority.json';

const roleIds = [
  'executive',
  'founder',
  'investor',
  'buyer',
  'recruiter',
  'hr',
  'finance',
  'sales',
  'marketing',
  'partnerships',
  'strategy',
  'operations',
  'engineering',
  'product',
  'design',
  'data',
  'project',
  'legal',
  'consulting',
] as const;

/** A function a person can hold. `executive` is general management (CEO, DG, managing partner). */
export type RoleId = (typeof roleIds)[number];

/** How senior a title reads: executives decide, directors run a function, managers lead a team. */
export type Seniority = 'executive' | 'director' | 'manager' | 'staff';

export type Role = {
  readonly id: RoleId;
  readonly labels: Readonly<Record<Language, string>>;
  /**
   * Folded stems matched at a word start in a title; a trailing space demands a whole word (compiled from
   * data/roles.json, where "acheteu*" is a stem and "ceo" a whole word).
   */
  readonly terms: readonly string[];
  /** Folded phrases that look like the role but are not ("ingenieur d affaires" is sales, not engineering). */
  readonly not: readonly string[];
};

/** A role as written in data/roles.json: its id a string until checked, its terms in the knowledge notation. */
type RoleRecord = Omit<Role, 'id'> & { readonly id: string };

/**
 * The roles of a data file, their terms in the matcher's form. Every role the code names must be there, once:
 * the ranking reads them by id.
 */
export function compileRoles(records: readonly RoleRecord[]): Role[] {
  const out = records.map((r): Role => {
    if (!(roleIds as readonly string[]).includes(r.id)) throw new Error(`Unknown role "${r.id}"`);
    return {
      id: r.id as RoleId,
      labels: { fr: r.labels.fr, en: r.labels.en },
      terms: r.terms.map(toWordStartTerm),
      not: r.not.map(toWordStartTerm),
    };
  });
  const missing = roleIds.filter((id) => out.filter((r) => r.id === id).length !== 1);
  if (missing.length > 0) throw new Error(`Roles missing or repeated: ${missing.join(', ')}`);
  return out;
}

/** Every role, in the order `rolesOf` lists them. */
export const roles: readonly Role[] = compileRoles(data);

const roleById = new Map(roles.map((x) => [x.id, x]));

// Neighbouring functions: a talent acquisition lead is nearly a head of people (one department), a data engineer to an
// engineer, a product designer to a product manager. Symmetric; anything not listed is 0.
const neighbours: readonly [RoleId, RoleId, number][] = [
  ['hr', 'recruiter', 0.85],
  ['data', 'engineering', 0.5],
  ['product', 'design', 0.4],
  ['product', 'project', 0.4],
  ['executive', 'founder', 0.8],
  ['marketing', 'sales', 0.3],
  ['strategy', 'consulting', 0.4],
];

/** How much holding `held` counts for someone who wants `wanted` (1 for the same role). */
export function roleAffinity(wanted: RoleId, held: RoleId): number {
  if (wanted === held) return 1;
  for (const [a, b, v] of neighbours) if ((a === wanted && b === held) || (b === wanted && a === held)) return v;
  return 0;
}

/** A role's label in the language; the id when unknown. */
export function roleLabel(id: string, lang: Language): string {
  return roleById.get(id as RoleId)?.labels[lang] ?? id;
}

export function isRoleId(id: string): id is RoleId {
  return roleById.has(id as RoleId);
}

// How senior a title reads: patterns in data/seniority.json (docs/KNOWLEDGE.md, "Patterns").
const seniorityPattern = (level: 'executive' | 'not-executive' | 'director' | 'manager'): RegExp =>
  compilePatterns(seniorityData[level], ambitionWordCharacters, `seniority.json: "${level}"`);
const executive = seniorityPattern('executive');
const notExecutive = seniorityPattern('not-executive');
const director = seniorityPattern('director');
const manager = seniorityPattern('manager');
// "leiter" ends a word anywhere (Abteilungsleiter, Personalleiterin): the notation matches words from their
// start, so this one stays an expression. No "[a-z]*" before it, which matched nothing more and backtracked
// over every run of letters (a 100k-letter title took tens of seconds).
const leiter = /leiter |leiterin /;

/** What a title says about seniority. */
export function seniorityOf(foldedTitle: string): Seniority {
  const t = pad(foldedTitle);
  if (executive.test(t) && !notExecutive.test(t)) return 'executive';
  if (director.test(t) || leiter.test(t)) return 'director';
  if (manager.test(t)) return 'manager';
  return 'staff';
}

/** The functions a title names, in the order of the role list. */
export function rolesOf(foldedTitle: string): RoleId[] {
  const t = pad(foldedTitle);
  const out: RoleId[] = [];
  for (const role of roles) {
    let text = t;
    for (const n of role.not) text = text.split(` ${n}`).join(' ');
    if (role.terms.some((term) => hasTerm(text, term))) out.push(role.id);
  }
  // "Partner" alone is a firm's partner; "HR Business Partner" is HR, handled by `not` above.
  return out;
}

const titleCache = new Map<string, { roles: RoleId[]; seniority: Seniority }>();

/** Functions and seniority of a title, folded once; titles repeat, so each distinct one is read once. */
export function readTitle(title: string): { roles: RoleId[]; seniority: Seniority } {
  const hit = titleCache.get(title);
  if (hit) return { roles: [...hit.roles], seniority: hit.seniority };
  if (titleCache.size > 20_000) titleCache.clear();
  const f = foldTerms(title);
  const read = { roles: rolesOf(f), seniority: seniorityOf(f) };
  titleCache.set(title, read);
  return { roles: [...read.roles], seniority: read.seniority };
}
