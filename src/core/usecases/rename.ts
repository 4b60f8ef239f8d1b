/**
 * Keeping our categories' names in step with the settings: renaming a circle, changing the prefix or the
 * language changes them, and every contact already in a circle must follow.
 */
import { categoryKey, categoryNameFor, circleIndex, ourCategoryNames, sameCategories } from '../changes/plan';
import type { PlannedChange } from '../changes/types';
import type { CircleId } from '../circles/types';
import type { Contact, Language } from '../model';
import type { Settings } from '../settings';
import { applyPlan, specsWritten, type RunOutcome } from './apply';
import { resolveLanguage } from './language';
import type { RunPorts } from './types';

export { circleIndex };

/** Category names are written in the language the user chose, else the host's. */
export function categoryLanguage(settings: Settings, hostLanguage: Language): Language {
  return resolveLanguage({ setting: settings.language, requested: hostLanguage });
}

/**
 * Plans, for each contact in a circle under the old settings, the same circle under the new name (other
 * categories kept). Contacts of a circle that was removed or disabled are left as they are.
 */
export function renamePlan(
  contacts: readonly Contact[],
  before: Settings,
  after: Settings,
  hostLanguage: Language,
): PlannedChange[] {
  const language = categoryLanguage(after, hostLanguage);
  // Only a change of names moves anyone: saving settings that keep every name (finishing the onboarding,
  // turning signals on) must not touch a contact, even one filed under another language's default name.
  const beforeCircles = new Map(before.taxonomy.map((c) => [c.id, c]));
  const beforeLanguage = categoryLanguage(before, hostLanguage);
  const renames = after.taxonomy.some((c) => {
    const was = beforeCircles.get(c.id);
    return (
      was !== undefined &&
      categoryNameFor(was, before.categoryPrefix, beforeLanguage) !== categoryNameFor(c, after.categoryPrefix, language)
    );
  });
  if (!renames) return [];
  const old = circleIndex(contacts, before);
  const ours = new Set([
    ...ourCategoryNames(before.taxonomy, before.categoryPrefix).keys(),
    ...ourCategoryNames(after.taxonomy, after.categoryPrefix).keys(),
  ]);
  const circles = new Map(after.taxonomy.map((c) => [c.id, c]));
  const changes: PlannedChange[] = [];
  for (const contact of contacts) {
    const circle = circles.get(old.get(contact.id) ?? ('' as CircleId));
    if (!circle?.enabled) continue;
    const wanted = categoryNameFor(circle, after.categoryPrefix, language);
    const next = [...contact.categories.filter((c) => !ours.has(categoryKey(c))), wanted];
    // Outlook compares names without case: a case-only rename still needs writing to show the new case.
    if (sameCategories(next, contact.categories) && contact.categories.includes(wanted)) continue;
    changes.push({
      contactId: contact.id,
      ...(contact.etag !== undefined ? { etag: contact.etag } : {}),
      displayName: contact.displayName,
      before: [...contact.categories],
      after: next,
    });
  }
  return changes;
}

/** Carries the contacts over to the new names as one journaled run the user can undo; undefined when none move. */
export async function renameCategories(
  ports: RunPorts,
  contacts: readonly Contact[],
  before: Settings,
  after: Settings,
  hostLanguage: Language,
): Promise<RunOutcome | undefined> {
  const changes = renamePlan(contacts, before, after, hostLanguage);
  if (changes.length === 0) return undefined;
  const language = categoryLanguage(after, hostLanguage);
  const specs = specsWritten(changes, after.taxonomy, after.categoryPrefix, language);
  return applyPlan(ports, { changes, specs, unchanged: 0 }, 'taskpane');
}
