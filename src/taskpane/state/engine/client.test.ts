import { defaultSettings } from '../../../core/settings';
import type { ClassifyInput } from '../../../core/circles/engine';
import type { Network } from '../../../core/usecases/types';
import type { Classifier } from '../../../core/usecases/suggest';
import { contact } from '../../testing/fakeServices';
import { createEngineClient, Superseded } from './client';
import { SLICE } from './protocol';

const network = (count: number): Network => ({
  owner: {
    displayName: 'Owner',
    mail: 'owner@acme.fr',
    profile: { employers: [], schools: [], trainings: [], clubs: [] },
  },
  contacts: Array.from({ length: count }, (_, i) => contact(`c${i}`, `Person ${i}`)),
  messages: [],
  events: [],
  settings: { ...defaultSettings('en', { employers: [], schools: [], trainings: [], clubs: [] }), onboarding: 'done' },
  userModel: { feedback: [] },
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
    expect(all.map((s) => s.contactId)).toEqual(network(n).contacts.map((c) => c.id));
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
    await expect(second).resolves.toHaveLength(3);
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
});
