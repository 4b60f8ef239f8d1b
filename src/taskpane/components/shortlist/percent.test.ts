import type { ShortlistEntry } from '../../../core/ambitions';
import { relevancePercents, shortlistKind } from './percent';

const entry = (contactId: string, score: number, fits: boolean): ShortlistEntry => ({
  contactId,
  score,
  fits,
  reasons: [],
});

describe('relevancePercents', () => {
  it('gives the best person who fits 100 % and the others their share of it', () => {
    const percents = relevancePercents([entry('a', 0.8, true), entry('b', 0.4, true)], 'fits');
    expect([...percents]).toEqual([
      ['a', 100],
      ['b', 50],
    ]);
  });

  it('gives no figure to the people on a list of the closest, the first one included', () => {
    expect(relevancePercents([entry('a', 0.15, false), entry('b', 0.14, false)], 'closest').size).toBe(0);
    // A part of the ambition matches nobody: even someone who fits the rest does not read 100 %.
    expect(relevancePercents([entry('a', 0.6, true)], 'closest').size).toBe(0);
  });

  it('measures people who fit against the best of them, and gives none to a warmer contact who does not fit', () => {
    // A close friend who only comes near the ambition can outrank a stranger who fits it.
    const percents = relevancePercents(
      [entry('friend', 0.9, false), entry('fit', 0.6, true), entry('fit2', 0.3, true)],
      'fits',
    );
    expect(percents.get('friend')).toBeUndefined();
    expect(percents.get('fit')).toBe(100);
    expect(percents.get('fit2')).toBe(50);
  });
});

describe('shortlistKind', () => {
  it('is a list of the closest as soon as one part of the ambition matches nobody', () => {
    expect(shortlistKind([])).toBe('fits');
    expect(shortlistKind([{ kind: 'country' }])).toBe('closest');
  });
});
