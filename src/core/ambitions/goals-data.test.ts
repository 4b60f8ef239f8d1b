/**
 * data/goals.json and data/seniority.json checked as a schema would (the fields, known goals, cues and roles, every pattern in the
 * notation of core/text/patterns.ts, none twice), and proof that a pattern added to it is read by the engine.
 */
import { patternProblem } from '../text/patterns';
import goalData from './data/goals.json';
import seniorityData from './data/seniority.json';
import { compileGoalKnowledge, type GoalRecord } from './goal-patterns';
import type * as InterpretModuleNs from './interpret';
import { goals } from './interpret';
import { roles, seniorityOf } from './roles';

type InterpretModule = typeof InterpretModuleNs;

/** Every problem of the file, each prefixed with where it is ("goals › job"). */
function fileProblems(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return ['not an object'];
  const d = data as Record<string, unknown>;
  const out = Object.keys(d)
    .filter((k) => !['about', 'goals', 'cues', 'roles'].includes(k))
    .map((k) => `unknown field "${k}"`);
  for (const section of ['goals', 'cues', 'roles']) {
    const lists = d[section];
    if (typeof lists !== 'object' || lists === null) {
      out.push(`${section}: missing`);
      continue;
    }
    for (const [name, list] of Object.entries(lists)) {
      const where = `${section} › ${name}`;
      if (!Array.isArray(list) || list.length === 0) out.push(`${where}: not a list of patterns`);
      else
        list.forEach((p: unknown, i) => {
          if (typeof p !== 'string') out.push(`${where}: ${JSON.stringify(p)} is not a pattern`);
          else if (patternProblem(p)) out.push(`${where}: ${patternProblem(p)}`);
          else if (list.indexOf(p) !== i) out.push(`${where}: "${p}" twice`);
        });
    }
  }
  return out;
}

const compile = (data: GoalRecord) =>
  compileGoalKnowledge(
    data,
    goals.map((g) => g.id),
    roles.map((r) => r.id),
  );

describe('data/goals.json', () => {
  it('is well formed: known fields, lists of patterns in the notation, none twice', () => {
    expect(fileProblems(goalData)).toEqual([]);
  });

  it('names every goal and cue the engine reads, and only goals, cues and roles it knows', () => {
    expect(() => compile(goalData)).not.toThrow();
    expect(() => compile({ ...goalData, goals: { ...goalData.goals, promotion: ['promotion*'] } })).toThrow(
      'goals.json: unknown goal "promotion"',
    );
    const { mentor: _, ...noMentor } = goalData.goals;
    expect(() => compile({ ...goalData, goals: noMentor })).toThrow('goals.json: no goal "mentor"');
    expect(() => compile({ ...goalData, roles: { ...goalData.roles, astronaut: ['astronaut*'] } })).toThrow(
      'goals.json: unknown role "astronaut"',
    );
  });

  it('the checks name what is wrong in a broken entry', () => {
    expect(fileProblems({ goals: { job: ['Trouver un poste', 'job', 'job'], hire: [] }, cues: {}, colour: 1 })).toEqual(
      [
        'unknown field "colour"',
        'goals › job: "Trouver un poste": "Trouver" is not a word of the notation (lower-case letters without accents, digits, & or +; a * only at the end; {word} or {words})',
        'goals › job: "job" twice',
        'goals › hire: not a list of patterns',
        'roles: missing',
      ],
    );
  });
});

// interpret.ts loads again over a goals file with one more pattern, as after an edit and a build.
async function interpretWith(data: object): Promise<InterpretModule> {
  let engine: InterpretModule | undefined;
  jest.doMock('./data/goals.json', () => data);
  try {
    await jest.isolateModulesAsync(async () => {
      engine = await import('./interpret');
    });
  } finally {
    jest.dontMock('./data/goals.json');
  }
  return engine!;
}

describe('a pattern added to a goal of data/goals.json', () => {
  const ambition = 'Trouver une tutrice pour mon projet de boulangerie';
  const withPattern = (pattern: string) => ({
    ...goalData,
    goals: { ...goalData.goals, mentor: [...goalData.goals.mentor, pattern] },
  });

  it('is read by the engine: the ambition is about a mentor after the edit only', async () => {
    expect((await interpretWith(goalData)).interpretAmbition(ambition).goals).not.toContain('mentor');
    const edited = await interpretWith(withPattern('[un|une|mon|ma] (tuteur|tutrice)'));
    expect(edited.interpretAmbition(ambition).goals).toContain('mentor');
    expect(edited.interpretAmbition('Find a mentor').goals).toContain('mentor');
  });

  it('reads whole words: "tutrice" is not found in "tutrices" without a star', async () => {
    const edited = await interpretWith(withPattern('(tuteur|tutrice)'));
    expect(edited.interpretAmbition('Trouver des tutrices').goals).not.toContain('mentor');
    const starred = await interpretWith(withPattern('(tuteur*|tutrice*)'));
    expect(starred.interpretAmbition('Trouver des tutrices').goals).toContain('mentor');
  });

  it('in a form the notation does not have stops the engine, naming the goal and the pattern', async () => {
    await expect(interpretWith(withPattern('une (tutrice'))).rejects.toThrow(
      'goals.json: goal "mentor": pattern "une (tutrice": "(" at 5 is not closed by ")"',
    );
  });
});

describe('data/seniority.json', () => {
  it('is well formed: the four levels, lists of patterns in the notation, none twice', () => {
    const { about: _, ...levels } = seniorityData;
    expect(Object.keys(levels)).toEqual(['executive', 'not-executive', 'director', 'manager']);
    const problems = Object.entries(levels).flatMap(([level, list]) =>
      list.flatMap((p, i) => {
        const problem = patternProblem(p) ?? (list.indexOf(p) !== i ? `"${p}" twice` : undefined);
        return problem ? [`${level}: ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('reads a title: executive unless a not-executive pattern occurs, then director, manager, staff', () => {
    expect(seniorityOf('cfo')).toBe('executive');
    expect(seniorityOf('hr business partner')).toBe('staff');
    expect(seniorityOf('vice president sales')).toBe('director');
    expect(seniorityOf('abteilungsleiter vertrieb')).toBe('director');
    expect(seniorityOf('team leader')).toBe('manager');
  });
});
