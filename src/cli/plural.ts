/**
 * Counted words in the CLI's sentences ("1 contact restored", "3 contacts restored", French "0 ligne mise de
 * côté"): the form is chosen by the same Intl.PluralRules as the taskpane's `_one`/`_other` strings. Figures
 * stay as digits without grouping, so scripts can read them.
 */
import type { Language } from '../core/model';
import { pluralCategory } from '../sentences/translate';

/** A phrase's forms; languages with more categories than English and French would add them here. */
export type PluralForms = { readonly one: string; readonly other: string };

/** The phrase's form for `n`. */
export const plural = (language: Language, n: number, forms: PluralForms): string =>
  pluralCategory(language, n) === 'one' ? forms.one : forms.other;

/** `n` followed by the phrase's form for it: "1 contact", "2 contacts". */
export const counted = (language: Language, n: number, forms: PluralForms): string =>
  `${n} ${plural(language, n, forms)}`;
