import type { CategoryColor } from '../circles/types';

/** A master category Circles needs in the mailbox (one per enabled circle, or an ambition tag). */
export type CategorySpec = {
  readonly displayName: string;
  readonly color: CategoryColor;
};

/** Contact fields besides categories that a run may write: LinkedIn's current company and position. */
export type ContactFieldName = 'companyName' | 'jobTitle';

/** Values of those fields; a field absent (or empty) is empty on the card. */
export type ContactFields = Partial<Record<ContactFieldName, string>>;

/**
 * One contact's change. `before`/`after` are full category lists; only ours differ. A change of other fields
 * carries them in `fields` (only the fields it writes are named, in both) and leaves `before`/`after` equal:
 * the categories are then not sent at all.
 */
export type PlannedChange = {
  readonly contactId: string;
  /** The etag read with the contact; sent as If-Match so a concurrent edit is never overwritten. */
  readonly etag?: string;
  readonly displayName?: string;
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly fields?: { readonly before: ContactFields; readonly after: ContactFields };
};

export type ChangeStatus = 'pending' | 'applied' | 'conflict' | 'failed' | 'skipped';

/** A journaled change: written before it is sent, marked when confirmed. */
export type JournalEntry = PlannedChange & {
  readonly status: ChangeStatus;
  /** The etag Graph returned after the change (needed to undo without tripping our own If-Match). */
  readonly appliedEtag?: string;
  readonly error?: string;
};

/** 'create': contacts created from an imported file (see `created`); undoing it deletes them. */
export type RunKind = 'apply' | 'undo' | 'create';
/** Who started a run: the journal and the undo UI say so ('subcircle': a sub-circle written as its own category). */
export type RunOrigin = 'taskpane' | 'command' | 'shortlist' | 'subcircle' | 'cli' | 'import';
/** The runs that add one category (a tag) to chosen contacts. */
export type TagOrigin = Extract<RunOrigin, 'shortlist' | 'subcircle'>;
export type RunState = 'running' | 'complete' | 'interrupted' | 'cancelled' | 'undone';

/** The journal of one apply or undo run. */
export type RunJournal = {
  readonly runId: string;
  readonly kind: RunKind;
  readonly origin: RunOrigin;
  /** For undo runs: the run being undone. */
  readonly undoes?: string;
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly state: RunState;
  readonly entries: readonly JournalEntry[];
  /** The master categories the run needs, so a resumed run can ensure them again. */
  readonly specs?: readonly CategorySpec[];
  /** For 'create' runs: each contact, journaled before it is sent and marked once created or deleted. */
  readonly created?: readonly CreatedEntry[];
  /**
   * The master categories this run created (journaled before they are sent): undo removes those no contact
   * uses any more. A category that existed before the run is never listed, so never removed.
   */
  readonly createdCategories?: readonly string[];
  /** Who writes the run now: one id per apply, undo or resume (see owner.ts). */
  readonly owner?: string;
  /** When the owner last said it was alive; a running run without a recent heartbeat has lost its owner. */
  readonly heartbeatAt?: string;
  /** Incremented by every write, so a writer can tell that someone else wrote in between. */
  readonly revision?: number;
};

/** One contact of a 'create' run. `contactId` is known once Outlook has created it. */
export type CreatedEntry = {
  readonly displayName: string;
  readonly folderId: string;
  readonly status: 'pending' | 'created' | 'failed' | 'deleted';
  readonly contactId?: string;
  readonly error?: string;
};

/** What an apply (or undo) run did, for the summary. */
export type RunSummary = {
  readonly runId: string;
  readonly applied: number;
  readonly unchanged: number;
  readonly conflicts: number;
  readonly failed: number;
  readonly skipped: number;
};

/** Progress of a running apply/undo, reported as changes are confirmed. */
export type RunProgress = {
  readonly done: number;
  readonly total: number;
  readonly conflicts: number;
  readonly failed: number;
};
