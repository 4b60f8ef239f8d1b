import { signalsWindow } from './signals-window';

describe('signalsWindow', () => {
  it('starts at midnight UTC 24 months back by default', () => {
    expect(signalsWindow(new Date('2026-11-27T15:42:00Z'))).toEqual({ since: '2024-11-27T00:00:00.000Z' });
  });

  it('follows the number of months the user chose, across year boundaries', () => {
    expect(signalsWindow(new Date('2026-02-10T01:00:00Z'), 3)).toEqual({ since: '2025-11-10T00:00:00.000Z' });
  });

  it('is the same for every moment of a day, so one read can be shared', () => {
    const morning = signalsWindow(new Date('2026-11-27T00:00:01Z'));
    const evening = signalsWindow(new Date('2026-11-27T23:59:59Z'));
    expect(morning).toEqual(evening);
  });
});
