import { frenchSpacing } from './typography';

const show = (s: string) => s.replace(/\u00a0/g, '⍽').replace(/\u202f/g, '·');

describe('frenchSpacing', () => {
  it('binds : ; ! ? and the guillemets to their words', () => {
    expect(show(frenchSpacing('Rythme : tous les 3 mois ; des rappels ? Oui !'))).toBe(
      'Rythme⍽: tous les 3 mois·; des rappels·? Oui·!',
    );
    expect(show(frenchSpacing('Vous étiez ensemble à « {event} ».'))).toBe('Vous étiez ensemble à «⍽{event}⍽».');
  });

  it('leaves a colon that is not followed by a space (a URL, a time) alone, and adds no space where none was', () => {
    expect(frenchSpacing('Voir https://example.org:443/a ou 10:30')).toBe('Voir https://example.org:443/a ou 10:30');
    expect(frenchSpacing('Objet:')).toBe('Objet:');
    expect(frenchSpacing('«Cercle»')).toBe('«Cercle»');
  });

  it('is idempotent', () => {
    const once = frenchSpacing('Annuler : retirer la catégorie « {tag} » ?');
    expect(frenchSpacing(once)).toBe(once);
  });
});
