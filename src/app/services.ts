/**
 * What the taskpane and the command need from the outside world, assembled by the composition root
 * (src/app/compose*.ts) for a run in Outlook or in the demo. Components read it through one React context.
 */
import type { EmailAddress, Language } from '../core/model';
import type { SignalsConsentControl } from './consent';
import type {
  CategoryStore,
  ContactCreator,
  ContactSource,
  ContactWriter,
  InteractionSource,
  JournalStore,
  OwnerSource,
  SettingsStore,
} from '../core/ports';

export type MessagePerson = {
  readonly name?: string;
  readonly address: string;
  readonly role: 'from' | 'to' | 'cc';
};

export type OpenMessage = {
  readonly id?: string;
  readonly subject: string;
  readonly people: readonly MessagePerson[];
};

export type MessageDraft = {
  readonly to: readonly EmailAddress[];
  readonly subject: string;
  readonly htmlBody: string;
};

/** The Office host as the app sees it; in demo mode a simulated host plays the part. */
export type OfficeHost = {
  readonly kind: 'outlook' | 'demo';
  /** The message being read (read mode), or null when the pane is not next to a message. */
  currentMessage(): Promise<OpenMessage | null>;
  /** Calls back when the user moves to another message with the pane pinned; returns an unsubscribe. */
  onItemChanged(callback: () => void): () => void;
  displayNewMessageForm(draft: MessageDraft): void;
  /** Office's display language (e.g. "fr-FR"). */
  displayLanguage(): string;
  theme(): 'light' | 'dark';
};

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
  readonly journal: JournalStore;
  readonly settings: SettingsStore;
  /** Present where consent to the signal scopes can be asked again (Outlook, not the demo). */
  readonly signalsConsent?: SignalsConsentControl;
};
