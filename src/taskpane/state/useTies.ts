/**
 * The ties report for the network on screen (src/core/usecases/ties.ts), computed once per change of the
 * mailbox, suggestions or settings. Undefined while the signals are read or the engine runs.
 */
import { useMemo, useState } from 'react';
import { circlesForRanking, ties, type TiesReport } from '../../core/usecases';
import { useNetwork } from './network';

export function useTies(): TiesReport | undefined {
  const { status, analysis, mailbox, suggestions, settings, feedback, currentCircle } = useNetwork();
  // "Now" is when the pane opened: the list does not reshuffle while the user works through it.
  const [now] = useState(() => Date.now());
  return useMemo(() => {
    if (status !== 'ready' || analysis === 'pending' || !mailbox) return undefined;
    const circles = circlesForRanking({ mailbox, suggestions, currentCircle });
    return ties({ ...mailbox, settings, userModel: { feedback } }, { circles, now });
  }, [status, analysis, mailbox, suggestions, settings, feedback, currentCircle, now]);
}
