import fc from 'fast-check';
import { distance as levenshtein } from 'fastest-levenshtein';
import { editDistance, typoBudget, withinEdits } from './distance';

/**
 * The optimal-string-alignment distance by its definition, the full table without any shortcut: what the
 * ambitions computed before the toolkit (a hand-written table) and what `editDistance` must keep returning.
 */
function osaReference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

// Few letters, so random strings share letters and land near each other as names with typos do.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'e', 'n', 'r'), maxLength: 12 });
const budget = fc.integer({ min: 0, max: 3 });

/** The word with the letters at `at` and `at + 1` swapped. */
const swap = (w: string, at: number): string => w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);

describe('editDistance', () => {
  it.each([
    ['pennylane', 'penynlane', 1],
    ['hitachi', 'hitahci', 1],
    ['saintgobain', 'saitngobain', 1],
    ['michelin', 'micehlin', 1],
    ['decathlon', 'decatlhon', 1],
    ['renault', 'renualt', 1],
    ['abc', 'xyz', 2],
  ])('between %s and %s is %d (capped at 1 more than the budget of 1)', (a, b, d) => {
    expect(editDistance(a, b, 1)).toBe(d);
  });

  it('counts a swap of two adjacent letters as one edit, where Levenshtein counts two', () => {
    expect(levenshtein('hitachi', 'hitahci')).toBe(2);
    expect(withinEdits('hitachi', 'hitahci', 1)).toBe(true);
  });

  it('is the OSA distance up to the cap, and the cap beyond it', () => {
    fc.assert(
      fc.property(word, word, budget, (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(osaReference(a, b), max + 1));
      }),
      { numRuns: 3000 },
    );
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(word, word, budget, (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(editDistance(b, a, max));
      }),
    );
  });

  it('is zero exactly for equal strings, and never more than Levenshtein', () => {
    fc.assert(
      fc.property(word, word, budget, (a, b, max) => {
        const d = editDistance(a, b, max);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.min(levenshtein(a, b), max + 1));
      }),
    );
  });

  it('finds any word one adjacent swap away within one edit', () => {
    fc.assert(
      fc.property(
        word.filter((w) => w.length >= 2),
        fc.nat(),
        (w, n) => {
          const at = n % (w.length - 1);
          expect(withinEdits(w, swap(w, at), 1)).toBe(true);
        },
      ),
    );
  });
});

describe('typoBudget', () => {
  it.each([
    [4, 0],
    [5, 1],
    [9, 1],
    [10, 2],
    [40, 2],
  ])('allows a name of %d letters %d edits', (length, edits) => {
    expect(typoBudget(length)).toBe(edits);
  });

  it('never shrinks as names grow', () => {
    fc.assert(fc.property(fc.nat(200), (n) => expect(typoBudget(n + 1)).toBeGreaterThanOrEqual(typoBudget(n))));
  });
});
