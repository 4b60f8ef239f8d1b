import { apply } from './apply';
import { common } from './common';
import { dictionaries, resolveLanguage, translate } from './index';
import { map } from './map';
import { onboarding } from './onboarding';
import { review } from './review';
import { settings } from './settings';

describe('translations', () => {
  test.each([
    ['common', common],
    ['onboarding', onboarding],
    ['review', review],
    ['apply', apply],
    ['map', map],
    ['settings', settings],
  ])('the %s dictionary has the same keys in French and English, none empty', (_, dict) => {
    expect(Object.keys(dict.fr).sort()).toEqual(Object.keys(dict.en).sort());
    for (const value of [...Object.values(dict.fr), ...Object.values(dict.en)]) expect(value.trim()).not.toBe('');
  });

  test('French and English use the same placeholders for every key', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(dictionaries.en)) {
      if (/_one$/.test(key)) continue; // English singulars may spell the number out ("seen once")
      expect([key, placeholders(dictionaries.fr[key] ?? '')]).toEqual([key, placeholders(dictionaries.en[key] ?? '')]);
    }
  });

  test.each([
    ['en', 0, '0 changes ready'],
    ['en', 1, '1 change ready'],
    ['en', 2, '2 changes ready'],
    ['fr', 0, '0 changement prêt'],
    ['fr', 1, '1 changement prêt'],
    ['fr', 1500, '1 500 changements prêts'],
  ] as const)('in %s, %i picks the right plural: %s', (language, count, expected) => {
    expect(translate(language, 'review.pending', { count }).replace(/\u202f|\u00a0/g, ' ')).toBe(expected);
  });

  test('plurals follow Intl.PluralRules: a French "many" (1,000,000) falls back to the plural form', () => {
    expect(new Intl.PluralRules('fr-FR').select(1_000_000)).toBe('many');
    expect(translate('fr', 'review.pending', { count: 1_000_000 }).replace(/\u202f|\u00a0/g, ' ')).toBe(
      '1 000 000 changements prêts',
    );
  });

  test('every count-bearing string has a singular and a plural, so no "1 contacts" is ever shown', () => {
    for (const language of ['fr', 'en'] as const) {
      const dict = dictionaries[language];
      for (const key of Object.keys(dict).filter((k) => k.endsWith('_one')))
        expect([language, key, `${key.slice(0, -4)}_other` in dict]).toEqual([language, key, true]);
      for (const [key, value] of Object.entries(dict)) {
        // A bare "{count} <noun>" with no _one/_other variants would read "1 contacts".
        if (/\{count\}/.test(value) && !/_(one|other)$/.test(key))
          expect([key, value]).toEqual([key, expect.not.stringMatching(/\{count\} \p{L}/u)]);
      }
    }
  });

  test('in French the product has one name, "Cercles"', () => {
    const english = Object.entries(dictionaries.fr).filter(([, value]) => /\bCircles?\b/.test(value));
    expect(english).toEqual([]);
    expect(dictionaries.fr['app.title']).toBe('Cercles');
  });

  test('"1 meeting" and "2 meetings": the map counts each tie in the singular or plural', () => {
    const tie = (messages: number, events: number) =>
      translate('en', 'map.tie', {
        messages: translate('en', 'map.tie.messages', { count: messages }),
        events: translate('en', 'map.tie.events', { count: events }),
      });
    expect(tie(1, 1)).toBe('1 message, 1 meeting');
    expect(tie(3, 2)).toBe('3 messages, 2 meetings');
  });

  test('an unknown key comes back as itself rather than as nothing', () => {
    expect(translate('fr', 'no.such.key')).toBe('no.such.key');
  });

  test('a missing parameter leaves its placeholder visible', () => {
    expect(translate('en', 'review.current', {})).toBe('Currently: {circle}');
  });

  test.each([
    ['fr', null, 'en-US', 'fr'],
    ['auto', 'fr', 'en-US', 'fr'],
    ['auto', 'xx', 'fr-CA', 'fr'],
    ['auto', null, 'de-DE', 'en'],
  ] as const)('setting %s with ?lang=%s and Office in %s gives %s', (setting, url, display, expected) => {
    expect(resolveLanguage(setting, url, display)).toBe(expected);
  });
});
