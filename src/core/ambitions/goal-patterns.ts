/**
 * The goal patterns of data/goals.json compiled, once, into the RegExps interpret.ts tests an ambition with:
 * one per goal, per cue and per ambition-only role word. The notation is core/text/patterns.ts; an unknown goal,
 * cue or role, or a malformed pattern, stops the load with the entry named.
 */
import { ambitionWordCharacters, compilePatterns } from '../text/patterns';

/** Phrases that refine the goals in interpret.ts (a market entry, a role change, seniority…). */
export type Cue =
  | 'market-entry'
  | 'role-change'
  | 'career-change'
  | 'work-in'
  | 'become'
  | 'recruiter-nouns'
  | 'senior-words'
  | 'investor-words';

const cueIds: readonly Cue[] = [
  'market-entry',
  'role-change',
  'career-change',
  'work-in',
  'become',
  'recruiter-nouns',
  'senior-words',
  'investor-words',
];

/** data/goals.json as written. */
export type GoalRecord = {
  readonly about?: string;
  readonly goals: Readonly<Record<string, readonly string[]>>;
  readonly cues: Readonly<Record<string, readonly string[]>>;
  readonly roles: Readonly<Record<string, readonly string[]>>;
};

export type GoalKnowledge<G extends string, R extends string> = {
  /** In the order of `goalIds`. */
  readonly goals: readonly (readonly [G, RegExp])[];
  readonly cues: Readonly<Record<Cue, RegExp>>;
  /** In file order. */
  readonly roles: readonly (readonly [R, RegExp])[];
};

/**
 * Compiles a goals file against the goals and roles the engine knows. Every known goal and cue needs patterns;
 * a name it does not know is an error, as a malformed pattern is (`goals.json: goal "job": pattern "…": …`).
 */
export function compileGoalKnowledge<G extends string, R extends string>(
  data: GoalRecord,
  goalIds: readonly G[],
  roleIds: readonly R[],
): GoalKnowledge<G, R> {
  const w = ambitionWordCharacters;
  const unknown = (what: string, names: readonly string[], known: readonly string[]): void => {
    for (const n of names) if (!known.includes(n)) throw new Error(`goals.json: unknown ${what} "${n}"`);
    for (const k of known) if (what !== 'role' && !names.includes(k)) throw new Error(`goals.json: no ${what} "${k}"`);
  };
  unknown('goal', Object.keys(data.goals), goalIds);
  unknown('cue', Object.keys(data.cues), cueIds);
  unknown('role', Object.keys(data.roles), roleIds);
  const goals = goalIds.map((g) => [g, compilePatterns(data.goals[g] ?? [], w, `goals.json: goal "${g}"`)] as const);
  const cues = Object.fromEntries(
    cueIds.map((c) => [c, compilePatterns(data.cues[c] ?? [], w, `goals.json: cue "${c}"`)]),
  ) as Record<Cue, RegExp>;
  const roles = Object.entries(data.roles).map(
    ([r, patterns]) => [r as R, compilePatterns(patterns, w, `goals.json: role "${r}"`)] as const,
  );
  return { goals, cues, roles };
}
