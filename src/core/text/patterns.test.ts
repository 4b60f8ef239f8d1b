import fc from 'fast-check';
import { ambitionWordCharacters, compilePatterns, patternProblem } from './patterns';

const matches = (pattern: string, text: string): boolean =>
  compilePatterns([pattern], ambitionWordCharacters, 'test').test(` ${text} `);

describe('the pattern notation', () => {
  test.each([
    // [pattern, text, matches]
    ['pv', 'panneaux pv', true],
    ['pv', 'tubes pvc', false],
    ['renouvelab*', 'energies renouvelables', true],
    ['renouvelab*', 'non renouvelab', true],
    ['lever (fonds*|capital*)', 'lever des fonds', false],
    ['lever [des|de|du] (fonds*|capital*)', 'lever des fonds', true],
    ['lever [des|de|du] (fonds*|capital*)', 'lever fonds', true],
    ['lever [des|de|du] (fonds*|capital*)', 'lever du capital', true],
    ['lever [des|de|du] (fonds*|capital*)', 'relever des fonds', false],
    ['[paying] customers*', 'first customers', true],
    ['decrocher [un|une] [premier] contrat*', 'decrocher un premier contrat', true],
    ['decrocher [un|une] [premier] contrat*', 'decrocher contrat', true],
    ['decrocher [un|une] [premier] contrat*', 'decrocher un un contrat', false],
    ['(cabinet|cabinets) de recrutement*', 'un cabinet de recrutement', true],
    ['start [a career] in', 'start a career in', true],
    ['start [a career] in', 'start a in', false],
    ['get (a|my) [{word}] job*', 'get a new job', true],
    ['get (a|my) [{word}] job*', 'get a job', true],
    ['get (a|my) [{word}] job*', 'get a 2nd job', false],
    ['expand {words} (to|into)', 'expand to', true],
    ['expand {words} (to|into)', 'expand our business into', true],
    ['expand {words} (to|into)', 'expand toronto', false],
    ['c?o', 'le cfo', true],
    ['c?o', 'c3o', false],
    ['c?o', 'ceos', false],
    ['lever #*', 'lever 2m', true],
    ['lever #*', 'lever x2', false],
    ['r&d', 'la r&d', true],
    ['c++', 'dev c++', true],
  ])('%s in "%s": %s', (pattern, text, expected) => {
    expect(matches(pattern, text)).toBe(expected);
  });

  test.each([
    ['Énergie', 'is not a word of the notation'],
    ['lever  fonds', 'one space'],
    ['lever (fonds|capital', 'is not closed'],
    ['lever fonds)', 'unexpected ")"'],
    ['re*nouvelable', 'is not a word of the notation'],
    ['[des|de]', 'everything is optional'],
    ['{words}', 'everything is optional'],
    ['lever (|fonds)', 'a word is missing before "|"'],
    ['{slot}', 'is not a word of the notation'],
    ['', 'ends where a word is expected'],
  ])('"%s" is refused: %s', (pattern, why) => {
    expect(patternProblem(pattern)).toContain(why);
  });

  test('an error names the entry and the pattern', () => {
    expect(() =>
      compilePatterns(['lever fonds', 'lever (fonds'], ambitionWordCharacters, 'goals.json: goal "x"'),
    ).toThrow('goals.json: goal "x": pattern "lever (fonds": "(" at 7 is not closed by ")"');
  });

  test('any text either compiles or is refused with a reason, never anything else', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab *?#()[]|{}wordsÉ-'.split('')), maxLength: 16 }), (p) => {
        const problem = patternProblem(p);
        if (problem === undefined) expect(compilePatterns([p], ambitionWordCharacters, 'x')).toBeInstanceOf(RegExp);
        else expect(problem.startsWith(`"${p}": `)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
