/** Circles' names as the pane and the CLI show them. */
import type { CircleDefinition, CircleId, Taxonomy } from '../core/circles/types';
import type { Language } from '../core/model';

/**
 * A circle's name as shown. A built-in circle's label is also the Outlook category its contacts already carry
 * ("Cercle · Camarades d'études", straight apostrophe, written since round 1): changing the label would strand
 * those categories, so the typographic apostrophe of the other French strings goes in here, on screen only.
 * A name the user wrote is shown as written.
 */
export function circleName(circle: Pick<CircleDefinition, 'labels' | 'builtIn'>, language: Language): string {
  const label = circle.labels[language];
  return circle.builtIn ? label.replace(/'/g, '’') : label;
}

/** The circle's name in the language; an id the taxonomy lost is shown as is rather than hidden. */
export function circleLabel(taxonomy: Taxonomy, id: CircleId | string, language: Language): string {
  const circle = taxonomy.find((c) => c.id === id);
  return circle ? circleName(circle, language) : id;
}
