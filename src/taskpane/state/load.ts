/**
 * Reading the network through the services (settings first, so the signals choice is honoured before any
 * message is read) and asking the engine for suggestions.
 */
import type { AppServices } from '../../app/services';
import { signalsWindow } from '../../app/signals';
import type { ClassifyInput, ClassifyResult } from '../../core/circles';
import type { Suggestion } from '../../core/circles/types';
import type { CalendarEvent, Contact, MessageHeader, Owner } from '../../core/model';
import type { ReadProgress } from '../../core/ports';
import type { Settings, UserModel } from '../../core/settings';
import { defaultSettings } from './defaults';

export type LoadedNetwork = {
  readonly owner: Owner;
  readonly contacts: readonly Contact[];
  readonly events: readonly CalendarEvent[];
  readonly messages: readonly MessageHeader[];
  readonly settings: Settings;
  readonly userModel: UserModel;
};

/** What the pane needs to show the contacts; the mailbox signals follow (see StagedNetwork). */
export type StagedNetwork = {
  readonly base: LoadedNetwork;
  /** Messages and events (empty when signals are off); the suggestions wait for them, the rows do not. */
  readonly signals: Promise<Pick<LoadedNetwork, 'messages' | 'events'>>;
};

/**
 * Reads in two stages so the first contact row does not wait for thousands of message headers: the
 * settings, the owner and the contacts first; the signals (only when the user allows them) go on meanwhile.
 */
export async function loadNetworkStaged(
  services: AppServices,
  onProgress: (p: ReadProgress) => void,
): Promise<StagedNetwork> {
  // Contacts do not depend on the settings: start reading them at once.
  const contacts = services.contacts.listContacts({ onProgress });
  contacts.catch(() => undefined); // awaited below; avoid an unhandled rejection while the settings load
  const [stored, userModel, owner] = await Promise.all([
    services.settings.loadSettings(),
    services.settings.loadUserModel(),
    services.owner.getOwner(),
  ]);
  const settings = stored ?? defaultSettings(services.language, owner);
  const window = signalsWindow(new Date(), settings.signalsMonths);
  const signals =
    settings.mailboxSignals === 'on'
      ? Promise.all([services.interactions.listMessages(window), services.interactions.listEvents(window)]).then(
          ([messages, events]) => ({
            messages,
            events,
          }),
        )
      : Promise.resolve({ messages: [], events: [] });
  signals.catch(() => undefined); // handled by the caller, possibly after the contacts
  return { base: { owner, contacts: await contacts, events: [], messages: [], settings, userModel }, signals };
}

/** Everything at once (settings, owner, contacts and signals). */
export async function loadNetwork(
  services: AppServices,
  onProgress: (p: ReadProgress) => void,
): Promise<LoadedNetwork> {
  const { base, signals } = await loadNetworkStaged(services, onProgress);
  return { ...base, ...(await signals) };
}

/** The engine's entry point; tests pass a scripted one so the UI is tested apart from the engine's judgement. */
export type Classifier = (input: ClassifyInput) => ClassifyResult;

/**
 * The engine, loaded apart from the first chunk (its vocabularies and domain tables weigh more than the
 * shell): it downloads while the contacts are being read.
 */
export function loadEngine(): Promise<Classifier> {
  return import(/* webpackChunkName: "engine" */ '../../core/circles/engine').then((m) => m.classify);
}

/** The engine's suggestions, by contact id. */
export function suggest(network: LoadedNetwork, engine: Classifier): ReadonlyMap<string, Suggestion> {
  const { owner, contacts, events, messages, settings, userModel } = network;
  const result = engine({
    mailbox: { owner: { ...owner, profile: settings.profile }, contacts, events, messages },
    taxonomy: settings.taxonomy,
    feedback: userModel.feedback,
    signals: settings.mailboxSignals,
  });
  return new Map(result.suggestions.map((s) => [s.contactId, s]));
}
