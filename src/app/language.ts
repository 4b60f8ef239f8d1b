import type { Language } from '../core/model';

/** `?lang=fr|en` (tests, links) wins over Office's display language; anything not French is English. */
export function pickLanguage(search: string, displayLanguage: string): Language {
  const lang = new URLSearchParams(search).get('lang');
  if (lang === 'fr' || lang === 'en') return lang;
  return displayLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
