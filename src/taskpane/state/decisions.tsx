/**
 * The user's choices in the review, kept above the views so switching to the map and back loses nothing.
 * Each choice is also recorded as feedback for the engine (confirm, correct, reject).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CircleId } from '../../core/circles/types';
import { useNetwork } from './network';

/** accept: the suggested circle; change: another circle the user picked; reject: not the suggested one. */
export type Decision = { readonly verdict: 'accept' | 'change' | 'reject'; readonly circle: CircleId };

export type DecisionsState = {
  readonly decisions: ReadonlyMap<string, Decision>;
  /** Accepts the engine's suggestion for each contact that has one. */
  accept(contactIds: readonly string[]): void;
  choose(contactId: string, circle: CircleId): void;
  reject(contactId: string): void;
  /** Forgets the choices (they stay in the feedback: the user can choose again). */
  forget(contactIds: readonly string[]): void;
};

const DecisionsContext = createContext<DecisionsState | null>(null);

export function useDecisions(): DecisionsState {
  const state = useContext(DecisionsContext);
  if (!state) throw new Error('useDecisions() called outside <DecisionsProvider>');
  return state;
}

export function DecisionsProvider({ children }: { children: ReactNode }) {
  const network = useNetwork();
  const [decisions, setDecisions] = useState<ReadonlyMap<string, Decision>>(new Map());
  const { suggestions, recordFeedback } = network;

  const set = useCallback((entries: readonly (readonly [string, Decision])[]) => {
    if (entries.length === 0) return;
    setDecisions((prev) => {
      const next = new Map(prev);
      for (const [id, d] of entries) next.set(id, d);
      return next;
    });
  }, []);

  const accept = useCallback(
    (ids: readonly string[]) => {
      const at = new Date().toISOString();
      const entries: (readonly [string, Decision])[] = [];
      for (const id of ids) {
        const circle = suggestions.get(id)?.circle;
        if (!circle) continue;
        entries.push([id, { verdict: 'accept', circle }]);
        recordFeedback({ contactId: id, verdict: 'confirm', circle, at });
      }
      set(entries);
    },
    [suggestions, recordFeedback, set],
  );

  const choose = useCallback(
    (id: string, circle: CircleId) => {
      const suggested = suggestions.get(id)?.circle;
      const verdict = suggested === circle ? 'accept' : 'change';
      recordFeedback({
        contactId: id,
        verdict: verdict === 'accept' ? 'confirm' : 'correct',
        circle,
        at: new Date().toISOString(),
      });
      set([[id, { verdict, circle }]]);
    },
    [suggestions, recordFeedback, set],
  );

  const reject = useCallback(
    (id: string) => {
      const circle = suggestions.get(id)?.circle;
      if (!circle) return;
      recordFeedback({ contactId: id, verdict: 'reject', circle, at: new Date().toISOString() });
      set([[id, { verdict: 'reject', circle }]]);
    },
    [suggestions, recordFeedback, set],
  );

  const forget = useCallback((ids: readonly string[]) => {
    setDecisions((prev) => {
      const next = new Map(prev);
      for (const id of ids) next.delete(id);
      return next;
    });
  }, []);

  const value = useMemo(
    () => ({ decisions, accept, choose, reject, forget }),
    [decisions, accept, choose, reject, forget],
  );
  return <DecisionsContext.Provider value={value}>{children}</DecisionsContext.Provider>;
}

/**
 * What applying would write: accepted and changed circles whose contact is not already in that circle.
 * Rejections write nothing (the contact keeps what it has).
 */
export function pendingAssignments(
  decisions: ReadonlyMap<string, Decision>,
  currentCircle: (id: string) => CircleId | undefined,
): Map<string, CircleId> {
  const out = new Map<string, CircleId>();
  for (const [id, d] of decisions) if (d.verdict !== 'reject' && currentCircle(id) !== d.circle) out.set(id, d.circle);
  return out;
}
