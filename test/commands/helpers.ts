/**
 * What the command tests share: a small Graph-shaped mailbox, the emulator on a free port, services over
 * it, an in-memory settings store, a scripted classifier, and an Outlook item mock that records the
 * notification messages in order.
 */
import { createGraphServices, type TokenProvider } from '../../src/adapters/graph';
import type { CommandServices } from '../../src/commands/categorise';
import { commandServices as servicesOf } from '../../src/commands/deps';
import { createMemoryJournal } from '../../src/core/changes';
import type { ClassifyInput, ClassifyResult } from '../../src/core/circles';
import type { CircleId, Feedback } from '../../src/core/circles/types';
import type { Settings, UserModel } from '../../src/core/settings';
import type { SettingsStore } from '../../src/core/ports';
import { createEmulator, type Emulator, type FaultRule } from '../../src/emulator';
import { strictNotificationMessages, type BarCall } from '../../src/adapters/office/testing/notificationBar';
import { OfficeMockObject } from '../../src/adapters/office/testing/office-mock';

const gc = (id: string, name: string, address: string, categories: string[] = []) => ({
  id,
  displayName: name,
  emailAddresses: [{ name, address }],
  categories,
});

/** Six contacts: confident clients and clubs, an unsure one, one already placed, one with a user tag, one unknown. */
export const smallMailbox = {
  format: 'circles-mailbox/1',
  owner: { displayName: 'Me', mail: 'me@owner.fr', preferredLanguage: 'fr-FR', profile: {} },
  contacts: [
    gc('c-client', 'Claire Client', 'claire@client.fr'),
    gc('c-club', 'Bruno Club', 'bruno@club.org', ['VIP']),
    gc('c-unsure', 'Ursule Unsure', 'ursule@somewhere.fr'),
    gc('c-set', 'Sam Set', 'sam@colleague.fr', ['Cercle · Collègues']),
    gc('c-rejected', 'Rita Rejected', 'rita@client.fr'),
    gc('c-none', 'Nina None', 'nina@gmail.com'),
  ],
  events: [],
  messages: [],
};

/** The engine's answers for the small mailbox: the tests are about the command, not the engine. */
export const scripted: Readonly<Record<string, { circle: CircleId | null; confidence: number }>> = {
  'c-client': { circle: 'clients', confidence: 0.95 },
  'c-club': { circle: 'clubs', confidence: 0.9 },
  'c-unsure': { circle: 'training', confidence: 0.4 },
  'c-set': { circle: 'clients', confidence: 0.99 },
  'c-rejected': { circle: 'clients', confidence: 0.95 },
  'c-none': { circle: null, confidence: 0 },
};

export function scriptedClassify(input: ClassifyInput): ClassifyResult {
  return {
    suggestions: input.mailbox.contacts.map((c) => ({
      contactId: c.id,
      circle: scripted[c.id]?.circle ?? null,
      confidence: scripted[c.id]?.confidence ?? 0,
      reasons: [],
      alternatives: [],
    })),
    profileCandidates: { employers: [], schools: [], trainings: [], clubs: [] },
  };
}

export function memorySettings(settings?: Settings, feedback: Feedback[] = []): SettingsStore {
  let model: UserModel = { feedback };
  let saved = settings;
  return {
    loadSettings: async () => saved,
    saveSettings: async (s) => {
      saved = s;
    },
    loadUserModel: async () => model,
    saveUserModel: async (m) => {
      model = m;
    },
  };
}

export type Running = { emulator: Emulator; url: string; close(): Promise<void> };

export async function startEmulator(mailbox: unknown = smallMailbox, latencyMs = 0): Promise<Running> {
  const emulator = createEmulator({ mailbox, latencyMs });
  const { url, close } = await emulator.listen();
  return { emulator, url, close };
}

export const okTokens: TokenProvider = { getToken: async () => 'test-token' };

/** The command's services over the emulator; retries wait no real time. */
export function commandServices(url: string, opts: { tokens?: TokenProvider; settings?: SettingsStore } = {}) {
  const graph = createGraphServices({
    baseUrl: url,
    tokens: opts.tokens ?? okTokens,
    sleep: async () => undefined,
    retry: { maxRetries: 2, maxThrottleRetries: 3, baseDelayMs: 1 },
  });
  const journal = createMemoryJournal();
  const services: CommandServices = servicesOf(graph, journal, opts.settings ?? memorySettings());
  return { services, graph, journal };
}

export type Notification = { op: 'replace' | 'remove'; key: string; type?: string; message?: string };

/** An Outlook read item (office-addin-mock) whose notification bar records every call, in order. */
export function installOutlookItem(displayLanguage = 'fr-FR') {
  const shown: Notification[] = [];
  const bar = {
    push: ({ op, key, details }: BarCall) =>
      shown.push({
        op,
        key,
        ...(details ? { type: String(details.type), message: String(details.message) } : {}),
      }),
  };
  const office = new OfficeMockObject({
    host: 'outlook',
    context: { displayLanguage, mailbox: { userProfile: { emailAddress: 'me@owner.fr' } } },
  }) as unknown as { context: { mailbox: { item: unknown } } };
  office.context.mailbox.item = {
    itemType: 'message',
    // Outlook's rules (key ≤ 32, message ≤ 150, icon on informational messages only): a breach throws.
    notificationMessages: strictNotificationMessages(bar),
  };
  (globalThis as { Office?: unknown }).Office = office;
  return {
    shown,
    uninstall: () => {
      delete (globalThis as { Office?: unknown }).Office;
    },
  };
}

/** An ExecuteFunction event whose completed() calls are counted. */
export function commandEvent() {
  const event = { completed: jest.fn() };
  return event;
}

export type { FaultRule };
