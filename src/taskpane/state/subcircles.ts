/**
 * The sub-circles of the network for the map, computed by the engine (off this thread) from the mailbox and
 * each contact's circle as the user sees it (its category, else the engine's suggestion).
 */
import { useCallback } from 'react';
import type { Language } from '../../core/model';
import type { Subcircles } from '../../core/usecases/groups';
import { useLanguage } from '../i18n';
import type { EngineClient } from './engine/client';
import { noFeedback, useEngineAnswer } from './engine/useAnswer';
import { useNetwork } from './network';

export type SubcirclesState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly result: Subcircles }
  | { readonly status: 'error'; readonly error: string };

export function useSubcircles(): SubcirclesState {
  const language: Language = useLanguage();
  const { mailbox, suggestions, currentCircle, settings, analysis } = useNetwork();
  const ask = useCallback(
    (engine: EngineClient) =>
      mailbox
        ? engine.subcircles({ ...mailbox, settings, userModel: noFeedback }, suggestions, currentCircle, language)
        : Promise.reject(new Error('The network is not loaded yet')),
    [mailbox, suggestions, currentCircle, settings, language],
  );
  const answer = useEngineAnswer(mailbox && analysis !== 'pending' ? ask : undefined);
  if (answer.status === 'error') return { status: 'error', error: answer.error ?? '' };
  return answer.value ? { status: 'ready', result: answer.value } : { status: 'loading' };
}
