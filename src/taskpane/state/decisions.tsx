/**
 * The user's choices in the review, kept above the views so switching to the map and back loses nothing.
 * Each choice is also recorded as feedback for the engine (confirm, correct, reject).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CircleId, Suggestion } from '../../core/circles/types';
import { useNetwork, type WithdrawnFeedback } from './network';

/** accept: the suggested circle; change: another circle the user picked; reject: not the suggested one. */
/**
 * 'one': a choice the user made on a row they looked at, which the engine learns from; 'bulk': the engine's own
 * suggestions accepted in a batch ("accept all", "accept everything above 80 %"). A batch tells the engine nothing
 * it did not already believe: learning from it would only make it surer of itself, move the confidence of people
 * the user never looked at, and lift others above the threshold the user just accepted at (review2 #3: « Accepter
 * (184) » then « Accepter (6) » more). It is recorded as a choice, not as feedback.
 */
export type ChoiceKind = 'one' | 'bulk';

export type Decision = {
  readonly verdict: 'accept' | 'change' | 'reject';
  readonly circle: CircleId;
  /** When the feedback for this choice was given, and what the engine suggested then: undoing puts both back. */
  readonly at?: string;
  readonly before?: Suggestion;
};

export type DecisionsState = {
  readonly decisions: ReadonlyMap<string, Decision>;
  /** Accepts the engine's suggestion for each contact that has one. */
  accept(contactIds: readonly string[], kind?: ChoiceKind): void;
  choose(contactId: string, circle: CircleId, kind?: ChoiceKind): void;
  reject(contactId: string): void;
  /** Undoes the choices: their feedback is taken back and the suggestions they replaced come back. */
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
  const { suggestions, recordFeedback, withdrawFeedback } = network;

  const set = useCallback((entries: readonly (readonly [string, Decision])[]) => {
    if (entries.length === 0) return;
    setDecisions((prev) => {
      const next = new Map(prev);
      for (const [id, d] of entries) next.set(id, d);
      return next;
    });
  }, []);

  const accept = useCallback(
    (ids: readonly string[], kind: ChoiceKind = 'one') => {
      const at = new Date().toISOString();
      const entries: (readonly [string, Decision])[] = [];
      for (const id of ids) {
        const before = suggestions.get(id);
        const circle = before?.circle;
        if (!before || !circle) continue;
        if (kind === 'bulk') {
          entries.push([id, { verdict: 'accept', circle, before }]);
          continue;
        }
        entries.push([id, { verdict: 'accept', circle, at, before }]);
        recordFeedback({ contactId: id, verdict: 'confirm', circle, at });
      }
      set(entries);
    },
    [suggestions, recordFeedback, set],
  );

  const choose = useCallback(
    (id: string, circle: CircleId, kind: ChoiceKind = 'one') => {
      const before = suggestions.get(id);
      const verdict = before?.circle === circle ? 'accept' : 'change';
      if (kind === 'bulk') {
        set([[id, { verdict, circle, ...(before ? { before } : {}) }]]);
        return;
      }
      const at = new Date().toISOString();
      recordFeedback({ contactId: id, verdict: verdict === 'accept' ? 'confirm' : 'correct', circle, at });
      set([[id, { verdict, circle, at, ...(before ? { before } : {}) }]]);
    },
    [suggestions, recordFeedback, set],
  );

  const reject = useCallback(
    (id: string) => {
      const before = suggestions.get(id);
      const circle = before?.circle;
      if (!before || !circle) return;
      const at = new Date().toISOString();
      recordFeedback({ contactId: id, verdict: 'reject', circle, at });
      set([[id, { verdict: 'reject', circle, at, before }]]);
    },
    [suggestions, recordFeedback, set],
  );

  const forget = useCallback(
    (ids: readonly string[]) => {
      const withdrawn: WithdrawnFeedback[] = [];
      for (const id of ids) {
        const d = decisions.get(id);
        if (d?.at) withdrawn.push({ contactId: id, at: d.at, ...(d.before ? { suggestion: d.before } : {}) });
      }
      withdrawFeedback(withdrawn);
      setDecisions((prev) => {
        const next = new Map(prev);
        for (const id of ids) next.delete(id);
        return next;
      });
    },
    [decisions, withdrawFeedback],
  );

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
