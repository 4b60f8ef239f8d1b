/**
 * Naming our master categories and planning category changes. Pure: the plan is data the UI can show
 * before anything is written.
 */
import type { CircleDefinition, CircleId, Taxonomy } from '../circles/types';
import type { Contact, Language } from '../model';
import type { CategorySpec, PlannedChange } from './types';

const defaults: Readonly<Record<Language, string>> = { fr: 'Cercle · ', en: 'Circle · ' };
const languages: readonly Language[] = ['fr', 'en'];

/** The default category prefix for a language: "Cercle · " or "Circle · ". */
export function defaultPrefix(language: Language): string {
  return defaults[language];
}

/** The master category name of a circle, e.g. "Cercle · Collègues". */
export function categoryNameFor(circle: CircleDefinition, prefix: string, language: Language): string {
  return `${prefix}${circle.labels[language]}`;
}

/** The master categories of the enabled circles, with their colours. */
export function circleCategorySpecs(taxonomy: Taxonomy, prefix: string, language: Language): CategorySpec[] {
  return taxonomy
    .filter((c) => c.enabled)
    .map((c) => ({ displayName: categoryNameFor(c, prefix, language), color: c.color }));
}

/** Outlook compares category names without regard to case. */
export const categoryKey = (name: string): string => name.trim().toLocaleLowerCase();

/**
 * Every name under which one of our circle categories may appear: the current prefix and both language
 * defaults, each with both labels, so switching language or prefix never strands an old category.
 */
export function ourCategoryNames(taxonomy: Taxonomy, prefix: string): Map<string, CircleId> {
  const names = new Map<string, CircleId>();
  const prefixes = [...new Set([prefix, ...languages.map(defaultPrefix)])];
  for (const circle of taxonomy)
    for (const p of prefixes)
      for (const l of languages) {
        const key = categoryKey(`${p}${circle.labels[l]}`);
        if (!names.has(key)) names.set(key, circle.id);
      }
  return names;
}

/** The circle of a contact from its categories, if one of ours is set (the first one wins). */
export function circleFromCategories(
  categories: readonly string[],
  taxonomy: Taxonomy,
  prefix: string,
  language: Language,
): CircleId | undefined {
  void language; // recognised under both languages; kept in the signature for symmetry with categoryNameFor
  const ours = ourCategoryNames(taxonomy, prefix);
  for (const c of categories) {
    const id = ours.get(categoryKey(c));
    if (id) return id;
  }
  return undefined;
}

/** Same categories regardless of order and case (Outlook treats them as a set). */
export function sameCategories(a: readonly string[], b: readonly string[]): boolean {
  const ka = [...new Set(a.map(categoryKey))].sort();
  const kb = [...new Set(b.map(categoryKey))].sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
}

/**
 * A planned change carried over onto the categories a contact has now (the user edited it meanwhile):
 * what the change removes is removed, what it adds is added, everything else the user has stays, in place.
 */
export function rebaseCategories(change: Pick<PlannedChange, 'before' | 'after'>, current: readonly string[]) {
  const before = new Set(change.before.map(categoryKey));
  const after = new Set(change.after.map(categoryKey));
  const kept = current.filter((c) => !before.has(categoryKey(c)) || after.has(categoryKey(c)));
  const have = new Set(kept.map(categoryKey));
  const added = change.after.filter((c) => !before.has(categoryKey(c)) && !have.has(categoryKey(c)));
  return [...kept, ...added];
}

export type PlanCircleInput = {
  readonly contacts: readonly Contact[];
  /** Contact id → its circle, or null to remove our circle category. Contacts absent are left alone. */
  readonly assignments: ReadonlyMap<string, CircleId | null>;
  readonly taxonomy: Taxonomy;
  readonly prefix: string;
  readonly language: Language;
};

/**
 * The category changes that put each assigned contact in its circle. Only contacts whose categories
 * actually change are returned; every category that is not one of ours is kept, in place.
 */
export function planCircleChanges(input: PlanCircleInput): PlannedChange[] {
  const { contacts, assignments, taxonomy, prefix, language } = input;
  const ours = ourCategoryNames(taxonomy, prefix);
  const byId = new Map(taxonomy.map((c) => [c.id, c]));
  const changes: PlannedChange[] = [];
  for (const contact of contacts) {
    if (!assignments.has(contact.id)) continue;
    const target = assignments.get(contact.id) ?? null;
    const circle = target === null ? undefined : byId.get(target);
    // An assignment to a circle the taxonomy no longer has cannot be written: leave the contact alone.
    if (target !== null && !circle) continue;
    const wanted = circle ? categoryNameFor(circle, prefix, language) : undefined;
    const kept = contact.categories.filter((c) => !ours.has(categoryKey(c)));
    const after = wanted ? [...kept, wanted] : kept;
    // Already right: nothing to send. Outlook compares category names without case, so a case-only
    // difference is no change either (and before/after then always differ as sets, which undo relies on).
    const current = contact.categories.filter((c) => ours.has(categoryKey(c)));
    const unchanged = wanted
      ? current.length === 1 && categoryKey(current[0]!) === categoryKey(wanted)
      : current.length === 0;
    if (unchanged) continue;
    changes.push(plannedChange(contact, after));
  }
  return changes;
}

/** Adds a tag (e.g. an ambition's category) to the given contacts that do not have it yet. */
export function planTagChanges(
  contacts: readonly Contact[],
  contactIds: readonly string[],
  tag: string,
): PlannedChange[] {
  const wanted = new Set(contactIds);
  const key = categoryKey(tag);
  return contacts
    .filter((c) => wanted.has(c.id) && !c.categories.some((x) => categoryKey(x) === key))
    .map((c) => plannedChange(c, [...c.categories, tag]));
}

function plannedChange(contact: Contact, after: readonly string[]): PlannedChange {
  return {
    contactId: contact.id,
    ...(contact.etag !== undefined ? { etag: contact.etag } : {}),
    displayName: contact.displayName,
    before: [...contact.categories],
    after: [...after],
  };
}

/** Each contact's current circle, from its categories (our names are recognised in both languages). */
export function circleIndex(
  contacts: readonly Contact[],
  settings: { readonly taxonomy: Taxonomy; readonly categoryPrefix: string },
): Map<string, CircleId> {
  const ours = ourCategoryNames(settings.taxonomy, settings.categoryPrefix);
  const index = new Map<string, CircleId>();
  for (const c of contacts)
    for (const name of c.categories) {
      const id = ours.get(categoryKey(name));
      if (id) {
        index.set(c.id, id);
        break;
      }
    }
  return index;
}
