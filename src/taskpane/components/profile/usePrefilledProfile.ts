/**
 * The user's path as the onboarding and Settings edit it: what they said, then what the engine infers from the
 * whole mailbox. A second opening paints from the network kept at the last visit, which has no messages or
 * meetings: inferring from it offered other entries at each opening (« formation PMP de mars vu 5 fois » where
 * the mailbox says « Formation PMP vu 14 fois », review4 A2). So nothing is inferred until the fresh read is
 * there, and the pre-filled entries follow it until the user edits them.
 */
import { useCallback, useMemo, useState } from 'react';
import { inferProfile, type ProfileCandidates } from '../../../core/circles';
import type { OwnerProfile } from '../../../core/model';
import { useNetwork } from '../../state/network';
import { prefillProfile, type EditableProfile } from './merge';

const noCandidates: ProfileCandidates = { employers: [], schools: [], trainings: [], clubs: [] };

/** What the engine infers of the user's path; undefined while the whole mailbox is not read yet. */
export function useInferredProfile(): ProfileCandidates | undefined {
  const network = useNetwork();
  const whole =
    network.status === 'ready' && network.analysis !== 'pending' && network.memory?.state !== 'updating'
      ? network.mailbox
      : undefined;
  return useMemo(() => (whole ? inferProfile(whole) : undefined), [whole]);
}

type Prefill = {
  readonly from: ProfileCandidates | undefined;
  /** What the editor was offered: the removal of an inferred entry is kept as declined (merge.ts toProfile). */
  readonly offered: EditableProfile;
  readonly profile: EditableProfile;
  readonly edited: boolean;
};

export type PrefilledProfile = {
  readonly profile: EditableProfile;
  readonly offered: EditableProfile;
  setProfile(profile: EditableProfile): void;
};

export function usePrefilledProfile(stored: OwnerProfile): PrefilledProfile {
  const candidates = useInferredProfile();
  const [state, setState] = useState<Prefill>(() => {
    const offered = prefillProfile(stored, candidates ?? noCandidates);
    return { from: candidates, offered, profile: offered, edited: false };
  });
  let current = state;
  if (!state.edited && state.from !== candidates) {
    // New inferences (the fresh read arrived): offered again, as long as the user has not touched the list.
    const offered = prefillProfile(stored, candidates ?? noCandidates);
    current = { from: candidates, offered, profile: offered, edited: false };
    setState(current);
  }
  const setProfile = useCallback((profile: EditableProfile) => setState((s) => ({ ...s, profile, edited: true })), []);
  return { profile: current.profile, offered: current.offered, setProfile };
}
