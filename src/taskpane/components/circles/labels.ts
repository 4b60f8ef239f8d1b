import type { CircleDefinition, CircleId, Taxonomy } from '../../../core/circles/types';
import type { Language } from '../../../core/model';

/** The circle's name in the UI language; an id the taxonomy lost is shown as is rather than hidden. */
export function circleLabel(taxonomy: Taxonomy, id: CircleId, language: Language): string {
  return taxonomy.find((c) => c.id === id)?.labels[language] ?? id;
}

export function findCircle(taxonomy: Taxonomy, id: CircleId | null | undefined): CircleDefinition | undefined {
  return id ? taxonomy.find((c) => c.id === id) : undefined;
}
