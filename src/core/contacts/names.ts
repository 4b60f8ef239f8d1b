import { words } from '../text/fold';
/** People's names: compared folded, without particles or hyphens ("Le Roux" = "Leroux"). */

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
  return ownerSurnames(ownerDisplayName).includes(key);
}

// The owner is the same for every contact of a run: their possible surnames are worked out once.
let lastOwner: { readonly name: string; readonly keys: readonly string[] } | undefined;

/** The owner's last one, two or three words joined (never the whole name when it has a single word). */
function ownerSurnames(ownerDisplayName: string): readonly string[] {
  if (lastOwner?.name === ownerDisplayName) return lastOwner.keys;
  const owner = words(ownerDisplayName);
  const keys: string[] = [];
  for (let n = 1; n <= Math.min(3, owner.length - 1); n++) keys.push(owner.slice(-n).join(''));
  lastOwner = { name: ownerDisplayName, keys };
  return keys;
}
