/**
 * The circle engine's public API. (Placeholder body: the engine lands in issue 3; callers code against
 * these signatures.)
 */
import type { Mailbox, ProfileEntry } from '../model';
import type { Feedback, Suggestion, Taxonomy } from './types';

export { defaultTaxonomy } from './taxonomy';
export type * from './types';

/** A profile entry the engine inferred, offered to the user for confirmation. */
export type ProfileCandidate = ProfileEntry & {
  /** How many contacts, notes or subjects support it. */
  readonly support: number;
  readonly source: 'owner-address' | 'recurring';
};

export type ProfileCandidates = {
  readonly currentEmployer?: ProfileCandidate;
  readonly employers: readonly ProfileCandidate[];
  readonly schools: readonly ProfileCandidate[];
  readonly trainings: readonly ProfileCandidate[];
  readonly clubs: readonly ProfileCandidate[];
};

export type ClassifyInput = {
  readonly mailbox: Mailbox;
  /** Defaults to defaultTaxonomy. Disabled circles are never suggested. */
  readonly taxonomy?: Taxonomy;
  /** The user's confirmations, corrections and rejections. */
  readonly feedback?: readonly Feedback[];
  /** 'off' ignores mailbox.messages and mailbox.events. Default 'on'. */
  readonly signals?: 'on' | 'off';
  /** Abstain below this confidence. Default chosen by the engine. */
  readonly threshold?: number;
};

export type ClassifyResult = {
  /** One per contact, in the input order. */
  readonly suggestions: readonly Suggestion[];
  readonly profileCandidates: ProfileCandidates;
};

export function inferProfile(mailbox: Mailbox): ProfileCandidates {
  void mailbox;
  return { employers: [], schools: [], trainings: [], clubs: [] };
}

export function classify(input: ClassifyInput): ClassifyResult {
  return {
    suggestions: input.mailbox.contacts.map((c) => ({ contactId: c.id, circle: null, confidence: 0, reasons: [], alternatives: [] })),
    profileCandidates: inferProfile(input.mailbox),
  };
}
