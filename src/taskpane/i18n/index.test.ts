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
