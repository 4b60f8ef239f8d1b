/** People's names: compared folded, without particles or hyphens ("Le Roux" = "Leroux"). */
import { words } from './text';

/** A surname reduced for comparison ("Le roux" → "leroux", "Sanford-Nicolas" → "sanfordnicolas"). */
export function surnameKey(surname: string): string {
  return words(surname).join('');
}

/**
 * Does a contact's surname end the owner's display name? The owner is known by display name only
 * ("Jean-Pierre Le Roux"), so the surname is matched against its last one, two or three words.
 */
export function sharesSurname(ownerDisplayName: string, surname: string): boolean {
  const key = surnameKey(surname);
  if (key.length < 3) return false;
  const owner = words(ownerDisplayName);
  for (let n = 1; n <= Math.min(3, owner.length - 1); n++) if (owner.slice(-n).join('') === key) return true;
  return false;
}
