import type { InteractionSource } from '../core/ports';
import { sharedInteractions } from './sharedInteractions';

function countingSource() {
  const calls: string[] = [];
  let fail = false;
  const source: InteractionSource = {
    listMessages: async (w) => {
      calls.push(`messages ${w.since}`);
      if (fail) throw new Error('down');
      return [];
    },
    listEvents: async (w) => {
      calls.push(`events ${w.since}`);
      return [];
    },
  };
  return { source, calls, failNext: (f: boolean) => (fail = f) };
}

describe('shared interactions', () => {
  test('two reads of the same window at start-up go to the source once', async () => {
    const { source, calls } = countingSource();
    const shared = sharedInteractions(source);
    const w = { since: '2023-11-27T00:00:00.000Z' };
    await Promise.all([shared.listMessages(w), shared.listMessages(w), shared.listEvents(w)]);
    expect(calls).toEqual(['messages 2023-11-27T00:00:00.000Z', 'events 2023-11-27T00:00:00.000Z']);
  });

  test('a different window, or a read after the time to live, reads again', async () => {
    const { source, calls } = countingSource();
    let now = 0;
    const shared = sharedInteractions(source, 1000, () => now);
    await shared.listMessages({ since: 'a' });
    await shared.listMessages({ since: 'b' });
    now = 5000;
    await shared.listMessages({ since: 'a' });
    expect(calls).toEqual(['messages a', 'messages b', 'messages a']);
  });

  test('a failed read is not served to the next caller', async () => {
    const { source, calls, failNext } = countingSource();
    const shared = sharedInteractions(source);
    failNext(true);
    await expect(shared.listMessages({ since: 'a' })).rejects.toThrow('down');
    failNext(false);
    await expect(shared.listMessages({ since: 'a' })).resolves.toEqual([]);
    expect(calls).toHaveLength(2);
  });
});
