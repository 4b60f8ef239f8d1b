import { defaultTaxonomy } from '../../core/circles/taxonomy';
import type { Settings } from '../../core/settings';
import { contact, createFakeServices } from '../testing/fakeServices';
import { categoryLanguage, circleIndex, renamePlan, runAssignments, runTag, runUndo } from './runs';

const settings: Settings = {
  taxonomy: defaultTaxonomy,
  categoryPrefix: 'Cercle · ',
  mailboxSignals: 'on',
  language: 'auto',
  profile: { employers: [], schools: [], trainings: [], clubs: [] },
  onboarding: 'done',
  savedAmbitions: [],
};
const owner = { displayName: 'O', mail: 'o@x.fr', profile: settings.profile };

describe('runs from the taskpane', () => {
  test.each([
    ['auto', 'en', 'en'],
    ['auto', 'fr', 'fr'],
    ['fr', 'en', 'fr'],
  ] as const)(
    'with the language set to %s and Office in %s, categories are written in %s',
    (setting, host, expected) => {
      expect(categoryLanguage({ ...settings, language: setting }, host)).toBe(expected);
    },
  );

  test('reads each contact’s circle from our categories in either language, ignoring the others', () => {
    const index = circleIndex(
      [
        contact('a', 'A', { categories: ['VIP', 'Cercle · Collègues'] }),
        contact('b', 'B', { categories: ['circle · family & friends'] }),
        contact('c', 'C', { categories: ['Collègues'] }),
      ],
      settings,
    );
    expect([...index]).toEqual([
      ['a', 'colleagues'],
      ['b', 'family-friends'],
    ]);
  });

  test('applies assignments, counts contacts already right as unchanged, and patches the state', async () => {
    const contacts = [
      contact('a', 'A', { categories: ['VIP'] }),
      contact('b', 'B', { categories: ['Cercle · Clients & partenaires'] }),
    ];
    const services = createFakeServices({ owner, contacts, events: [], messages: [] }, { language: 'fr' });
    const { summary, patch } = await runAssignments(
      services,
      { contacts, settings },
      new Map([
        ['a', 'clients'],
        ['b', 'clients'],
      ]),
      'taskpane',
    );
    expect(summary).toEqual(expect.objectContaining({ applied: 1, unchanged: 1, failed: 0, conflicts: 0, skipped: 0 }));
    expect(patch.get('a')?.categories).toEqual(['VIP', 'Cercle · Clients & partenaires']);
    expect(patch.has('b')).toBe(false);
    expect(services.ensured()).toEqual([{ displayName: 'Cercle · Clients & partenaires', color: 'preset0' }]);

    const undone = await runUndo(services);
    expect(undone.patch.get('a')?.categories).toEqual(['VIP']);
    expect(services.contactsNow().find((c) => c.id === 'a')?.categories).toEqual(['VIP']);
  });

  test('tags contacts once: those already tagged are unchanged', async () => {
    const contacts = [contact('a', 'A'), contact('b', 'B', { categories: ['Ambition · Solar'] })];
    const services = createFakeServices({ owner, contacts, events: [], messages: [] });
    const { summary } = await runTag(services, { contacts, settings }, ['a', 'b'], 'Ambition · Solar');
    expect(summary).toEqual(expect.objectContaining({ applied: 1, unchanged: 1 }));
    expect(services.contactsNow().map((c) => c.categories)).toEqual([['Ambition · Solar'], ['Ambition · Solar']]);
  });

  describe('carrying contacts over when our category names change', () => {
    const renamed = {
      ...settings,
      taxonomy: defaultTaxonomy.map((c) =>
        c.id === 'clubs' ? { ...c, labels: { fr: 'Associations', en: 'Associations' } } : c,
      ),
    };
    const inClubs = contact('a', 'A', { categories: ['VIP', 'Cercle · Réseaux & clubs'] });
    const inColleagues = contact('b', 'B', { categories: ['Cercle · Collègues'] });
    const none = contact('c', 'C', { categories: ['VIP'] });

    test('a renamed circle gets its new name on its contacts, other categories kept', () => {
      expect(renamePlan([inClubs, inColleagues, none], settings, renamed, 'fr')).toEqual([
        expect.objectContaining({
          contactId: 'a',
          before: ['VIP', 'Cercle · Réseaux & clubs'],
          after: ['VIP', 'Cercle · Associations'],
        }),
      ]);
    });

    test('a new prefix renames every contact in a circle', () => {
      const plan = renamePlan(
        [inClubs, inColleagues, none],
        settings,
        { ...settings, categoryPrefix: 'Réseau - ' },
        'fr',
      );
      expect(plan.map((c) => c.after)).toEqual([['VIP', 'Réseau - Réseaux & clubs'], ['Réseau - Collègues']]);
    });

    test('switching the language writes the names in the new language', () => {
      const plan = renamePlan([inColleagues], settings, { ...settings, language: 'en' }, 'fr');
      expect(plan.map((c) => c.after)).toEqual([['Cercle · Colleagues']]);
    });

    test('settings that keep every name move nobody, even a contact under the other language default name', () => {
      const inEnglish = contact('d', 'D', { categories: ['Circle · Colleagues'] });
      const done = { ...settings, onboarding: 'done' as const, mailboxSignals: 'off' as const };
      expect(renamePlan([inEnglish, inColleagues], settings, done, 'fr')).toEqual([]);
    });

    test('nothing to do when the names are unchanged, or for a circle now disabled', () => {
      expect(renamePlan([inClubs, inColleagues], settings, { ...settings }, 'fr')).toEqual([]);
      const disabled = {
        ...renamed,
        taxonomy: renamed.taxonomy.map((c) => (c.id === 'clubs' ? { ...c, enabled: false } : c)),
      };
      expect(renamePlan([inClubs], settings, disabled, 'fr')).toEqual([]);
    });
  });
});
