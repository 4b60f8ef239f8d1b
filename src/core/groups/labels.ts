/**
 * Group labels as a person would write them: "Anciens collègues · Capgemini", "Classmates · NEOMA 2004",
 * "Autour de Marie Dupont, 8 personnes". Like category names (changes/plan.ts), they are data the user sees
 * in Outlook and in the CLI, so the core writes them, in both languages.
 */
import type { Taxonomy } from '../circles/types';
import type { Language } from '../model';
import type { Group } from './types';
import { elideBefore } from '../text/elision';

const people: Readonly<Record<Language, Readonly<Record<'one' | 'other', string>>>> = {
  fr: { one: 'personne', other: 'personnes' },
  en: { one: 'person', other: 'people' },
};

/** "8 people", "1 personne", with the language's plural rules. */
export function peopleCount(n: number, language: Language): string {
  const rule = new Intl.PluralRules(language).select(n) === 'one' ? 'one' : 'other';
  return `${new Intl.NumberFormat(language).format(n)} ${people[language][rule]}`;
}

/** The label of a group; `names` gives contacts' display names (for "Around Marie Dupont"). */
export function groupLabel(
  group: Group,
  language: Language,
  taxonomy: Taxonomy,
  names: ReadonlyMap<string, string>,
): string {
  const b = group.basis;
  const count = peopleCount(group.members.length, language);
  const circle = taxonomy.find((c) => c.id === group.circle);
  if (b.kind === 'origin') {
    const years = b.years && b.years.length > 0 ? ` ${yearsText(b.years)}` : '';
    return `${circle ? `${circle.labels[language]} · ` : ''}${b.name}${years}`;
  }
  if (b.shared) return `${b.shared.value}, ${count}`;
  const centre = names.get(b.centre) ?? b.centre;
  // Inside one circle the circle comes first, as for named sub-circles: "Collègues · autour de Marie Dupont".
  return `${circle ? `${circle.labels[language]} · ` : ''}${around(centre, language, !circle)}, ${count}`;
}

/** 2004, 2004–2005, or 2003–2006 for a run of years. */
function yearsText(years: readonly number[]): string {
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * The Outlook category a group is written as: the prefix, then the label without its count (a category stays
 * true as people join), e.g. "Cercle · Anciens collègues · Capgemini", "Circle · Colleagues · around Ann Lee".
 */
export function groupCategoryName(
  group: Group,
  language: Language,
  taxonomy: Taxonomy,
  names: ReadonlyMap<string, string>,
  prefix: string,
): string {
  const b = group.basis;
  if (b.kind === 'origin') return `${prefix}${groupLabel(group, language, taxonomy, names)}`;
  if (b.shared) return `${prefix}${b.shared.value}`;
  const circle = taxonomy.find((c) => c.id === group.circle);
  const centre = names.get(b.centre) ?? b.centre;
  return `${prefix}${circle ? `${circle.labels[language]} · ` : ''}${around(centre, language, !circle)}`;
}

/** "autour de Marie Dupont", "autour d’Isaure Zimmerlin", "around Ann Lee"; capitalised at a label's start. */
function around(centre: string, language: Language, first: boolean): string {
  const words = language === 'fr' ? 'autour de ' : 'around ';
  const lead = first ? words[0]!.toUpperCase() + words.slice(1) : words;
  return `${language === 'fr' ? elideBefore(lead, centre) : lead}${centre}`;
}
