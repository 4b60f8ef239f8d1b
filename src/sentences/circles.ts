/** Circles' names as the pane and the CLI show them. */
import type { CircleId, Taxonomy } from '../core/circles/types';
import { shownCircleName } from '../core/circles/taxonomy';
import type { Language } from '../core/model';

/** A circle's name as shown: the core's one rule (the typographic apostrophe of a built-in circle). */
export const circleName = shownCircleName;

/** The circle's name in the language; an id the taxonomy lost is shown as is rather than hidden. */
export function circleLabel(taxonomy: Taxonomy, id: CircleId | string, language: Language): string {
  const circle = taxonomy.find((c) => c.id === id);
  return circle ? shownCircleName(circle, language) : id;
}
