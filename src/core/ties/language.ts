/**
 * Which language to write to a contact in, from what the headers show: the subjects they wrote, then the
 * country of their address; else the user's own language.
 */
import type { Contact, Language, MessageHeader } from '../model';

// Words and letters that mark a French or an English subject. Short, frequent, unambiguous between the two.
const FRENCH =
  /[éèêàçù]|\b(?:le|la|les|des|du|pour|avec|votre|vos|nous|merci|bonjour|réunion|rendez-vous|suite|demande|projet|devis)\b/iu;
const ENGLISH = /\b(?:the|for|with|your|our|thanks|thank|hello|meeting|catch|follow|request|quick|question|update)\b/iu;
const FRENCH_TLDS = new Set(['fr', 're', 'gp', 'mq', 'nc', 'pf']);
const ENGLISH_TLDS = new Set(['uk', 'us', 'au', 'nz', 'ie', 'io']);

/** The language of a contact: the majority of their subjects, else their address's country, else `fallback`. */
export function contactLanguage(contact: Contact, messages: readonly MessageHeader[], fallback: Language): Language {
  const mine = new Set(contact.emailAddresses.map((e) => e.address.trim().toLowerCase()));
  let fr = 0;
  let en = 0;
  for (const m of messages) {
    if (!m.from || !mine.has(m.from.address.trim().toLowerCase())) continue;
    if (FRENCH.test(m.subject)) fr++;
    else if (ENGLISH.test(m.subject)) en++;
  }
  if (fr !== en) return fr > en ? 'fr' : 'en';
  for (const e of contact.emailAddresses) {
    const tld = e.address.trim().toLowerCase().split('.').pop() ?? '';
    if (FRENCH_TLDS.has(tld)) return 'fr';
    if (ENGLISH_TLDS.has(tld)) return 'en';
  }
  return fallback;
}
