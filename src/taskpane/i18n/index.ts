/**
 * Translation for the taskpane. Each feature keeps its strings in `i18n/<feature>.ts` as `{ fr, en }`
 * dictionaries of flat keys ("review.acceptAll"); this module merges them and serves `t(key, params)`.
 *
 * `{name}` in a string is replaced by `params.name`. When `params.count` is given, the variant the
 * language's plural rules pick (`Intl.PluralRules`: `key_one`, `key_many`…) is used, else `key_other`, else
 * the key itself (French: 0 and 1 are "one", 1,000,000 is "many"; English: only 1 is "one").
 */
import { createContext, createElement, useCallback, useContext, type ReactNode } from 'react';
import type { Language } from '../../core/model';
import { resolveLanguage as resolveWith } from '../../core/usecases/language';
import { addStrings, translate, type Params, type Translate } from '../../sentences/translate';
import { common } from './common';
import { consent } from './consent';
import { pacing } from './pacing';

export {
  addStrings,
  dictionaries,
  formatNumber,
  translate,
  type Dictionary,
  type Params,
  type Strings,
  type Translate,
} from '../../sentences/translate';

// The shell's strings (title, navigation, loading, errors, the banners around every view). The views' strings
// are a chunk of their own (./views.ts, added with addStrings), fetched while the contacts are read; the
// views wait for them (App.tsx), and the unit tests load them up front (jest.config.cjs).
addStrings([common, consent, pacing]);

/** Picks the UI language: the user's setting, then `?lang=`, then Office's display language. */
export function resolveLanguage(setting: Language | 'auto', urlLang: string | null, displayLanguage: string): Language {
  return resolveWith({ setting, requested: urlLang, locale: displayLanguage });
}

const LanguageContext = createContext<Language>('en');

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  return createElement(LanguageContext.Provider, { value: language }, children);
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function useT(): Translate {
  const language = useLanguage();
  return useCallback((key: string, params?: Params) => translate(language, key, params), [language]);
}
