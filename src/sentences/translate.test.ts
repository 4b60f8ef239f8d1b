import { addStrings, translate } from './translate';

addStrings([
  {
    fr: { 't.circle': 'Cercle de {name}', 't.count': 'la liste de {count} contacts', 't.twice': 'que {a} et que {b}' },
    en: { 't.circle': 'Circle of {name}', 't.count': 'the list of {count} contacts', 't.twice': 'as {a} and as {b}' },
  },
]);

describe('translate fills slots, eliding French particles before a vowel sound', () => {
  test.each([
    ['fr', 't.circle', { name: 'Alden Esquerré' }, 'Cercle d’Alden Esquerré'],
    ['fr', 't.circle', { name: 'Marie Dupont' }, 'Cercle de Marie Dupont'],
    ['en', 't.circle', { name: 'Alden Esquerré' }, 'Circle of Alden Esquerré'],
    ['fr', 't.count', { count: 8 }, 'la liste de 8 contacts'],
    ['fr', 't.twice', { a: 'Ilan', b: 'Paul' }, 'qu’Ilan et que Paul'],
    ['fr', 't.twice', { a: 'Ilan' }, 'qu’Ilan et que {b}'],
  ] as const)('%s %s %j → %s', (language, key, params, expected) => {
    expect(translate(language, key, params)).toBe(expected);
  });
});
