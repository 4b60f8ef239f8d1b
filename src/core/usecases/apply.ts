/**
 * Planning and applying circles as categories, and the journaled runs built on them (tag, undo, resume): the
 * same steps for the taskpane, the ribbon command and the CLI.
 */
import { categoryKey, circleCategorySpecs, planCircleChanges, planTagChanges } from '../changes/plan';
import { resumeRun, runApply, undoRun, type RunResult } from '../changes/run';
import { fieldNames } from '../changes/state';
import type {
  CategorySpec,
  ContactFields,
  PlannedChange,
  RunJournal,
  RunOrigin,
  RunProgress,
  RunSummary,
  TagOrigin,
} from '../changes/types';
import type { CircleId, Taxonomy } from '../circles/types';
import type { Contact, Language } from '../model';
import type { CancelSignal } from '../ports';
import type { Settings } from '../settings';
import type { RunPorts } from './types';

/**
 * New categories and etags of the contacts a run changed (and the fields it wrote besides), to patch a copy of
 * the network without re-reading.
 */
export type ContactPatch = ReadonlyMap<string, ContactPatchEntry>;

export type ContactPatchEntry = {
  readonly categories: readonly string[];
  readonly etag?: string;
  /** Every field the run wrote, a cleared one as ''. */
  readonly fields?: ContactFields;
};

/** A run as its caller reports it: the summary, the contacts' new categories and the journal. */
export type RunOutcome = { readonly summary: RunSummary; readonly patch: ContactPatch; readonly journal: RunJournal };

/** What a run writes: the changes and the master categories they need. */
export type Plan = {
  readonly changes: readonly PlannedChange[];
  readonly specs: readonly CategorySpec[];
  /** Contacts asked for that need no change (already in that circle): reported as unchanged. */
  readonly unchanged: number;
};

export type RunCallbacks = {
  readonly onProgress?: (p: RunProgress) => void;
  readonly signal?: CancelSignal;
};

/**
 * Only the master categories the changes write: accepting one circle must not create the other nine, and
 * the command must not create circles nobody is in.
 */
export function specsWritten(
  changes: readonly PlannedChange[],
  taxonomy: Taxonomy,
  prefix: string,
  language: Language,
): CategorySpec[] {
  const used = new Set(changes.flatMap((c) => c.after.map(categoryKey)));
  return circleCategorySpecs(taxonomy, prefix, language).filter((s) => used.has(categoryKey(s.displayName)));
}

/** The changes that file each contact in its circle (null: out of every circle), in `language`'s names. */
export function planAssignments(
  network: { readonly contacts: readonly Contact[]; readonly settings: Settings },
  assignments: ReadonlyMap<string, CircleId | null>,
  language: Language,
): Plan {
  const { taxonomy, categoryPrefix } = network.settings;
  const changes = planCircleChanges({
    contacts: network.contacts,
    assignments,
    taxonomy,
    prefix: categoryPrefix,
    language,
  });
  const known = new Set(network.contacts.map((c) => c.id));
  const asked = [...assignments.keys()].filter((id) => known.has(id)).length;
  return {
    changes,
    specs: specsWritten(changes, taxonomy, categoryPrefix, language),
    unchanged: asked - changes.length,
  };
}

/** Writes a plan as one journaled run. */
export async function applyPlan(
  ports: RunPorts,
  plan: Plan,
  origin: RunOrigin,
  callbacks: RunCallbacks = {},
): Promise<RunOutcome> {
  const result = await runApply(ports, {
    changes: plan.changes,
    specs: plan.specs,
    origin,
    ...(callbacks.signal ? { signal: callbacks.signal } : {}),
    ...(callbacks.onProgress ? { onProgress: callbacks.onProgress } : {}),
  });
  return outcome(result, plan.unchanged);
}

/** Ambition tags get a colour of their own so they stand apart from the circles. */
export const TAG_COLOR = 'preset10' as const;

/**
 * Adds a tag (e.g. "Ambition · …", or a sub-circle's "Cercle · Anciens collègues · Capgemini") to the given
 * contacts, as one journaled run whose origin says which it was.
 */
export async function tagContacts(
  ports: RunPorts,
  contacts: readonly Contact[],
  contactIds: readonly string[],
  tag: string,
  origin: TagOrigin = 'shortlist',
): Promise<RunOutcome> {
  const changes = planTagChanges(contacts, contactIds, tag);
  const plan: Plan = {
    changes,
    specs: [{ displayName: tag, color: TAG_COLOR }],
    unchanged: contactIds.length - changes.length,
  };
  return applyPlan(ports, plan, origin);
}

/** Undoes a run (the latest that changed something when no id is given). */
export async function undo(ports: RunPorts, origin: RunOrigin, runId?: string): Promise<RunOutcome> {
  return outcome(await undoRun(ports, { origin, ...(runId ? { runId } : {}) }));
}

/** Finishes a run that stopped halfway, from its journal. */
export async function resume(
  ports: RunPorts,
  runId: string,
  onProgress?: (p: RunProgress) => void,
): Promise<RunOutcome> {
  return outcome(await resumeRun(ports, runId, onProgress ? { onProgress } : {}));
}

function patchOf(journal: RunJournal): ContactPatch {
  const patch = new Map<string, ContactPatchEntry>();
  for (const e of journal.entries)
    if (e.status === 'applied')
      patch.set(e.contactId, {
        categories: e.after,
        ...(e.appliedEtag ? { etag: e.appliedEtag } : {}),
        // The journal names a cleared field by its absence from `after`.
        ...(e.fields ? { fields: Object.fromEntries(fieldNames(e).map((n) => [n, e.fields?.after[n] ?? ''])) } : {}),
      });
  return patch;
}

// Entries still pending when a run returns were never sent (the user stopped it): report them as skipped.
function outcome(r: RunResult, extraUnchanged = 0): RunOutcome {
  return {
    summary: {
      ...r.summary,
      unchanged: r.summary.unchanged + extraUnchanged,
      skipped: r.summary.skipped + r.journal.entries.filter((e) => e.status === 'pending').length,
    },
    patch: patchOf(r.journal),
    journal: r.journal,
  };
}
