// The taxonomy module alone: importing the circles index would pull the whole engine into the first chunk.
import { defaultTaxonomy } from '../../core/circles/taxonomy';
import type { Language, Owner } from '../../core/model';
import type { Settings } from '../../core/settings';
import { defaultPrefix } from './runs';

/** First-run settings: the built-in circles, the language's prefix, signals on, onboarding pending. */
export function defaultSettings(language: Language, owner: Owner): Settings {
  return {
    taxonomy: defaultTaxonomy,
    categoryPrefix: defaultPrefix(language),
    mailboxSignals: 'on',
    language: 'auto',
    profile: owner.profile,
    onboarding: 'pending',
    savedAmbitions: [],
  };
}
