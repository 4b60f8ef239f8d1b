import fc from 'fast-check';
import { ThreadTally } from './thread-tally';

/** What the tally replaced: a Map per contact, each subject once at its strongest factor, in the order first met. */
function reference(adds: readonly (readonly [string, number])[]): [string, number][] {
  const m = new Map<string, number>();
  for (const [subject, factor] of adds) {
    const had = m.get(subject);
    if (had === undefined || had < factor) m.set(subject, factor);
  }
  return [...m];
}

const contents = (t: ThreadTally): [string, number][] =>
  Array.from({ length: t.count }, (_, i) => [t.subjects[i] as string, t.factors[i] as number]);

// Few distinct subjects (repeats) and lists long enough to pass the scan limit.
const adds = fc.array(fc.tuple(fc.stringMatching(/^[a-e]{1,3}$/), fc.constantFrom(0.45, 0.9, 0.3)), {
  maxLength: 60,
});

describe('the thread tally', () => {
  it('keeps each subject once, at its strongest factor, in the order first met', () => {
    const t = new ThreadTally();
    t.add('Budget', 0.45);
    t.add('Offsite', 0.9);
    t.add('Budget', 0.9);
    t.add('Offsite', 0.45);
    expect(contents(t)).toEqual([
      ['Budget', 0.9],
      ['Offsite', 0.9],
    ]);
  });

  it('agrees with a Map per contact, below and past the scan limit, contact after contact', () => {
    const t = new ThreadTally();
    fc.assert(
      fc.property(fc.array(adds, { minLength: 1, maxLength: 4 }), (contacts) => {
        for (const list of contacts) {
          t.reset();
          for (const [subject, factor] of list) t.add(subject, factor);
          expect(contents(t)).toEqual(reference(list));
        }
      }),
    );
  });

  it('tells thousands of subjects apart', () => {
    const t = new ThreadTally();
    for (let i = 0; i < 5000; i++) t.add(`thread ${i % 2500}`, i < 2500 ? 0.45 : 0.9);
    expect(t.count).toBe(2500);
    expect(t.factors.slice(0, t.count).every((f) => f === 0.9)).toBe(true);
  });

  it('holds no subject once released', () => {
    const t = new ThreadTally();
    t.add('Budget', 0.9);
    t.release();
    expect(t.count).toBe(0);
    expect(t.subjects).toEqual([]);
  });
});
