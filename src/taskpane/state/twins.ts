/**
 * The review's decisions over possible duplicates: a choice on a row is the choice for every card it shows
 * (accepting files the other cards in the same circle, rejecting rejects theirs, undoing undoes them all).
 */
import { useCallback, useMemo } from 'react';
import type { CircleId, Suggestion } from '../../core/circles/types';
import type { ChoiceKind, DecisionsState } from './decisions';

export function useTwinDecisions(
  decided: DecisionsState,
  groups: readonly (readonly string[])[],
  suggestions: ReadonlyMap<string, Suggestion>,
): Pick<DecisionsState, 'accept' | 'choose' | 'reject' | 'forget'> {
  const others = useMemo(() => {
    const map = new Map<string, readonly string[]>();
    for (const g of groups)
      for (const id of g)
        map.set(
          id,
          g.filter((x) => x !== id),
        );
    return map;
  }, [groups]);
  const { accept: acceptOne, choose: chooseOne, reject: rejectOne, forget: forgetAll } = decided;

  const accept = useCallback(
    (ids: readonly string[], kind: ChoiceKind = 'one') => {
      acceptOne(ids, kind);
      for (const id of ids) {
        const circle = suggestions.get(id)?.circle;
        if (circle) for (const twin of others.get(id) ?? []) chooseOne(twin, circle, kind);
      }
    },
    [acceptOne, chooseOne, others, suggestions],
  );
  const choose = useCallback(
    (id: string, circle: CircleId) => {
      chooseOne(id, circle);
      for (const twin of others.get(id) ?? []) chooseOne(twin, circle);
    },
    [chooseOne, others],
  );
  const reject = useCallback(
    (id: string) => {
      rejectOne(id);
      for (const twin of others.get(id) ?? []) rejectOne(twin);
    },
    [rejectOne, others],
  );
  const forget = useCallback(
    (ids: readonly string[]) => forgetAll(ids.flatMap((id) => [id, ...(others.get(id) ?? [])])),
    [forgetAll, others],
  );
  return { accept, choose, reject, forget };
}
