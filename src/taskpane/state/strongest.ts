/**
 * The map's strongest ties by circle, found by the engine (off this thread) from the mailbox and each contact's
 * circle as the user sees it (its category, else the engine's suggestion). Undefined until the first answer;
 * the previous answer stays while the next one is computed.
 */
import { useCallback } from 'react';
import type { CircleId } from '../../core/circles/types';
import type { StrongTie } from '../../core/usecases/strongest';
import type { EngineClient } from './engine/client';
import { noFeedback, useEngineAnswer } from './engine/useAnswer';
import { useNetwork } from './network';

export function useStrongestTies(perCircle: number): ReadonlyMap<CircleId, readonly StrongTie[]> | undefined {
  const { mailbox, suggestions, currentCircle, settings, analysis } = useNetwork();
  const ask = useCallback(
    (engine: EngineClient) =>
      mailbox
        ? engine.strongest({ ...mailbox, settings, userModel: noFeedback }, suggestions, currentCircle, perCircle)
        : Promise.reject(new Error('The network is not loaded yet')),
    [mailbox, suggestions, currentCircle, settings, perCircle],
  );
  return useEngineAnswer(mailbox && analysis !== 'pending' ? ask : undefined).value;
}
