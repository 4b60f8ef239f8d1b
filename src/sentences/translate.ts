/**
 * Pure translation, without React or DOM: the dictionaries, `addStrings` and `translate`. Each front end
 * registers the strings it speaks — the taskpane its shell and then its views (src/taskpane/i18n), the CLI the
 * shortlist's — so the command line speaks the pane's sentences without bundling the UI.
 * src/taskpane/i18n/index.ts says how strings are named.
 */
import type { Language } from '../core/model';
import { elideBefore } from '../core/text/elision';
import { frenchSpacing } from '../core/text/typography';

export type Dictionary = Readonly<Record<string, string>>;
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: string, params?: Params) => string;

export type Strings = { readonly fr: Dictionary; readonly en: Dictionary };

const merged: Record<Language, Record<string, string>> = { fr: {}, en: {} };
export const dictionaries: Readonly<Record<Language, Dictionary>> = merged;

/** Adds features' strings to the dictionaries (the taskpane's shell and views' chunks, the CLI's shortlist). */
export function addStrings(features: readonly Strings[]): void {
  for (const f of features) {
    // French sentences get their no-break spaces once, here: « Rythme : … » never breaks before the colon.
    for (const [key, template] of Object.entries(f.fr)) merged.fr[key] = frenchSpacing(template);
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
  let out = '';
  let from = 0;
  for (const slot of template.matchAll(/\{(\w+)\}/g)) {
    const value = params[slot[1]!];
    const at = slot.index;
    const before = template.slice(from, at);
    from = at + slot[0].length;
    if (value === undefined) {
      out += before + slot[0];
      continue;
    }
    const text = typeof value === 'number' ? formatNumber(language, value) : value;
    // "Cercle de {name}" reads "Cercle d’Alden" in French.
    out += (language === 'fr' ? elideBefore(before, text) : before) + text;
  }
  return out + template.slice(from);
}

// One formatter per language: building one costs far more than formatting (a list draws hundreds of counts).
const numberFormats = new Map<Language, Intl.NumberFormat>();

export function formatNumber(language: Language, value: number): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB')));
  return format.format(value);
}
