import 'fake-indexeddb/auto'; // the page's IndexedDB, which the engine reaches too
import { createIndexedDbStores } from '../../../adapters/storage/indexeddb';
import { defaultSettings } from '../../../core/settings';
import type { ClassifyInput } from '../../../core/circles/engine';
import type { Network } from '../../../core/usecases/types';
import type { Contact } from '../../../core/model';
import type { Classifier } from '../../../core/usecases/suggest';
import type { Reason, Suggestion } from '../../../core/circles/types';
import { interpretAmbition } from '../../../core/ambitions';
import { contact } from '../../testing/fakeServices';
import { createEngineClient, Superseded } from './client';
import { SLICE } from './protocol';

const network = (count: number, extra: (i: number) => Partial<Contact> = () => ({})): Network => ({
  owner: {
    displayName: 'Owner',
    mail: 'owner@acme.fr',
    profile: { employers: [], schools: [], trainings: [], clubs: [] },
  },
  contacts: Array.from({ length: count }, (_, i) => contact(`c${i}`, `Person ${i}`, extra(i))),
  messages: [],
  events: [],
  settings: { ...defaultSettings('en', { employers: [], schools: [], trainings: [], clubs: [] }), onboarding: 'done' },
  userModel: { feedback: [] },
});

const message = (from: string) => ({
  id: `m-${from}`,
  subject: 'Point',
  sentDateTime: '2026-05-01T10:00:00Z',
  from: { address: `${from}@example.com` },
  toRecipients: [{ address: 'owner@acme.fr' }],
  ccRecipients: [],
});

/** Everyone a colleague; records what it was given. */
function recording(): Classifier & { inputs: ClassifyInput[] } {
  const inputs: ClassifyInput[] = [];
  const classify: Classifier = (input) => {
    inputs.push(input);
    return {
      suggestions: input.mailbox.contacts.map((c) => ({
        contactId: c.id,
        circle: 'colleagues' as const,
        confidence: 0.9,
        reasons: [],
        alternatives: [],
      })),
      profileCandidates: { employers: [], schools: [], trainings: [], clubs: [] },
    };
  };
  return Object.assign(classify, { inputs });
}

describe('the pane engine client (in-thread, the same messages as the worker)', () => {
  test('the whole mailbox crosses in slices and the suggestions come back in slices, in order', async () => {
    const classify = recording();
    const client = createEngineClient(classify);
    const n = SLICE * 2 + 7;
    const parts: number[] = [];
    const all = await client.suggest(network(n), new Map(), (part) => parts.push(part.length));
    expect(parts).toEqual([SLICE, SLICE, 7]);
    expect([...all.keys()]).toEqual(network(n).contacts.map((c) => c.id));
    expect(classify.inputs[0]?.mailbox.contacts).toHaveLength(n);
    client.dispose();
  });

  test('a later request supersedes one not yet run; only the latest is classified', async () => {
    const classify = recording();
    const client = createEngineClient(classify);
    const net = network(3);
    const first = client.suggest(net, new Map());
    const second = client.suggest({ ...net, userModel: { feedback: [] } }, new Map());
    await expect(first).rejects.toBeInstanceOf(Superseded);
    expect((await second).size).toBe(3);
    expect(classify.inputs).toHaveLength(1);
    client.dispose();
  });

  test('a new mailbox replaces the old one in the engine (nothing of the old is kept)', async () => {
    const classify = recording();
    const client = createEngineClient(classify);
    await client.suggest(network(SLICE + 1), new Map());
    await client.suggest(network(2), new Map());
    expect(classify.inputs.map((i) => i.mailbox.contacts.length)).toEqual([SLICE + 1, 2]);
    client.dispose();
  });

  test('an engine failure rejects with its message', async () => {
    const client = createEngineClient(() => {
      throw new Error('engine broke');
    });
    await expect(client.suggest(network(1), new Map())).rejects.toThrow('engine broke');
    client.dispose();
  });

  test('the ties read each contact as the user sees it: its category wins over the suggestion', async () => {
    const client = createEngineClient(recording());
    const net = network(2);
    const shown = await client.suggest(net, new Map());
    const report = await client.ties(net, shown, (id) => (id === 'c0' ? 'clients' : undefined), Date.now());
    expect(report.rows.map((r) => [r.contactId, r.circle])).toEqual([
      ['c0', 'clients'],
      ['c1', 'colleagues'],
    ]);
    client.dispose();
  });

  test('the map’s strongest ties are found in each contact’s circle as the user sees it', async () => {
    const client = createEngineClient(recording());
    const base = network(3);
    const wrote = (id: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `${id}-${i}`,
        subject: 'Point',
        sentDateTime: '2026-05-01T10:00:00Z',
        from: { address: `${id}@example.com` },
        toRecipients: [{ address: 'owner@acme.fr' }],
        ccRecipients: [],
      }));
    const net = { ...base, messages: [...wrote('c0', 1), ...wrote('c1', 3), ...wrote('c2', 2)] };
    const shown = await client.suggest(net, new Map());
    const strongest = await client.strongest(net, shown, (id) => (id === 'c2' ? 'clients' : undefined), 5);
    const ids = (circle: 'colleagues' | 'clients') => strongest.get(circle)?.map((t) => t.contactId);
    expect(ids('colleagues')).toEqual(['c1', 'c0']);
    expect(ids('clients')).toEqual(['c2']);
    client.dispose();
  });

  test('suggestions the engine did not make (a test’s, merged ones) are sent and used', async () => {
    const client = createEngineClient(recording());
    const net = network(2);
    await client.suggest(net, new Map());
    const mine = new Map<string, Suggestion>([['c1', suggestion('c1', 'family-friends')]]);
    const report = await client.ties(net, mine, () => undefined, Date.now());
    expect(report.rows.map((r) => r.circle ?? null)).toEqual([null, 'family-friends']);
    client.dispose();
  });

  test('a later job supersedes the earlier one of its kind only', async () => {
    const client = createEngineClient(recording());
    const net = network(2);
    const classified = client.suggest(net, new Map());
    // Behind the classification, the first is still waiting when the second comes.
    const none = new Map<string, Suggestion>();
    const first = client.ties(net, none, () => undefined, 1);
    const second = client.ties(net, none, () => undefined, 2);
    await expect(first).rejects.toBeInstanceOf(Superseded);
    expect((await second).now).toBe(2);
    expect((await classified).size).toBe(2);
    client.dispose();
  });

  test('the shortlist ranks only the members of the chosen sub-circle', async () => {
    const client = createEngineClient(recording());
    const net = network(4, () => ({ companyName: 'Voltalia', jobTitle: 'Directrice des achats' }));
    const shown = await client.suggest(net, new Map());
    const interpretation = interpretAmbition('Me lancer dans les énergies renouvelables');
    const all = await client.shortlist(net, shown, () => undefined, { interpretation, limit: 10 });
    expect(all.contacts).toHaveLength(4);
    const only = await client.shortlist(net, shown, () => undefined, {
      interpretation,
      limit: 10,
      only: new Set(['c1', 'c3']),
    });
    expect(only.contacts.map((e) => e.contactId).sort()).toEqual(['c1', 'c3']);
    client.dispose();
  });

  test('the sub-circles group the colleagues of one department, leaving out one the user placed elsewhere', async () => {
    const client = createEngineClient(recording());
    const net = network(5, () => ({ department: 'Finance' }));
    const shown = await client.suggest(net, new Map());
    const { named } = await client.subcircles(net, shown, (id) => (id === 'c4' ? 'family-friends' : undefined), 'en');
    expect(named.map((g) => [...g.members].sort())).toEqual([['c0', 'c1', 'c2', 'c3']]);
    client.dispose();
  });

  test('the look-back finds older evidence for a contact the engine abstains on within the window', async () => {
    const client = createEngineClient(bySender);
    const net = network(2);
    const shown = await client.suggest(net, new Map());
    expect([...shown.values()].map((s) => s.circle)).toEqual([null, null]);
    const lookBack = { messages: [older('2019-03-01T10:00:00Z'), older('2021-06-01T10:00:00Z')], events: [] };
    const outside = await client.outside(net, shown, lookBack);
    expect([...outside.evidence]).toEqual([
      ['c0', { circle: 'classmates', from: '2019-03-01T10:00:00Z', to: '2021-06-01T10:00:00Z' }],
    ]);
    client.dispose();
  });

  test('cards that may be one person come back as groups, in the contacts’ order', async () => {
    const client = createEngineClient(recording());
    const net = network(3, (i) => (i === 2 ? { emailAddresses: [{ address: 'c0@example.com' }] } : {}));
    expect(await client.duplicates(net)).toEqual([['c0', 'c2']]);
    client.dispose();
  });

  test('the duplicates read the contacts alone: the signals coming after them neither supersede nor resend them', async () => {
    const classify = recording();
    const client = createEngineClient(classify);
    const net = network(3, (i) => (i === 2 ? { emailAddresses: [{ address: 'c0@example.com' }] } : {}));
    const twins = client.duplicates(net);
    const withSignals = { ...net, messages: [message('c1')] };
    const shown = client.suggest(withSignals, new Map());
    // Asked again over the mailbox with signals (the same contacts): answered from the mailbox the engine holds.
    const again = client.duplicates({ ...withSignals, userModel: { feedback: [] } });
    expect(await twins).toEqual([['c0', 'c2']]);
    expect((await shown).size).toBe(3);
    expect(await again).toEqual([['c0', 'c2']]);
    await client.suggest(withSignals, new Map());
    // The contacts crossed once: both classifications read the very list the engine received first.
    expect(classify.inputs.map((i) => i.mailbox.messages.length)).toEqual([1, 1]);
    expect(classify.inputs[1]?.mailbox.contacts).toBe(classify.inputs[0]?.mailbox.contacts);
    client.dispose();
  });

  test('the engine keeps the network in the database named, from the contacts and suggestions it holds', async () => {
    const client = createEngineClient(recording());
    const net = network(SLICE + 2);
    const shown = await client.suggest(net, new Map());
    const owner = { ...net.owner, displayName: 'Owner as the mailbox says' };
    await client.keep({ ...net, owner }, shown, 'circles-kept-by-engine');
    const stores = createIndexedDbStores('circles-kept-by-engine');
    const kept = await stores.networkMemory.load();
    stores.close();
    expect(kept?.owner.displayName).toBe('Owner as the mailbox says');
    expect(kept?.contacts.map((c) => c.id)).toEqual(net.contacts.map((c) => c.id));
    expect(kept?.suggestions).toEqual([...shown.values()]);
    client.dispose();
  });

  test('a job that fails rejects with its message, and the next jobs still run', async () => {
    const client = createEngineClient((input) => {
      if (input.mailbox.messages.length > 0) throw new Error('the look-back broke');
      return bySender(input);
    });
    const net = network(1);
    const shown = await client.suggest(net, new Map());
    const lookBack = { messages: [older('2020-01-01T00:00:00Z')], events: [] };
    await expect(client.outside(net, shown, lookBack)).rejects.toThrow('the look-back broke');
    await expect(client.ties(net, shown, () => undefined, 1)).resolves.toMatchObject({ now: 1 });
    client.dispose();
  });
});

const suggestion = (contactId: string, circle: Suggestion['circle']): Suggestion => ({
  contactId,
  circle,
  confidence: circle ? 0.9 : 0,
  reasons: [],
  alternatives: [],
});

const reason = (evidence: string): Reason => ({
  circle: 'classmates',
  field: 'message',
  kind: 'keyword',
  evidence,
  weight: 1,
});

const older = (at: string) => ({
  id: at,
  subject: 'Reunion',
  sentDateTime: at,
  from: { address: 'c0@example.com' },
  toRecipients: [],
  ccRecipients: [],
});

/** A classmate for each contact who wrote a message (its subject quoted as the reason); nobody else. */
const bySender: Classifier = (input) => ({
  suggestions: input.mailbox.contacts.map((c) => {
    const m = input.mailbox.messages.find((x) => x.from?.address === c.emailAddresses[0]?.address);
    return m
      ? {
          ...suggestion(c.id, 'classmates'),
          reasons: [reason(m.subject)],
        }
      : suggestion(c.id, null);
  }),
  profileCandidates: { employers: [], schools: [], trainings: [], clubs: [] },
});
