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

  test('does not offer again an organisation the user has under another spelling (same domain), nor one declined', () => {
    const profile = {
      ...none,
      clubs: [{ name: 'Cercle des entrepreneurs d’Iroise', domain: 'cercle-entrepreneurs-iroise.org' }],
      declined: [{ name: 'Kerlouan', domain: 'www.kerlouan.example' }],
    };
    const candidates = {
      ...none,
      clubs: [
        {
          name: 'Iroise entrepreneurs’ circle',
          domain: 'mail.cercle-entrepreneurs-iroise.org',
          support: 2,
          source: 'recurring' as const,
        },
        { name: 'Rotary', domain: 'rotary.org', support: 4, source: 'recurring' as const },
      ],
      employers: [
        { name: 'Fonderies de Kerlouan', domain: 'kerlouan.example', support: 6, source: 'recurring' as const },
      ],
    };
    const offered = prefillProfile(profile, candidates);
    expect(offered.clubs.map((e) => e.name)).toEqual(['Cercle des entrepreneurs d’Iroise', 'Rotary']);
    expect(offered.employers).toEqual([]);
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

describe('what the user removes from what the mailbox suggested', () => {
  const candidates = {
    ...none,
    employers: [
      { name: 'Cartonneries d’Orvault', domain: 'orvault.example', support: 6, source: 'recurring' as const },
    ],
  };

  test('is kept as declined, and not offered again at the next onboarding', () => {
    const offered = prefillProfile(none, candidates);
    const saved = toProfile({ ...offered, employers: [] }, offered, none);
    expect(saved.declined).toEqual([{ name: 'Cartonneries d’Orvault', domain: 'orvault.example' }]);
    expect(prefillProfile(saved, candidates).employers).toEqual([]);
  });

  test('stays declined through the settings, and is no longer declined once the user adds it back', () => {
    const declined = { ...none, declined: [{ name: 'Cartonneries d’Orvault' }] };
    expect(toProfile({ ...none }, undefined, declined).declined).toEqual([{ name: 'Cartonneries d’Orvault' }]);
    const back = toProfile({ ...none, employers: [{ name: 'cartonneries d’orvault' }] }, undefined, declined);
    expect(back.declined).toBeUndefined();
  });

  test('a name the user typed and removed again is not declined (only what the mailbox suggested)', () => {
    const offered = prefillProfile(none, none);
    expect(toProfile({ ...offered }, { ...offered, clubs: [{ name: 'Rotary' }] }, none).declined).toBeUndefined();
  });
});
