import { defaultPrefix } from './changes/plan';
import { defaultTaxonomy } from './circles/taxonomy';
import type { Feedback, Taxonomy } from './circles/types';
import type { Language, OwnerProfile } from './model';
import type { KeepInTouch } from './ties/keep';
import type { Rhythms } from './ties/rhythm';

/** The user's settings, stored per mailbox. */
export type Settings = {
  readonly taxonomy: Taxonomy;
  /** Category name prefix, e.g. "Cercle · " / "Circle · ". */
  readonly categoryPrefix: string;
  readonly mailboxSignals: 'on' | 'off';
  /** How many months of messages and events signals read; DEFAULT_SIGNALS_MONTHS when absent. */
  readonly signalsMonths?: number;
  readonly language: Language | 'auto';
  readonly profile: OwnerProfile;
  /** Onboarding done once; the taskpane opens on review afterwards. */
  readonly onboarding: 'pending' | 'done';
  readonly savedAmbitions: readonly string[];
  /** Months between exchanges wanted per circle (Settings → Rhythms); defaultRhythms fill what is absent. */
  readonly rhythms?: Rhythms;
  /** The Keep-in-touch view's marks (done, snoozed, reminders) and the reminders answer. */
  readonly keepInTouch?: KeepInTouch;
};

/** The user's confirmations, corrections and rejections: the learner's input, kept as data. */
export type UserModel = {
  readonly feedback: readonly Feedback[];
};

/** First-run settings: the built-in circles, the language's prefix, signals on (onboarding asks), onboarding pending. */
export function defaultSettings(language: Language, profile: OwnerProfile): Settings {
  return {
    taxonomy: defaultTaxonomy,
    categoryPrefix: defaultPrefix(language),
    mailboxSignals: 'on',
    language: 'auto',
    profile,
    onboarding: 'pending',
    savedAmbitions: [],
  };
}
