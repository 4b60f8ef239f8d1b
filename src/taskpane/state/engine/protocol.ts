/**
 * Messages between the pane and its engine (a Web Worker, or the same thread where there is none). The mailbox
 * crosses once, in slices (each postMessage copies its data on the sender's thread: small slices keep every task
 * short); a job then carries only what changes between runs (settings, feedback, the user's categories, an
 * ambition), and the answer comes back whole, or in slices for the suggestions.
 */
import type { AmbitionInterpretation, Shortlist } from '../../../core/ambitions';
import type { CircleId, Suggestion } from '../../../core/circles/types';
import type { CurrentPosition } from '../../../core/linkedin/types';
import type { CalendarEvent, Contact, Language, MessageHeader, Owner } from '../../../core/model';
import type { LookBack } from '../../../core/ports';
import type { Settings, UserModel } from '../../../core/settings';
import type { Subcircles } from '../../../core/usecases/groups';
import type { OutsideWindow } from '../../../core/usecases/older';
import type { StrongTie } from '../../../core/usecases/strongest';
import type { TiesReport } from '../../../core/usecases/ties';

export type MailboxPart = {
  readonly contacts?: readonly Contact[];
  readonly messages?: readonly MessageHeader[];
  readonly events?: readonly CalendarEvent[];
};

/** The circle the user set in Outlook (our category), by contact id: it wins over the suggestion. */
export type Placed = readonly (readonly [string, CircleId])[];

/** What every job but the classification reads besides the mailbox. */
type Context = {
  readonly owner: Owner;
  readonly settings: Settings;
  readonly userModel: UserModel;
};

/** One run of the engine, by kind; each kind has its answer in `Answers`. */
export type Job =
  | (Context & {
      readonly kind: 'classify';
      readonly current: readonly (readonly [string, CurrentPosition])[];
    })
  /** The ties report (core/usecases/ties.ts) with each contact's circle as the user sees it. */
  | (Context & { readonly kind: 'ties'; readonly placed: Placed; readonly now: number })
  /** The map's strongest ties, `perCircle` in each circle (core/usecases/strongest.ts). */
  | (Context & { readonly kind: 'strongest'; readonly placed: Placed; readonly perCircle: number })
  /** The ambition shortlist over the whole mailbox, or over `only` these contacts (a sub-circle). */
  | (Context & {
      readonly kind: 'shortlist';
      readonly placed: Placed;
      readonly interpretation: AmbitionInterpretation;
      readonly limit: number;
      readonly only?: readonly string[];
      readonly current: readonly (readonly [string, CurrentPosition])[];
    })
  /** The sub-circles for the map (core/usecases/groups.ts). */
  | (Context & { readonly kind: 'subcircles'; readonly placed: Placed; readonly language: Language })
  /** The review's older evidence: the engine once more over the window and what lies before it. */
  | (Context & { readonly kind: 'outside'; readonly lookBack: LookBack })
  /** Cards that may be one person (core/contacts/duplicates.ts), for the review to show as one row. */
  | (Context & { readonly kind: 'duplicates' })
  /**
   * The network kept for the next opening (core/usecases/memory.ts), written by the engine into the mailbox's
   * IndexedDB database from the contacts and suggestions it holds: the clone of thousands of contacts is then
   * the engine's, not the pane's thread's.
   */
  | (Context & { readonly kind: 'keep'; readonly database: string });

export type JobKind = Job['kind'];
export type JobOf<K extends JobKind> = Extract<Job, { readonly kind: K }>;

export type Answers = {
  readonly classify: readonly Suggestion[];
  readonly ties: TiesReport;
  readonly strongest: ReadonlyMap<CircleId, readonly StrongTie[]>;
  readonly shortlist: Shortlist;
  readonly subcircles: Subcircles;
  readonly outside: OutsideWindow;
  readonly duplicates: readonly (readonly string[])[];
  readonly keep: null;
};

export type ToEngine =
  /**
   * A new mailbox starts: what came before is dropped, but for the contacts when `keepContacts` (the same
   * contacts with other signals: they do not cross again, and jobs that read the contacts alone still hold).
   */
  | { readonly type: 'mailbox'; readonly version: number; readonly keepContacts?: boolean }
  | { readonly type: 'part'; readonly version: number; readonly part: MailboxPart }
  /**
   * The suggestions the pane shows, when they are not one of the engine's own last classifications (a test's,
   * or none yet): `first` starts them anew, the next parts add to them, and they are used from the `last` on.
   */
  | {
      readonly type: 'shown';
      readonly first: boolean;
      readonly last: boolean;
      readonly part: readonly Suggestion[];
    }
  | {
      readonly type: 'run';
      readonly id: number;
      readonly version: number;
      readonly job: Job;
      /** The suggestions the job reads: those of a classification (by its id), or the ones sent last. */
      readonly shown?: ShownRef;
    };

export type ShownRef = { readonly run: number } | 'sent';

export type FromEngine =
  /** The classification's suggestions, a slice at a time, before its 'answer' (which then carries none). */
  | { readonly type: 'suggestions'; readonly id: number; readonly part: readonly Suggestion[] }
  | { readonly type: 'answer'; readonly id: number; readonly answer: Answers[JobKind] | null }
  /** A later job of the same kind came before this one started: it is not run. */
  | { readonly type: 'superseded'; readonly id: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/** Jobs that read the contacts alone: a later mailbox with the same contacts does not supersede them. */
export const readsContactsOnly = (kind: JobKind): boolean => kind === 'duplicates';

/** How many contacts, messages or suggestions cross in one message. */
export const SLICE = 500;
