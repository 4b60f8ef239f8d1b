/**
 * Category changes: naming our master categories, planning which contacts change, and applying,
 * undoing and resuming runs through a journal.
 */
export type * from './types';
export {
  defaultPrefix,
  categoryNameFor,
  circleCategorySpecs,
  circleFromCategories,
  ourCategoryNames,
  sameCategories,
  rebaseCategories,
  categoryKey,
  planCircleChanges,
  planTagChanges,
} from './plan';
export type { PlanCircleInput } from './plan';
export { runApply, undoRun, resumeRun, findInterruptedRun } from './run';
export type { ChangeDeps, RunOptions, ApplyInput, RunResult, UndoResult } from './run';
export { createMemoryJournal } from './memory';
export { RunBusyError, isLive, findLiveRun, HEARTBEAT_MS, STALE_AFTER_MS } from './owner';
export { fieldNames, sameFields, writesCategories, holds, isNoop } from './state';
export type { ContactState } from './state';
