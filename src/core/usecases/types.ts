import type { CalendarEvent, Contact, MessageHeader, Owner } from '../model';
import type { ChangeDeps } from '../changes/run';
import type { ContactSource, InteractionSource, OwnerSource, SettingsStore } from '../ports';
import type { Settings, UserModel } from '../settings';

/** The ports the use cases read and write through; the taskpane's services and the command's fit. */
export type NetworkPorts = {
  readonly owner: OwnerSource;
  readonly contacts: ContactSource;
  readonly interactions: InteractionSource;
  readonly settings: SettingsStore;
};

/** What a journaled run writes through (the writer, the journal, the master categories, a clock). */
export type RunPorts = ChangeDeps;

/**
 * The user's network as read: the owner as the mailbox knows them (their saved profile lives in
 * `settings.profile`, see mailboxOf), contacts, mailbox signals, settings and the user's feedback.
 */
export type Network = {
  readonly owner: Owner;
  readonly contacts: readonly Contact[];
  readonly events: readonly CalendarEvent[];
  readonly messages: readonly MessageHeader[];
  readonly settings: Settings;
  readonly userModel: UserModel;
};
