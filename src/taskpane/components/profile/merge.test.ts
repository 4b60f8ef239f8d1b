import { addEntry, prefillProfile, toProfile } from './merge';

const none = { employers: [], schools: [], trainings: [], clubs: [] };

describe('the profile the onboarding starts from', () => {
  test('keeps what the user said and adds what the engine inferred, strongest first', () => {
    const profile = { ...none, employers: [{ name: 'Globex', from: 2010 }] };
    const candidates = {
      ...none,
      employers: [
        { name: 'Initech', support: 3, source: 'recurring' as const },
        { name: 'Hooli', domain: 'hooli.com', support: 9, source: 'recurring' as const },
      ],
    };
    expect(prefillProfile(profile, candidates).employers).toEqual([
      { name: 'Globex', from: 2010 },
      { name: 'Hooli', domain: 'hooli.com', support: 9 },
      { name: 'Initech', support: 3 },
    ]);
  });

  test('does not offer again what the user already has, whatever the accents or case', () => {
    const profile = { ...none, schools: [{ name: 'École Centrale' }] };
    const candidates = { ...none, schools: [{ name: 'ecole centrale', support: 5, source: 'recurring' as const }] };
    expect(prefillProfile(profile, candidates).schools).toEqual([{ name: 'École Centrale' }]);
  });

  test('stores entries without the support counts shown to the user', () => {
    expect(toProfile({ ...none, clubs: [{ name: 'Rotary', domain: 'rotary.org', support: 4 }] }).clubs).toEqual([
      { name: 'Rotary', domain: 'rotary.org' },
    ]);
  });

  test.each([
    ['  Acme  ', ['Globex', 'Acme']],
    ['', ['Globex']],
    ['   ', ['Globex']],
    ['GLOBEX', ['Globex']],
  ])('adding %j gives %j', (typed, expected) => {
    expect(addEntry([{ name: 'Globex' }], typed).map((e) => e.name)).toEqual(expected);
  });
});
