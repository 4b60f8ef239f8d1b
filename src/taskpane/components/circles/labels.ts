import type { CircleDefinition, CircleId, Taxonomy } from '../../../core/circles/types';

export { circleLabel, circleName } from '../../../sentences/circles';

export function findCircle(taxonomy: Taxonomy, id: CircleId | null | undefined): CircleDefinition | undefined {
  return id ? taxonomy.find((c) => c.id === id) : undefined;
}
