import { defaultTaxonomy } from '../circles/taxonomy';
import type { Contact, Owner } from '../model';
import type { NetworkPorts } from './types';
import { readNetwork, mailboxOf, networkOfMailbox } from './network';
import { planAssignments } from './apply';
import { resolveLanguage } from './language';
import { circlesForRanking } from './shortlist';
import type { Settings } from '../settings';

const profile = { employers: [{ name: 'Acme' }], schools: [], trainings: [], clubs: [] };
const owner: Owner = { displayName: 'O', mail: 'o@acme.fr', profile: { ...profile, employers: [] } };
const contact = (id: string, categories: string[] = []): Contact => ({
  id,
  displayName: id.toUpperCase(),
  emailAddresses: [{ address: `${id}@example.com` }],
  businessPhones: [],
  homePhones: [],
  categories,
});

function ports(options: { settings?: Partial<Settings>; failMessages?: unknown } = {}) {
  const reads: string[] = [];
  const p: NetworkPorts = {
    owner: { getOwner: async () => owner },
    contacts: {
      listContacts: async () => {
        reads.push('contacts');
        return [contact('a')];
      },
    },
    interactions: {
      listMessages: async (w) => {
        reads.push(`messages since ${w.since}`);
        if (options.failMessages) throw options.failMessages;
        return [];
      },
      listEvents: async () => {
        reads.push('events');
        return [];
      },
    },
    settings: {
      loadSettings: async () =>
        options.settings
          ? {
              ...networkOfMailbox({ owner, contacts: [], events: [], messages: [] }, 'fr').settings,
              ...options.settings,
            }
          : undefined,
      saveSettings: async () => undefined,
      loadUserModel: async () => ({ feedback: [] }),
      saveUserModel: async () => undefined,
    },
  };
  return { p, reads };
}

describe('the use cases', () => {
  test('language: the setting wins, then an explicit fr/en request, then the locale; anything else is English', () => {
    expect(resolveLanguage({ setting: 'fr', requested: 'en', locale: 'en-US' })).toBe('fr');
    expect(resolveLanguage({ setting: 'auto', requested: 'en', locale: 'fr-FR' })).toBe('en');
    expect(resolveLanguage({ setting: 'auto', requested: 'de', locale: 'fr-CA' })).toBe('fr');
    expect(resolveLanguage({ locale: 'de-DE' })).toBe('en');
    expect(resolveLanguage({})).toBe('en');
  });

  test('a first run gets default settings in the host language and reads the signals of the default window', async () => {
    const { p, reads } = ports();
    const staged = await readNetwork(p, { language: 'fr', now: new Date('2026-03-15T10:00:00Z') });
    await staged.signals;
    expect(staged.base.settings.categoryPrefix).toBe('Cercle · ');
    expect(reads).toEqual(expect.arrayContaining(['contacts', 'messages since 2024-03-15T00:00:00.000Z', 'events']));
  });

  test('signals turned off in the settings are never read', async () => {
    const { p, reads } = ports({ settings: { mailboxSignals: 'off' } });
    const staged = await readNetwork(p, { language: 'en' });
    await expect(staged.signals).resolves.toEqual({ messages: [], events: [] });
    expect(reads).toEqual(['contacts']);
  });

  test('a failed signal read rejects, unless the caller tolerates that failure', async () => {
    const denied = Object.assign(new Error('denied'), { status: 403 });
    const strict = await readNetwork(ports({ failMessages: denied }).p, { language: 'en' });
    await expect(strict.signals).rejects.toThrow('denied');
    const lenient = await readNetwork(ports({ failMessages: denied }).p, {
      language: 'en',
      tolerate: (e) => (e as { status?: number }).status === 403,
    });
    await expect(lenient.signals).resolves.toEqual({ messages: [], events: [] });
  });

  test('the engine reads the owner with the profile saved in the settings', async () => {
    const { p } = ports({ settings: { profile } });
    const { base } = await readNetwork(p, { language: 'en' });
    expect(mailboxOf(base).owner.profile).toEqual(profile);
  });

  test('a plan writes only the master categories its changes use, and counts contacts already right', () => {
    const network = networkOfMailbox(
      { owner, contacts: [contact('a'), contact('b', ['Circle · Clients & partners'])], events: [], messages: [] },
      'en',
    );
    const plan = planAssignments(
      network,
      new Map([
        ['a', 'clients'],
        ['b', 'clients'],
        ['ghost', 'family-friends'],
      ]),
      'en',
    );
    expect(plan.changes.map((c) => [c.contactId, c.after])).toEqual([['a', ['Circle · Clients & partners']]]);
    expect(plan.specs.map((s) => s.displayName)).toEqual(['Circle · Clients & partners']);
    expect(plan.unchanged).toBe(1);
    expect(defaultTaxonomy.length).toBeGreaterThan(plan.specs.length);
  });

  test('the shortlist ranks by the circle set in Outlook first, else the suggestion, else none', () => {
    const mailbox = { owner, contacts: [contact('a'), contact('b'), contact('c')], events: [], messages: [] };
    const circles = circlesForRanking({
      mailbox,
      suggestions: [
        { contactId: 'a', circle: 'clients', confidence: 0.9, reasons: [], alternatives: [] },
        { contactId: 'b', circle: 'clubs', confidence: 0.9, reasons: [], alternatives: [] },
      ],
      currentCircle: (id) => (id === 'b' ? 'colleagues' : undefined),
    });
    expect([...circles]).toEqual([
      ['a', 'clients'],
      ['b', 'colleagues'],
      ['c', null],
    ]);
  });
});
