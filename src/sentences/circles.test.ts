import { categoryNameFor, defaultPrefix } from '../core/changes';
import { defaultTaxonomy } from '../core/circles';
import { circleLabel, circleName } from './circles';

const classmates = defaultTaxonomy.find((c) => c.id === 'classmates')!;

describe('circleName', () => {
  it('shows a built-in name with the typographic apostrophe of the other French strings', () => {
    expect(circleName(classmates, 'fr')).toBe('Camarades d’études');
    expect(circleLabel(defaultTaxonomy, 'classmates', 'fr')).toBe('Camarades d’études');
  });

  it('leaves the Outlook category name the contacts already carry as it was', () => {
    expect(categoryNameFor(classmates, defaultPrefix('fr'), 'fr')).toBe("Cercle · Camarades d'études");
  });

  it('shows the name a user wrote for a circle of their own as written', () => {
    const own = { builtIn: false, labels: { fr: "Club d'escalade", en: "Climbers' club" } };
    expect([circleName(own, 'fr'), circleName(own, 'en')]).toEqual(["Club d'escalade", "Climbers' club"]);
  });

  it('shows an id the taxonomy lost as it is', () => {
    expect(circleLabel(defaultTaxonomy, 'custom:gone', 'fr')).toBe('custom:gone');
  });
});
