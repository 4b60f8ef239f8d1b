/**
 * The use cases: each thing a user can do, as plain functions over the ports (src/core/ports.ts). The
 * taskpane (src/taskpane/state), the ribbon command (src/commands) and the CLI (src/cli) are thin adapters
 * over these, so a feature is written once and runs in all three. See docs/DESIGN.md, "Use cases".
 */
export type { Network, NetworkPorts, RunPorts } from './types';
export { resolveLanguage, type LanguageHints } from './language';
export {
  readNetwork,
  networkOfMailbox,
  mailboxOf,
  settingsOrDefault,
  type ReadOptions,
  type Signals,
  type StagedNetwork,
} from './network';
export { suggest, byContact, type Classifier, type SuggestOptions } from './suggest';
export {
  planAssignments,
  applyPlan,
  specsWritten,
  tagContacts,
  undo,
  resume,
  TAG_COLOR,
  type Plan,
  type RunCallbacks,
  type RunOutcome,
  type ContactPatch,
  type ContactPatchEntry,
} from './apply';
export { categoryLanguage, circleIndex, renamePlan, renameCategories } from './rename';
export { shortlist, circlesForRanking, type ShortlistInput } from './shortlist';
export { strongestTies, type StrongTie } from './strongest';
export { ties, defaultPeriod, type TiesOptions, type TiesReport, type TieRow } from './ties';
export {
  previewImport,
  connectionOfContact,
  draftOf,
  createContacts,
  undoCreate,
  positionUpdates,
  planPositions,
  writePositions,
  type PositionUpdate,
  type ImportFile,
  type ImportPreview,
  type ImportPorts,
  type CreateOutcome,
} from './imports';
