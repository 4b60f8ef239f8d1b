/**
 * Pure translation, without React: the dictionaries, `addStrings` and `translate`, so the CLI speaks the
 * taskpane's sentences (its shortlist table) without bundling the UI. index.ts says how strings are named.
 */
import type { Language } from '../../core/model';
import { common } from './common';
import { consent } from './consent';
import { pacing } from './pacing';

export type Dictionary = Readonly<Record<string, string>>;
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: string, params?: Params) => string;

export type Strings = { readonly fr: Dictionary; readonly en: Dictionary };

// The shell's strings (title, navigation, loading, errors, the banners around every view). The views' strings
// are a chunk of their own (./views.ts, added with addStrings), fetched while the contacts are read; the
// views wait for them (App.tsx), and the unit tests load them up front (jest.config.cjs).
const shell: readonly Strings[] = [common, consent, pacing];

const merged: Record<Language, Record<string, string>> = {
  fr: Object.assign({}, ...shell.map((f) => f.fr)),
  en: Object.assign({}, ...shell.map((f) => f.en)),
};
export const dictionaries: Readonly<Record<Language, Dictionary>> = merged;

/** Adds features' strings to the dictionaries (the views' chunk does, once loaded). */
export function addStrings(features: readonly Strings[]): void {
  for (const f of features) {
    Object.assign(merged.fr, f.fr);
    Object.assign(merged.en, f.en);
  }
}

const pluralRules: Readonly<Record<Language, Intl.PluralRules>> = {
  fr: new Intl.PluralRules('fr-FR'),
  en: new Intl.PluralRules('en-GB'),
};

/** The language's plural category for a count (French: 0 and 1 are "one"); the CLI's sentences use it too. */
export const pluralCategory = (language: Language, count: number): Intl.LDMLPluralRule =>
  pluralRules[language].select(count);

function pluralKey(language: Language, key: string, count: number, dict: Dictionary): string {
  const variant = `${key}_${pluralCategory(language, count)}`;
  if (variant in dict) return variant;
  return `${key}_other` in dict ? `${key}_other` : key;
}

/** Pure translation, usable outside React (and in tests). Unknown keys come back as the key itself. */
export function translate(language: Language, key: string, params?: Params): string {
  const dict = dictionaries[language];
  const k = params && typeof params.count === 'number' ? pluralKey(language, key, params.count, dict) : key;
  const template = dict[k] ?? dictionaries[language === 'fr' ? 'en' : 'fr'][k] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(language, value) : value;
  });
}

export function formatNumber(language: Language, value: number): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB').format(value);
}
