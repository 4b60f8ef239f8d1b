/**
 * The taskpane's runs: the use cases of src/core/usecases over its services (the pane's undo and resume
 * are journaled with origin 'taskpane').
 */
import type { AppServices } from '../../app/services';
import type { RunOrigin, RunProgress, TagOrigin } from '../../core/changes/types';
import type { CircleId } from '../../core/circles/types';
import type { Contact } from '../../core/model';
import type { Settings } from '../../core/settings';
import { applyPlan, planAssignments, resume, tagContacts, undo, type RunOutcome } from '../../core/usecases/apply';
import { writePositions, type PositionUpdate } from '../../core/usecases/imports';
import { categoryLanguage, renameCategories } from '../../core/usecases/rename';

export { categoryLanguage, circleIndex, renamePlan } from '../../core/usecases/rename';
export { findInterruptedRun, findLiveRun } from '../../core/changes';
export type { ContactPatch, ContactPatchEntry, RunOutcome } from '../../core/usecases/apply';

type Network = { readonly contacts: readonly Contact[]; readonly settings: Settings };

export function runAssignments(
  services: AppServices,
  network: Network,
  assignments: ReadonlyMap<string, CircleId | null>,
  origin: RunOrigin,
  onProgress?: (p: RunProgress) => void,
  signal?: AbortSignal,
): Promise<RunOutcome> {
  const plan = planAssignments(network, assignments, categoryLanguage(network.settings, services.language));
  return applyPlan(services, plan, origin, { ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) });
}

export const runTag = (
  services: AppServices,
  network: Network,
  contactIds: readonly string[],
  tag: string,
  origin?: TagOrigin,
) => tagContacts(services, network.contacts, contactIds, tag, origin);

export const runUndo = (services: AppServices, runId?: string) => undo(services, 'taskpane', runId);

export const runResume = (services: AppServices, runId: string, onProgress?: (p: RunProgress) => void) =>
  resume(services, runId, onProgress);

export const runRename = (services: AppServices, contacts: readonly Contact[], before: Settings, after: Settings) =>
  renameCategories(services, contacts, before, after, services.language);

export const runPositions = (
  services: AppServices,
  network: Network,
  updates: readonly PositionUpdate[],
  onProgress?: (p: RunProgress) => void,
) => writePositions(services, network.contacts, updates, 'import', onProgress ? { onProgress } : {});
