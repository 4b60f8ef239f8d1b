/**
 * Which language to write to a contact in: French where their ties say a French-speaking country (an
 * address, a phone prefix, a national domain, their company's seat), English where they say another
 * country, and the user's own language when nothing says.
 */
import type { Contact, Language } from '../model';
import { profileOf } from './profile';

// Countries where French is the language of business mail. Switzerland and Canada are split by region:
// a Swiss or Canadian tie alone does not decide.
const frenchSpeaking = new Set(['FR', 'BE', 'LU', 'MC', 'MA', 'TN', 'DZ', 'SN', 'CI', 'CM']);
const undecided = new Set(['CH', 'CA']);

export function contactLanguage(contact: Contact, fallback: Language): Language {
  let best: { code: string; confidence: number } | undefined;
  for (const f of profileOf(contact).countries.values())
    if (!best || f.confidence > best.confidence) best = { code: f.value, confidence: f.confidence };
  if (!best || undecided.has(best.code)) return fallback;
  return frenchSpeaking.has(best.code) ? 'fr' : 'en';
}
