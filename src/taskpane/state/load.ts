/**
 * Reading the network through the services (settings first, so the signals choice is honoured before any
 * message is read) and asking the engine for suggestions.
 */
import type { AppServices } from '../../app/services';
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

/** How far back mailbox signals are read: old enough to see former colleagues, bounded for speed. */
export const SIGNALS_YEARS = 3;

export function signalsWindowStart(now: Date): string {
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - SIGNALS_YEARS);
  return since.toISOString();
}

export async function loadNetwork(services: AppServices, onProgress: (p: ReadProgress) => void): Promise<LoadedNetwork> {
  const [stored, userModel, owner] = await Promise.all([
    services.settings.loadSettings(),
    services.settings.loadUserModel(),
    services.owner.getOwner(),
  ]);
  const settings = stored ?? defaultSettings(services.language, owner);
  const contacts = services.contacts.listContacts({ onProgress });
  const window = { since: signalsWindowStart(new Date()) };
  const [list, messages, events] = await Promise.all([
    contacts,
    settings.mailboxSignals === 'on' ? services.interactions.listMessages(window) : Promise.resolve([]),
    settings.mailboxSignals === 'on' ? services.interactions.listEvents(window) : Promise.resolve([]),
  ]);
  return { owner, contacts: list, events, messages, settings, userModel };
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
