/**
 * The circle engine's public API: `classify` suggests a circle per contact with reasons (or abstains),
 * `inferProfile` offers profile candidates for the user to confirm. See docs/ENGINE.md.
 */
export { defaultTaxonomy } from './taxonomy';
export type * from './types';
export type { ProfileCandidate, ProfileCandidates } from './profile-types';
export { classify, type ClassifyInput, type ClassifyResult } from './engine';
export { inferProfile, sameEntryAs, withoutDeclined } from './owner-profile';
export { defaultThreshold } from './combine';
export { vocabulary, formerColleaguePhrases, neutralPhrases, type VocabularyRule } from './vocabulary';
