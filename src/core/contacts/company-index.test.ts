import fc from 'fast-check';
import { ascending, TypoIndex } from './company-index';
import { typoBudget, withinEdits } from '../text/distance';

// Two letters: strings within a few edits of each other are common.
const word = fc.stringMatching(/^[ab]{4,12}$/);

/** Ids of every stored string within its typo budget of the query: what a scan would find. */
const scan = (stored: readonly string[], q: string): number[] =>
  stored.flatMap((s, id) => (s === q || withinEdits(s, q, typoBudget(s.length)) ? [id] : []));

const collected = (index: TypoIndex, q: string): number[] => {
  const ids: number[] = [];
  index.collect(q, ids);
  return ascending(ids);
};

describe('the typo index', () => {
  // Neighbourhoods are kept from one index to the next: a later index, with other strings, must still find
  // its own, and only through what it holds.
  it('finds every string a scan finds, index after index, whatever was asked before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(word, { maxLength: 8 }), fc.array(word, { maxLength: 6 })), { maxLength: 4 }),
        (rounds) => {
          for (const [stored, queries] of rounds) {
            const index = new TypoIndex();
            stored.forEach((s, id) => index.add(s, id));
            for (const q of [...queries, ...stored]) {
              const found = collected(index, q);
              for (const id of scan(stored, q)) expect(found).toContain(id);
              for (const id of found) expect(id).toBeLessThan(stored.length);
            }
          }
        },
      ),
    );
  });

  it('answers a query asked twice the same way', () => {
    const index = new TypoIndex();
    ['decathlon', 'michelin', 'dauphine'].forEach((s, id) => index.add(s, id));
    expect(collected(index, 'decatlhon')).toEqual([0]);
    expect(collected(index, 'decatlhon')).toEqual([0]);
    expect(collected(index, 'michelln')).toEqual([1]);
  });

  it('looks a query up with the budget of the index asking, not of an index that asked before', () => {
    const near = new TypoIndex();
    near.add('abcdefgh', 0); // eight letters: one typo allowed, so the query is looked up one deletion deep
    expect(collected(near, 'abcdefghij')).toEqual([]); // two letters more: beyond its one typo
    const far = new TypoIndex();
    far.add('abxdefyhij', 0); // ten letters: two typos allowed, two deletions deep
    expect(collected(far, 'abcdefghij')).toEqual([0]);
  });
});
