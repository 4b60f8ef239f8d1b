/** The Office host as the app sees it: the port the Outlook host and the demo's simulated host implement. */
import type { EmailAddress } from '../../core/model';

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
