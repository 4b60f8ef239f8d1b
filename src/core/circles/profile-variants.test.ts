import { sameOrganisationName } from './profile-variants';
import { fold } from '../text/fold';

// Names are compared folded, as the profile inference sees them. None of these are from the sample files.
describe('two names of one organisation', () => {
  it.each([
    ['an alumni domain and the school', 'alumni-lycee-kerichen', 'Lycée Kerichen'],
    ['a session month after a training', 'Formation Agile', 'formation Agile de novembre'],
    ['a spring session', 'Atelier Toastmasters', 'atelier Toastmasters spring session'],
    ['a club in French and in English', 'Cercle des navigateurs de Quiberon', 'Quiberon navigators’ circle'],
    ['a network in both languages', 'Réseau des femmes ingénieures', 'Women engineers network'],
    ['a school with and without its town and kind', 'Université Lyon-Vaugirard', 'Vaugirard'],
  ])('%s: "%s" and "%s"', (_, a, b) => {
    expect(sameOrganisationName(fold(a), fold(b))).toBe(true);
  });

  it.each([
    ['two trainings on different subjects', 'Formation Agile', 'Formation Excel'],
    ['one club in two towns', 'Rotary Club Brest', 'Rotary Club Quimper'],
    ['a generic word alone', 'anciens', 'anciens de Kerichen'],
    ['a longer name that adds a distinctive word', 'Formation management', 'Formation management agile'],
    ['two kinds of body with nothing else', 'Club', 'Réseau'],
  ])('not %s: "%s" and "%s"', (_, a, b) => {
    expect(sameOrganisationName(fold(a), fold(b))).toBe(false);
  });
});
