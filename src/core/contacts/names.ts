/** People's names: compared folded, without particles or hyphens ("Le Roux" = "Leroux"). */
import { words } from './text';

/** A surname reduced for comparison ("Le roux" → "leroux", "Sanford-Nicolas" → "sanfordnicolas"). */
export function surnameKey(surname: string): string {
  return words(surname).join('');
}

/** The surname's parts, for double-barrelled names ("Sanford-Nicolas" → ["sanford", "nicolas"]). */
export function surnameParts(surname: string): string[] {
  return words(surname).filter((w) => w.length >= 3);
}
