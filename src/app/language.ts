import type { Language } from '../core/model';
import { resolveLanguage } from '../core/usecases/language';

/** `?lang=fr|en` (tests, links) wins over Office's display language; anything not French is English. */
export function pickLanguage(search: string, displayLanguage: string): Language {
  return resolveLanguage({ requested: new URLSearchParams(search).get('lang'), locale: displayLanguage });
}
