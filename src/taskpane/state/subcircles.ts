/**
 * The sub-circles of the network for the map, computed in the browser from the mailbox and each contact's
 * circle as the user sees it (its category, else the engine's suggestion). The code (graphology and Louvain)
 * is its own chunk, fetched the first time the map needs it.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Suggestion } from '../../core/circles/types';
import type { Language } from '../../core/model';
import type { Subcircles, subcircles } from '../../core/usecases/groups';
import { useLanguage } from '../i18n';
import { useNetwork } from './network';

export type SubcirclesState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly result: Subcircles }
  | { readonly status: 'error'; readonly error: string };

type Compute = typeof subcircles;

let loaded: Promise<Compute> | undefined;
function loadGroups(): Promise<Compute> {
  loaded ??= import(/* webpackChunkName: "groups" */ '../../core/usecases/groups').then((m) => m.subcircles);
  return loaded;
}

export function useSubcircles(): SubcirclesState {
  const network = useNetwork();
  const language: Language = useLanguage();
  const { mailbox, suggestions, currentCircle, settings, analysis } = network;
  // Each contact's circle as the map shows it: the category set in Outlook wins over the suggestion.
  const circles = useMemo((): Suggestion[] | undefined => {
    if (!mailbox || analysis === 'pending') return undefined;
    return mailbox.contacts.map((c) => {
      const s = suggestions.get(c.id);
      const current = currentCircle(c.id);
      const base: Suggestion = s ?? { contactId: c.id, circle: null, confidence: 0, reasons: [], alternatives: [] };
      return current && current !== base.circle ? { ...base, circle: current, reasons: [] } : base;
    });
  }, [mailbox, suggestions, currentCircle, analysis]);
  const [state, setState] = useState<SubcirclesState>({ status: 'loading' });
  useEffect(() => {
    if (!mailbox || !circles) return;
    let live = true;
    loadGroups()
      .then((compute) => {
        const result = compute({ mailbox, language, taxonomy: settings.taxonomy, suggestions: circles });
        if (live) setState({ status: 'ready', result });
      })
      .catch((e: unknown) => live && setState({ status: 'error', error: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [mailbox, circles, language, settings.taxonomy]);
  return state;
}
