/**
 * French elision where our words meet a name or a word we insert: "de" and "que" lose their vowel before a
 * vowel sound — "autour d’Isaure", "les mêmes rendez-vous qu’Alden", "Cercle d’Yselle" — and keep it
 * otherwise ("de Marie", "de Yann", "de 8 contacts"). Only the sentence's own particle changes; the inserted
 * text is never touched.
 */
import { fold } from './fold';

// Direction marks and isolates put around user text (UserText, option labels) are not letters.
const MARKS = /^[\u200e\u200f\u2066-\u2069]+/;

/** Whether a French word or name begins with a vowel sound (a mute h counts; a y before a vowel does not). */
export function beginsWithVowelSound(text: string): boolean {
  const word = fold(text.replace(MARKS, ''));
  const [first, second] = [word[0], word[1]];
  if (first === undefined) return false;
  if ('aeiou'.includes(first)) return true;
  // Mute h, as in nearly every first name: "d’Hélène", "d’Hugo".
  if (first === 'h') return second !== undefined && 'aeiouy'.includes(second);
  // "d’Yves", "d’Yselle", but "de Yann", "de Yolande".
  if (first === 'y') return second !== undefined && !'aeiou'.includes(second);
  return false;
}

const PARTICLE = /(^|[\s(«“"'’])(de|De|que|Que) $/;

/**
 * The text before an inserted word, with its final "de " or "que " elided when the word begins with a vowel
 * sound: `elideBefore('autour de ', 'Isaure')` is "autour d’", to be followed by the word itself.
 */
export function elideBefore(before: string, word: string): string {
  if (!beginsWithVowelSound(word)) return before;
  return before.replace(PARTICLE, (_m, lead: string, particle: string) => `${lead}${particle.slice(0, -1)}’`);
}
