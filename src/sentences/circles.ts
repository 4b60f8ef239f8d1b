/** Circles' names as the pane and the CLI show them. */
import type { CircleDefinition, CircleId, Taxonomy } from '../core/circles/types';
import { shownCircleName } from '../core/circles/taxonomy';
import type { Language } from '../core/model';

/** A circle's name as shown: see shownCircleName (the typographic apostrophe of a built-in circle). */
export const circleName = (circle: Pick<CircleDefinition, 'labels' | 'builtIn'>, language: Language): string =>
  shownCircleName(circle, language);

/** The circle's name in the language; an id the taxonomy lost is shown as is rather than hidden. */
export function circleLabel(taxonomy: Taxonomy, id: CircleId | string, language: Language): string {
  const circle = taxonomy.find((c) => c.id === id);
  return circle ? circleName(circle, language) : id;
}
