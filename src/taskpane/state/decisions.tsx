/**
 * The user's choices in the review, kept above the views so switching to the map and back loses nothing, and
 * kept in the browser per mailbox (ChoicesMemory) so closing and opening the pane again loses nothing either:
 * Outlook reloads the pane each time it opens. Each choice is also recorded as feedback for the engine
 * (confirm, correct, reject).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CircleId } from '../../core/circles/types';
import type { KeptChoice } from '../../core/ports';
import { useServices } from '../servicesContext';
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

export type Decision = KeptChoice;

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
  const memory = useServices().choicesMemory;
  const [decisions, setDecisions] = useState<ReadonlyMap<string, Decision>>(new Map());
  const { suggestions, recordFeedback, withdrawFeedback } = network;

  // The choices kept at the last visit come back once; a choice made before they arrived wins. Until then
  // nothing is written, so an early choice cannot erase the kept ones.
  const restored = useRef(!memory);
  useEffect(() => {
    if (!memory) return;
    let live = true;
    const merge = (kept: ReadonlyMap<string, Decision> | undefined) => {
      if (!live) return;
      restored.current = true;
      setDecisions((prev) => {
        const next = new Map(kept);
        for (const [id, d] of prev) next.set(id, d);
        return next;
      });
    };
    memory.load().then(merge, () => merge(undefined));
    return () => {
      live = false;
    };
  }, [memory]);
  // A kept choice about a contact gone from the mailbox since (deleted, or another folder) is left out once the
  // mailbox has been read afresh, and so no longer kept.
  const contacts = network.mailbox?.contacts;
  const fresh = network.memory?.state !== 'updating' && network.analysis !== 'pending';
  const shown = useMemo(() => {
    if (!contacts || !fresh) return decisions;
    const known = new Set(contacts.map((c) => c.id));
    if ([...decisions.keys()].every((id) => known.has(id))) return decisions;
    return new Map([...decisions].filter(([id]) => known.has(id)));
  }, [decisions, contacts, fresh]);
  useEffect(() => {
    if (memory && restored.current) void memory.save(shown).catch(() => undefined);
  }, [memory, shown]);

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
    () => ({ decisions: shown, accept, choose, reject, forget }),
    [shown, accept, choose, reject, forget],
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
