import type { Language, Owner } from '../../core/model';
import { defaultSettings as coreDefaults, type Settings } from '../../core/settings';

/** First-run settings for this owner (the shared defaults of src/core/settings.ts). */
export function defaultSettings(language: Language, owner: Owner): Settings {
  return coreDefaults(language, owner.profile);
}
