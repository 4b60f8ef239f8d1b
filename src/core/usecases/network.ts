/**
 * Reading the network: settings first (so the signals choice is honoured before any message is read), the
 * window they ask for, the contacts and the signals, and the owner with the profile the user saved.
 */
import type { CalendarEvent, Language, Mailbox, MessageHeader, OwnerProfile } from '../model';
import type { Cancellable, ReadProgress } from '../ports';
import { defaultSettings, type Settings, type UserModel } from '../settings';
import { signalsWindow } from '../signals-window';
import { instant, latestInstant } from '../ties/time';
import type { Network, NetworkPorts } from './types';

export type Signals = { readonly messages: readonly MessageHeader[]; readonly events: readonly CalendarEvent[] };

/** The network without its signals yet, and the signals on their way (empty when the user turned them off). */
export type StagedNetwork = {
  readonly base: Network;
  readonly signals: Promise<Signals>;
};

export type ReadOptions = {
  /** The host's language: the first-run settings' category prefix follows it. */
  readonly language: Language;
  readonly now?: Date;
  readonly onProgress?: (p: ReadProgress) => void;
  /**
   * A failed signal read this returns true for counts as no signals (e.g. no consent to read mail yet);
   * any other failure rejects `signals`.
   */
  readonly tolerate?: (error: unknown) => boolean;
} & Cancellable;

/** The saved settings, else the first-run ones for this owner. */
export function settingsOrDefault(stored: Settings | undefined, language: Language, profile: OwnerProfile): Settings {
  return stored ?? defaultSettings(language, profile);
}

/**
 * Reads in two stages so the first contact row does not wait for thousands of message headers: the
 * settings, the owner and the contacts first; the signals (only when the user allows them) go on meanwhile.
 */
export async function readNetwork(ports: NetworkPorts, options: ReadOptions): Promise<StagedNetwork> {
  const cancel = options.signal ? { signal: options.signal } : {};
  // Contacts do not depend on the settings: start reading them at once.
  const contacts = ports.contacts.listContacts({
    ...cancel,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  contacts.catch(() => undefined); // awaited below; avoid an unhandled rejection while the settings load
  const [stored, userModel, owner] = await Promise.all([
    ports.settings.loadSettings(),
    ports.settings.loadUserModel(),
    ports.owner.getOwner(),
  ]);
  const settings = settingsOrDefault(stored, options.language, owner.profile);
  const signals = readSignals(ports, settings, options);
  signals.catch(() => undefined); // handled by the caller, possibly after the contacts
  return { base: { owner, contacts: await contacts, events: [], messages: [], settings, userModel }, signals };
}

/** The signals of the window the settings ask for (again after the user widened or narrowed it). */
export function readSignals(
  ports: Pick<NetworkPorts, 'interactions'>,
  settings: Settings,
  options: Omit<ReadOptions, 'language' | 'onProgress'>,
): Promise<Signals> {
  if (settings.mailboxSignals !== 'on') return Promise.resolve({ messages: [], events: [] });
  const window = signalsWindow(options.now ?? new Date(), settings.signalsMonths);
  const cancel = options.signal ? { signal: options.signal } : {};
  const guard = <T>(read: Promise<T[]>): Promise<T[]> =>
    options.tolerate ? read.catch((error: unknown) => (options.tolerate!(error) ? [] : Promise.reject(error))) : read;
  return Promise.all([
    guard(ports.interactions.listMessages(window, cancel)),
    guard(ports.interactions.listEvents(window, cancel)),
  ]).then(([messages, events]) => ({ messages, events }));
}

/** The network of a file (CLI): no stores, so the first-run settings and no feedback. */
export function networkOfMailbox(mailbox: Mailbox, language: Language, overrides: Partial<Settings> = {}): Network {
  return {
    owner: mailbox.owner,
    contacts: mailbox.contacts,
    events: mailbox.events,
    messages: mailbox.messages,
    settings: { ...defaultSettings(language, mailbox.owner.profile), ...overrides },
    userModel: emptyUserModel,
  };
}

/**
 * The "now" a file is read at when it is read as the pane reads a mailbox: the start of the UTC day after its
 * latest message or meeting (the demo moves its mailbox's dates so that message is yesterday's; the pane's
 * now is today). Undefined for a file with no dated signal.
 */
export function fileNow(mailbox: Pick<Mailbox, 'messages' | 'events'>): Date | undefined {
  const latest = latestInstant(mailbox);
  if (!Number.isFinite(latest)) return undefined;
  const day = new Date(latest);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 1));
}

/**
 * The mailbox as the pane reads it with a signals window of `months`: the messages sent since the window's
 * start (Graph's `sentDateTime ge`), the meetings that end after it (calendarView's overlap). Undated ones
 * stay, as Graph would not filter them out of a file either. The contacts are untouched.
 */
export function windowedMailbox(mailbox: Mailbox, months: number, now: Date | undefined = fileNow(mailbox)): Mailbox {
  if (!now) return mailbox;
  const since = instant(signalsWindow(now, months).since);
  const undated = (iso: string | undefined) => !iso || Number.isNaN(instant(iso));
  return {
    ...mailbox,
    messages: mailbox.messages.filter((m) => undated(m.sentDateTime) || instant(m.sentDateTime) >= since),
    events: mailbox.events.filter((e) => undated(e.end ?? e.start) || instant(e.end ?? e.start) > since),
  };
}

const emptyUserModel: UserModel = { feedback: [] };

/** The mailbox the engine reads: the owner carries the profile the user saved in the settings. */
export function mailboxOf(network: Network): Mailbox {
  const { owner, contacts, events, messages, settings } = network;
  return { owner: { ...owner, profile: settings.profile }, contacts, events, messages };
}
