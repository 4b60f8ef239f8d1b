/**
 * Ports: what the core needs from the outside world, in domain types only. Adapters implement them
 * (Graph for real Outlook and the demo, files for the CLI, in-memory for tests).
 */
import type { CalendarEvent, Contact, MessageHeader, Owner } from './model';
import type { CategorySpec, ContactFields, PlannedChange, RunJournal, RunProgress } from './changes/types';
import type { Settings, UserModel } from './settings';
import type { CurrentPosition } from './linkedin/types';
import type { KeptNetwork } from './usecases/memory';
import type { CircleId, Suggestion } from './circles/types';

/** The part of AbortSignal the core reads (the core has no DOM lib); a real AbortSignal fits. */
export type CancelSignal = { readonly aborted: boolean };

export type Cancellable = { readonly signal?: CancelSignal };

export type ReadProgress = { readonly read: number; readonly folders?: number };

export type ContactSource = {
  /** Every contact of every folder, paged to the end. */
  listContacts(options?: Cancellable & { onProgress?: (p: ReadProgress) => void }): Promise<Contact[]>;
};

/** A time window for mailbox signals. */
export type Window = { readonly since: string; readonly until?: string };

/**
 * Headers older than the window, read once (one bounded page each, the most recent first) so the pane can
 * say what the window leaves out. Never used to suggest a circle: widening the window is the user's choice.
 */
export type LookBack = {
  readonly messages: readonly MessageHeader[];
  readonly events: readonly CalendarEvent[];
  /** The oldest instant the pages reached; absent when every older message and meeting was read. */
  readonly since?: string;
};

export type InteractionSource = {
  listMessages(window: Window, options?: Cancellable): Promise<MessageHeader[]>;
  listEvents(window: Window, options?: Cancellable): Promise<CalendarEvent[]>;
  /** What lies before `before` (the window's start), when the source can tell cheaply (Graph: two requests). */
  lookBack?(before: string, options?: Cancellable): Promise<LookBack>;
};

export type OwnerSource = {
  getOwner(): Promise<Owner>;
};

export type EnsureOptions = {
  /**
   * Told the names about to be created, before any is sent, so a journal can hold them first (a crash right
   * after the creation still knows which categories the run made).
   */
  readonly beforeCreate?: (names: readonly string[]) => Promise<void>;
};

export type CategoryStore = {
  /**
   * Creates the master categories that do not exist yet; reuses the others. Resolves with the names it
   * created (not those another writer created first), when the store can tell.
   */
  ensureCategories(specs: readonly CategorySpec[], options?: EnsureOptions): Promise<readonly string[] | void>;
  /** Removes master categories by name (absent ones are fine). Only for categories a run created. */
  removeCategories?(names: readonly string[]): Promise<void>;
  /**
   * Which of these names a message or a calendar item carries (as category keys). Undefined when the store
   * cannot look without asking the user anything (mail and calendar access off or refused).
   */
  usedOnItems?(names: readonly string[]): Promise<ReadonlySet<string> | undefined>;
};

/** Outcome of one change as the writer saw it. */
export type ChangeOutcome =
  | { readonly contactId: string; readonly status: 'applied'; readonly etag?: string }
  | { readonly contactId: string; readonly status: 'conflict' }
  | { readonly contactId: string; readonly status: 'failed'; readonly error: string };

export type ContactWriter = {
  /**
   * Writes changes (categories, or the fields a change names in `fields`, never anything else); resolves with
   * one outcome per change, in any order.
   */
  writeCategories(
    changes: readonly PlannedChange[],
    options?: Cancellable & { onOutcome?: (o: ChangeOutcome) => void },
  ): Promise<ChangeOutcome[]>;
  /**
   * Reads the current categories and etag of contacts (for undo, resume and conflicts), and the fields a run
   * may write besides (company, job title) when the source has them.
   */
  readCategories(
    contactIds: readonly string[],
  ): Promise<Map<string, { categories: string[]; etag?: string; fields?: ContactFields }>>;
};

export type NewContact = {
  readonly displayName: string;
  readonly givenName?: string;
  readonly surname?: string;
  readonly emailAddress: { readonly name?: string; readonly address: string };
  readonly companyName?: string;
  readonly categories: readonly string[];
};

export type ContactCreator = {
  createContact(draft: NewContact): Promise<Contact>;
  /** Looks a contact up by any of its addresses on the server, when the source can (Graph can). */
  findContactByEmail?(address: string): Promise<Contact | undefined>;
};

/** A contact to create from an imported file (a LinkedIn connection has often no address). */
export type ContactDraft = {
  readonly displayName: string;
  readonly givenName?: string;
  readonly surname?: string;
  readonly emailAddresses: readonly { readonly name?: string; readonly address: string }[];
  readonly companyName?: string;
  readonly jobTitle?: string;
  readonly businessHomePage?: string;
};

/** A contact folder the user can pick. The main Contacts folder has the id `DEFAULT_CONTACT_FOLDER`. */
export type ContactFolderChoice = { readonly id: string; readonly displayName: string };

export const DEFAULT_CONTACT_FOLDER = 'default';

/** Creating contacts from an import, in a folder the user picks, and deleting them again (undo). */
export type ContactImporter = {
  /** The main Contacts folder first, then the others. */
  listFolders(): Promise<ContactFolderChoice[]>;
  createContactIn(folderId: string, draft: ContactDraft): Promise<Contact>;
  /** Resolves false when the contact is already gone (deleted by hand since): nothing left to undo. */
  deleteContact(contactId: string): Promise<boolean>;
};

/** A reminder for the user (a Microsoft To Do task through Graph). */
export type Reminder = {
  readonly title: string;
  /** Plain text: why the reminder exists. */
  readonly note: string;
  /** The day it is due, YYYY-MM-DD. */
  readonly due: string;
};

export type ReminderSink = {
  createReminder(reminder: Reminder): Promise<{ readonly id: string }>;
};

/** 'strict': the write is on disk before it resolves (IndexedDB's durability hint); for a run's first record. */
export type JournalWrite = { readonly durability?: 'strict' | 'relaxed' };

/**
 * Runs, keyed by runId. The pane and the ribbon command write the same store at the same time: `update` is
 * an atomic read-modify-write of one run, so one writer never erases what the other wrote.
 */
export type JournalStore = {
  /** Stores a run whole (a new run). */
  save(run: RunJournal, options?: JournalWrite): Promise<void>;
  /**
   * Stores a new run unless `refuse`, shown every stored run (most recent first), names one that forbids it —
   * with no other write in between, so two writers starting at the same instant cannot both pass the check.
   * Resolves with the run that forbade it, or undefined once stored.
   */
  create(
    run: RunJournal,
    refuse: (stored: readonly RunJournal[]) => RunJournal | undefined,
    options?: JournalWrite,
  ): Promise<RunJournal | undefined>;
  /**
   * Reads a run and stores what `change` returns, with no other write in between; `change` returning
   * undefined leaves it as it is. Resolves with the run as stored afterwards.
   */
  update(
    runId: string,
    change: (stored: RunJournal | undefined) => RunJournal | undefined,
    options?: JournalWrite,
  ): Promise<RunJournal | undefined>;
  get(runId: string): Promise<RunJournal | undefined>;
  /** Most recent first. */
  list(): Promise<RunJournal[]>;
};

export type SettingsStore = {
  loadSettings(): Promise<Settings | undefined>;
  saveSettings(settings: Settings): Promise<void>;
  loadUserModel(): Promise<UserModel>;
  saveUserModel(model: UserModel): Promise<void>;
};

/** The current positions the user chose to use from an imported file, with where they came from. */
export type KeptPositions = {
  /** The file's name as the user picked it. */
  readonly file: string;
  /** When the user chose to use them (ISO instant). */
  readonly importedAt: string;
  readonly positions: readonly (readonly [contactId: string, position: CurrentPosition])[];
};

/**
 * What an import leaves for the next sessions of this mailbox: the current positions kept beside the cards
 * (never written to them) and the owner's company the user confirmed. Forgotten with the browser's data.
 */
export type ImportMemory = {
  loadPositions(): Promise<KeptPositions | undefined>;
  savePositions(kept: KeptPositions): Promise<void>;
  forgetPositions(): Promise<void>;
  loadOwnerCompany(): Promise<string | undefined>;
  saveOwnerCompany(company: string): Promise<void>;
};

export type { RunProgress };

/**
 * The last classified network of this mailbox, kept so that the next opening paints the review at once
 * (src/core/usecases/memory.ts says what is kept and reads it back). Forgotten with the browser's data.
 */
export type NetworkMemory = {
  /**
   * True when the kept network was already being read as the page started (this browser kept one for this
   * mailbox): the pane then paints it before it reads the mailbox again, rather than both at once on one
   * thread. Absent or false: the mailbox is read at once, beside the memory.
   */
  readonly readingAhead?: boolean;
  /** Undefined when nothing is kept or it was kept by another format; rejects when the record is unreadable. */
  load(): Promise<KeptNetwork | undefined>;
  save(kept: KeptNetwork): Promise<void>;
  forget(): Promise<void>;
  /**
   * The IndexedDB database the record lives in, when another thread of the page (the pane's engine worker)
   * can write it there itself; absent for memories only this thread reaches.
   */
  readonly database?: string;
};

export type { KeptNetwork };

/** A review choice not applied yet: the suggestion accepted, another circle picked, or the suggestion rejected. */
export type KeptChoice = {
  readonly verdict: 'accept' | 'change' | 'reject';
  readonly circle: CircleId;
  /** When the choice was made, and what the engine suggested then: undoing the choice puts both back. */
  readonly at?: string;
  readonly before?: Suggestion;
};

/**
 * The review's choices, kept per mailbox so that a pane closed and opened again (Outlook reloads it each time)
 * shows them as they were, with the changes still ready to apply. Forgotten with the browser's data.
 */
export type ChoicesMemory = {
  /** Undefined when nothing is kept, or a record this version cannot read. */
  load(): Promise<ReadonlyMap<string, KeptChoice> | undefined>;
  save(choices: ReadonlyMap<string, KeptChoice>): Promise<void>;
};
