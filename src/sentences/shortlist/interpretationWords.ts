/**
 * The interpretation in words: each understood value by its label in the user's language, and the one-line
 * summary (the goal first, then where and who) that the taskpane folds the chips into and the CLI prints.
 */
import {
  companyLabel,
  countryLabel,
  goals,
  notUnderstood,
  roleLabel,
  sectorLabel,
  type AmbitionInterpretation,
} from '../../core/ambitions';
import type { Language } from '../../core/model';
import type { Translate } from '../translate';

export type ListKey = 'goals' | 'sectors' | 'offer' | 'countries' | 'regions' | 'roles' | 'companies';

/** The keys in the order the summary line reads them: the goal first, then where and who. */
export const summaryOrder: readonly ListKey[] = [
  'goals',
  'sectors',
  'countries',
  'regions',
  'roles',
  'companies',
  'offer',
];

export const listOf = (i: AmbitionInterpretation, key: ListKey): readonly string[] => i[key] ?? [];
export function labelOf(key: ListKey, value: string, language: Language): string {
  switch (key) {
    case 'sectors':
    case 'offer':
      return sectorLabel(value, language);
    case 'countries':
    case 'regions':
      return countryLabel(value, language);
    case 'roles':
      return roleLabel(value, language);
    case 'companies':
      return companyLabel(value);
    case 'goals':
      return goals.find((g) => g.id === value)?.labels[language] ?? value;
  }
}

/** The labels of everything understood, in summary order; empty when nothing was. */
export function summaryLabels(i: AmbitionInterpretation, language: Language): string[] {
  return summaryOrder.flatMap((key) => listOf(i, key).map((v) => labelOf(key, v, language)));
}

/**
 * « Pas compris : « astronaute ». Ajoutez… » when only a goal was read and words were left out; undefined
 * otherwise. Each word as typed, quoted in the language's marks.
 */
export function notUnderstoodText(i: AmbitionInterpretation, t: Translate, language: Language): string | undefined {
  const words = notUnderstood(i);
  if (words.length === 0) return undefined;
  const quoted = words.map((w) => (language === 'fr' ? `«\u00a0${w}\u00a0»` : `“${w}”`)).join(', ');
  return t('shortlist.notUnderstood', { words: quoted });
}
