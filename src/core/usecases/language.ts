import type { Language } from '../model';

/** What can say which language to speak, strongest first. */
export type LanguageHints = {
  /** The user's choice in the settings; 'auto' (or absent) defers to the hints below. */
  readonly setting?: Language | 'auto';
  /** An explicit request (`?lang=` in a link, a test): honoured only when it is exactly `fr` or `en`. */
  readonly requested?: string | null;
  /** The host's locale tag ("fr-FR", "en-US"): French for any French locale, English otherwise. */
  readonly locale?: string;
};

/**
 * The one place where Circles decides which language to speak (UI, category names, notifications): the
 * user's setting, then an explicit request, then the host's locale. Everything but French is English.
 */
export function resolveLanguage(hints: LanguageHints): Language {
  if (hints.setting !== undefined && hints.setting !== 'auto') return hints.setting;
  if (hints.requested === 'fr' || hints.requested === 'en') return hints.requested;
  return (hints.locale ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
