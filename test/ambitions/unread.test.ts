import { interpretAmbition, notUnderstood } from '../../src/core/ambitions/index';

describe('the words an ambition reading left out (review2 #32)', () => {
  it.each([
    ['Je veux devenir astronaute', ['astronaute']],
    ['I want to become an astronaut', ['astronaut']],
    ['Find partners for my bakery', ['bakery']],
  ])('when only a goal is read in "%s", names %j', (text, words) => {
    expect(notUnderstood(interpretAmbition(text))).toEqual(words);
  });

  it.each([
    'Trouver un poste',
    'Trouver des partenaires',
    'Trouver des clients',
    'Lever des fonds pour ma startup',
    'Me lancer dans les énergies renouvelables',
    'Ouvrir un bureau à Berlin',
    'Win a first client in Japan',
  ])('names nothing for "%s": every word was read or carries no target', (text) => {
    expect(notUnderstood(interpretAmbition(text))).toEqual([]);
  });

  it('names nothing once the user adds what the goal is about', () => {
    const i = interpretAmbition('Je veux devenir astronaute');
    expect(notUnderstood({ ...i, sectors: ['aerospace-defence'] })).toEqual([]);
  });
});
