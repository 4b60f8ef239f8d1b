/**
 * The ties report for the network on screen (src/core/usecases/ties.ts), computed by the engine (off this
 * thread) once per change of the mailbox, suggestions or settings. Undefined while the signals are read or the
 * engine runs for the first time; the previous report stays while the next one is computed.
 */
import { useCallback, useState } from 'react';
import type { TiesReport } from '../../core/usecases';
import type { EngineClient } from './engine/client';
import { noFeedback, useEngineAnswer } from './engine/useAnswer';
import { useNetwork } from './network';

export function useTies(): TiesReport | undefined {
  const { status, analysis, mailbox, suggestions, settings, currentCircle } = useNetwork();
  // "Now" is when the pane opened: the list does not reshuffle while the user works through it.
  const [now] = useState(() => Date.now());
  const ready = status === 'ready' && analysis !== 'pending' && mailbox !== undefined;
  const ask = useCallback(
    (engine: EngineClient) =>
      mailbox
        ? engine.ties({ ...mailbox, settings, userModel: noFeedback }, suggestions, currentCircle, now)
        : Promise.reject(new Error('The network is not loaded yet')),
    [mailbox, suggestions, settings, currentCircle, now],
  );
  return useEngineAnswer(ready ? ask : undefined).value;
}
