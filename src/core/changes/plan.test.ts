import fc from 'fast-check';
import { defaultTaxonomy } from '../circles/taxonomy';
import type { CircleId } from '../circles/types';
import type { Contact } from '../model';
import {
  categoryNameFor,
  circleCategorySpecs,
  circleFromCategories,
  defaultPrefix,
  ourCategoryNames,
  planCircleChanges,
  planTagChanges,
  categoryKey,
} from './plan';

const contact = (id: string, categories: string[], etag = `W/"${id}"`): Contact => ({
  id,
  etag,
  displayName: `Contact ${id}`,
  emailAddresses: [],
  businessPhones: [],
  homePhones: [],
  categories,
});

const plan = (
  contacts: Contact[],
  assignments: [string, CircleId | null][],
  prefix = defaultPrefix('fr'),
  language: 'fr' | 'en' = 'fr',
) => planCircleChanges({ contacts, assignments: new Map(assignments), taxonomy: defaultTaxonomy, prefix, language });

const colleagues = defaultTaxonomy.find((c) => c.id === 'colleagues')!;

describe('category names', () => {
  it.each([
    ['fr', 'Cercle · ', 'Cercle · Collègues'],
    ['en', 'Circle · ', 'Circle · Colleagues'],
  ] as const)('in %s the default prefix is "%s" and colleagues are "%s"', (language, prefix, name) => {
    expect(defaultPrefix(language)).toBe(prefix);
    expect(categoryNameFor(colleagues, defaultPrefix(language), language)).toBe(name);
  });

  it('lists a spec per enabled circle with its colour', () => {
    const taxonomy = defaultTaxonomy.map((c) => (c.id === 'online' ? { ...c, enabled: false } : c));
    const specs = circleCategorySpecs(taxonomy, 'Réseau/', 'fr');
    expect(specs).toHaveLength(9);
    expect(specs[0]).toEqual({ displayName: 'Réseau/Collègues', color: colleagues.color });
    expect(specs.some((s) => s.displayName.includes('en ligne'))).toBe(false);
  });

  it.each([
    [['VIP', 'Cercle · Clients & partenaires'], 'clients'],
    [['Circle · Family & friends'], 'family-friends'],
    [['cercle · collègues'], 'colleagues'],
    [['Perso/Clubs'], undefined],
    [['Important', 'Circle partners'], undefined],
    [['Mon réseau · Formations'], 'training'],
  ] as const)('reads the circle of %j as %s', (categories, expected) => {
    expect(circleFromCategories(categories, defaultTaxonomy, 'Mon réseau · ', 'fr')).toBe(expected);
  });
});

describe('planning circle changes', () => {
  it('adds our category after the user’s own and keeps them all, in order', () => {
    const changes = plan([contact('a', ['VIP', 'Rouge'])], [['a', 'colleagues']]);
    expect(changes).toEqual([
      {
        contactId: 'a',
        etag: 'W/"a"',
        displayName: 'Contact a',
        before: ['VIP', 'Rouge'],
        after: ['VIP', 'Rouge', 'Cercle · Collègues'],
      },
    ]);
  });

  it('replaces a circle written under the other language, and keeps a look-alike that is not ours', () => {
    const [change] = plan(
      [contact('a', ['Circle · Clubs & networks', 'Circle · Networks & clubs', 'VIP'])],
      [['a', 'clients']],
    );
    expect(change?.after).toEqual(['Circle · Clubs & networks', 'VIP', 'Cercle · Clients & partenaires']);
  });

  it('removes our category when the assignment is null, and only ours', () => {
    const [change] = plan([contact('a', ['Cercle · Collègues', 'Collègues'])], [['a', null]]);
    expect(change?.after).toEqual(['Collègues']);
  });

  it.each([
    ['already in the circle', ['VIP', 'Cercle · Collègues'], 'colleagues'],
    ['in the circle with different case', ['cercle · collègues'], 'colleagues'],
    ['removed from a circle it is not in', ['VIP'], null],
  ] as const)('plans nothing for a contact %s', (_, categories, circle) => {
    expect(plan([contact('a', [...categories])], [['a', circle]])).toEqual([]);
  });

  it('leaves alone contacts without an assignment and assignments to unknown circles', () => {
    expect(plan([contact('a', []), contact('b', [])], [['b', 'custom-gone' as CircleId]])).toEqual([]);
  });

  it('never drops a category that is not ours, whatever the contact and the assignment', () => {
    const ours = [...ourCategoryNames(defaultTaxonomy, defaultPrefix('fr')).keys()];
    const anyCategory = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('Cercle · Collègues', 'Circle · Clubs', 'VIP'),
    );
    fc.assert(
      fc.property(
        fc.array(anyCategory, { maxLength: 6 }),
        fc.option(fc.constantFrom(...defaultTaxonomy.map((c) => c.id)), { nil: null }),
        (categories, circle) => {
          const changes = plan([contact('a', categories)], [['a', circle]]);
          const after = changes[0]?.after ?? categories;
          for (const c of categories) if (!ours.includes(categoryKey(c))) expect(after).toContain(c);
          const ourAfter = after.filter((c) => ours.includes(categoryKey(c)));
          expect(ourAfter.length).toBe(circle === null ? 0 : 1);
        },
      ),
    );
  });
});

describe('planning tag changes', () => {
  it('adds the tag to the chosen contacts that lack it', () => {
    const contacts = [contact('a', ['VIP']), contact('b', ['ambition: solaire']), contact('c', [])];
    const changes = planTagChanges(contacts, ['a', 'b'], 'Ambition: Solaire');
    expect(changes).toEqual([
      { contactId: 'a', etag: 'W/"a"', displayName: 'Contact a', before: ['VIP'], after: ['VIP', 'Ambition: Solaire'] },
    ]);
  });
});
