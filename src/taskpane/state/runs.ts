/**
 * The bridge between the taskpane's state and the core's change planning and journaled runs: plans the
 * changes, runs them through the services, and tells the state which contacts now carry which categories.
 */
import type { AppServices } from '../../app/services';
import type { CircleId } from '../../core/circles/types';
import {
  categoryKey,
  categoryNameFor,
  sameCategories,
  circleCategorySpecs,
  ourCategoryNames,
  planCircleChanges,
  planTagChanges,
  resumeRun,
  runApply,
  undoRun,
  type ChangeDeps,
  type PlannedChange,
  type RunJournal,
  type RunOrigin,
  type RunProgress,
  type RunResult,
  type RunSummary,
} from '../../core/changes';
import type { Contact, Language } from '../../core/model';
import type { Settings } from '../../core/settings';

export { defaultPrefix } from '../../core/changes';

/** New categories and etags of the contacts a run changed, to patch the state without re-reading. */
export type ContactPatch = ReadonlyMap<string, { readonly categories: readonly string[]; readonly etag?: string }>;
export type RunOutcome = { readonly summary: RunSummary; readonly patch: ContactPatch };

type Network = { readonly contacts: readonly Contact[]; readonly settings: Settings };

/** Category names are written in the UI language the user chose, else Office's. */
export function categoryLanguage(settings: Settings, hostLanguage: Language): Language {
  return settings.language === 'auto' ? hostLanguage : settings.language;
}

/** Each contact's current circle, from its categories (computed once per change, not per row). */
export function circleIndex(
  contacts: readonly Contact[],
  settings: Settings,
  hostLanguage: Language,
): Map<string, CircleId> {
  void hostLanguage; // our names are recognised in both languages
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

const deps = (services: AppServices): ChangeDeps => ({
  writer: services.writer,
  journal: services.journal,
  categories: services.categories,
});

function patchOf(journal: RunJournal): ContactPatch {
  const patch = new Map<string, { categories: readonly string[]; etag?: string }>();
  for (const e of journal.entries)
    if (e.status === 'applied')
      patch.set(e.contactId, { categories: e.after, ...(e.appliedEtag ? { etag: e.appliedEtag } : {}) });
  return patch;
}

// Entries still pending when a run returns were never sent (the user stopped it): report them as skipped.
const outcome = (r: RunResult, extraUnchanged = 0): RunOutcome => ({
  summary: {
    ...r.summary,
    unchanged: r.summary.unchanged + extraUnchanged,
    skipped: r.summary.skipped + r.journal.entries.filter((e) => e.status === 'pending').length,
  },
  patch: patchOf(r.journal),
});

export async function runAssignments(
  services: AppServices,
  network: Network,
  assignments: ReadonlyMap<string, CircleId | null>,
  origin: RunOrigin,
  onProgress?: (p: RunProgress) => void,
  signal?: AbortSignal,
): Promise<RunOutcome> {
  const { taxonomy, categoryPrefix } = network.settings;
  const language = categoryLanguage(network.settings, services.language);
  const changes = planCircleChanges({
    contacts: network.contacts,
    assignments,
    taxonomy,
    prefix: categoryPrefix,
    language,
  });
  // Only the master categories this run writes: accepting one circle must not create the other nine.
  const used = new Set(changes.flatMap((c) => c.after.map(categoryKey)));
  const specs = circleCategorySpecs(taxonomy, categoryPrefix, language).filter((s) =>
    used.has(categoryKey(s.displayName)),
  );
  const known = new Set(network.contacts.map((c) => c.id));
  const planned = [...assignments.keys()].filter((id) => known.has(id)).length;
  const result = await runApply(deps(services), {
    changes,
    specs,
    origin,
    ...(signal ? { signal } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  // Contacts already in the right circle were never planned: they count as unchanged.
  return outcome(result, planned - changes.length);
}

/** Ambition tags get a colour of their own so they stand apart from the circles. */
export const TAG_COLOR = 'preset10' as const;

export async function runTag(
  services: AppServices,
  network: Network,
  contactIds: readonly string[],
  tag: string,
): Promise<RunOutcome> {
  const changes = planTagChanges(network.contacts, contactIds, tag);
  const result = await runApply(deps(services), {
    changes,
    specs: [{ displayName: tag, color: TAG_COLOR }],
    origin: 'shortlist',
  });
  return outcome(result, contactIds.length - changes.length);
}

export async function runUndo(services: AppServices, runId?: string): Promise<RunOutcome> {
  const result = await undoRun(deps(services), { origin: 'taskpane', ...(runId ? { runId } : {}) });
  return outcome(result);
}

export async function runResume(
  services: AppServices,
  runId: string,
  onProgress?: (p: RunProgress) => void,
): Promise<RunOutcome> {
  return outcome(await resumeRun(deps(services), runId, onProgress ? { onProgress } : {}));
}

/**
 * Renaming a circle, changing the prefix or the language changes our category names: without this, every
 * contact already in a circle would keep a name Circles no longer recognises. Plans, for each contact in a
 * circle under the old settings, the same circle under the new name (other categories kept). Contacts of a
 * circle that was removed or disabled are left as they are.
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
  const old = circleIndex(contacts, before, hostLanguage);
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

export async function runRename(
  services: AppServices,
  contacts: readonly Contact[],
  before: Settings,
  after: Settings,
): Promise<RunOutcome | undefined> {
  const changes = renamePlan(contacts, before, after, services.language);
  if (changes.length === 0) return undefined;
  const language = categoryLanguage(after, services.language);
  const used = new Set(changes.flatMap((c) => c.after.map(categoryKey)));
  const specs = circleCategorySpecs(after.taxonomy, after.categoryPrefix, language).filter((s) =>
    used.has(categoryKey(s.displayName)),
  );
  return outcome(await runApply(deps(services), { changes, specs, origin: 'taskpane' }));
}
