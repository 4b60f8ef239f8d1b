/**
 * What the taskpane and the command need from the outside world, assembled by the composition root
 * (src/app/compose*.ts) for a run in Outlook or in the demo. Components read it through one React context.
 */
import type { OfficeHost } from '../adapters/office/types';
import type { Language } from '../core/model';
import type { SignalsConsentControl } from './consent';
import type { PacingSignal } from './pacing';
import type {
  CategoryStore,
  ContactCreator,
  ContactImporter,
  ContactSource,
  ContactWriter,
  ImportMemory,
  InteractionSource,
  JournalStore,
  NetworkMemory,
  ChoicesMemory,
  OwnerSource,
  ReminderSink,
  SettingsStore,
} from '../core/ports';

export type { MessageDraft, MessagePerson, OfficeHost, OpenMessage } from '../adapters/office/types';

export type AppServices = {
  readonly mode: 'outlook' | 'demo';
  readonly language: Language;
  readonly office: OfficeHost;
  readonly owner: OwnerSource;
  readonly contacts: ContactSource;
  readonly interactions: InteractionSource;
  readonly categories: CategoryStore;
  readonly writer: ContactWriter;
  readonly creator: ContactCreator;
  /** Creating contacts from an imported file (Graph); absent where the host cannot create contacts. */
  readonly importer?: ContactImporter;
  readonly journal: JournalStore;
  readonly settings: SettingsStore;
  /** What an import leaves for the next sessions (positions in use, confirmed company); absent in old fakes. */
  readonly importMemory?: ImportMemory;
  /** The last classified network of this mailbox, painted at the next opening; absent in old fakes. */
  readonly networkMemory?: NetworkMemory;
  /** The review's choices not applied yet, shown again at the next opening; absent in old fakes. */
  readonly choicesMemory?: ChoicesMemory;
  /** Present where consent to the signal scopes can be asked again (Outlook, not the demo). */
  readonly signalsConsent?: SignalsConsentControl;
  /**
   * Forgets what this browser keeps for the mailbox (settings, corrections, journal, sync links, the kept network); Outlook's
   * contacts and categories are not touched. The pane reloads afterwards and starts with the onboarding.
   */
  readonly resetLocalData?: () => Promise<void>;
  /** Waits the Graph adapter makes for Outlook's request budget, shown by the pane while they last. */
  readonly pacing?: PacingSignal;
  /** Microsoft To Do through Graph (Tasks.ReadWrite, asked for only once the user opts in). */
  readonly reminders?: ReminderSink;
};
