import { beginsWithVowelSound, elideBefore } from './elision';

describe('French elision before an inserted word', () => {
  test.each([
    ['autour de ', 'Isaure Zimmerlin', 'autour d’'],
    ['Autour de ', 'Édouard Lalo', 'Autour d’'],
    ['les mêmes rendez-vous que ', 'Alden Fairbairn', 'les mêmes rendez-vous qu’'],
    ['Cercle de ', 'Hélène Schmidt', 'Cercle d’'],
    ['Cercle de ', 'Yselle Bréhault', 'Cercle d’'],
    ['Cercle de ', '\u2068Octave Morin\u2069', 'Cercle d’'],
    ['Que ', 'Ulrich', 'Qu’'],
    ['autour de ', 'Marie Dupont', 'autour de '],
    ['Cercle de ', 'Yann Le Goff', 'Cercle de '],
    ['la liste de ', '8 contacts', 'la liste de '],
    ['Lecture de ', '« Alice »', 'Lecture de '],
    // Only a whole particle at the end: "Vendée", "presque" are left alone.
    ['en Vendée ', 'Alice', 'en Vendée '],
    ['presque ', 'Alice', 'presque '],
    ['', 'Alice', ''],
  ])('%j + %j → %j', (before, word, expected) => {
    expect(elideBefore(before, word)).toBe(expected);
  });

  test.each([
    ['Anouk', true],
    ['Œdipe', true],
    ['Hugo', true],
    ['Hsu', false],
    ['Yves', true],
    ['Yolande', false],
    ['', false],
    ['3M', false],
  ])('%s begins with a vowel sound: %s', (word, expected) => {
    expect(beginsWithVowelSound(word)).toBe(expected);
  });
});
