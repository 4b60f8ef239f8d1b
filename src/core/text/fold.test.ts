import fc from 'fast-check';
import { compactKey, fold, foldTerms, tokens, words } from './fold';
import { ambitionTermProblem } from './terms';

// Accents, ligatures, typographic apostrophes and dashes, odd spaces: what people type in names and notes.
const text = fc.string({
  unit: fc.constantFrom(..."aAéÉèçœŒæßİ’‘`´–—-  \t\n&+.,()'1zZ".split('')),
  maxLength: 30,
});

describe('fold', () => {
  it.each([
    ["L'ORÉAL SA", "l'oreal sa"],
    ['Sœur Marie-Thérèse', 'soeur marie-therese'],
    ['Straße  Café', 'strasse cafe'],
    ['L’Œuvre — Ægée', "l'oeuvre - aegee"],
  ])('folds %s to %s', (raw, folded) => {
    expect(fold(raw)).toBe(folded);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(text, (t) => expect(fold(fold(t))).toBe(fold(t))));
  });

  it('leaves no upper case, combining accent or ligature, and no space at either end', () => {
    fc.assert(
      fc.property(text, (t) => {
        const f = fold(t);
        expect(f).toBe(f.toLowerCase());
        expect(f).not.toMatch(/[\u0300-\u036fœæß]|^\s|\s$|\s\s/);
      }),
    );
  });
});

describe('foldTerms', () => {
  it.each([
    ['R&D, Saint-Étienne', 'r&d saint etienne'],
    ["J'ai une sœur", 'j ai une soeur'],
    ['  ', ''],
  ])('folds %j to %j', (raw, folded) => {
    expect(foldTerms(raw)).toBe(folded);
  });

  it('is idempotent and gives text the knowledge-term notation accepts', () => {
    fc.assert(
      fc.property(text, (t) => {
        const f = foldTerms(t);
        expect(foldTerms(f)).toBe(f);
        const letters = f.replace(/[^a-z0-9&+ ]/g, '');
        if (letters !== '') expect(ambitionTermProblem(f)).toBeUndefined();
      }),
    );
  });

  it('agrees with words() on every word made of letters and digits', () => {
    fc.assert(
      fc.property(text, (t) =>
        expect(
          foldTerms(t)
            .split(/[&+ ]+/)
            .filter(Boolean),
        ).toEqual(words(t)),
      ),
    );
  });
});

describe('tokens and compactKey', () => {
  it('splits compound brand names and squeezes separators', () => {
    expect(tokens('AkuoEnergy SAS')).toEqual(['akuo', 'energy', 'sas']);
    expect(compactKey('Crédit A gricole')).toBe(compactKey('CréditAgricole'));
  });
});
