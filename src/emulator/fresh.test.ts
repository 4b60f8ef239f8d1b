import { freshenMailbox } from './fresh';

const doc = {
  format: 'circles-mailbox/1',
  owner: { mail: 'me@x.fr' },
  contacts: [{ id: 'c1', createdDateTime: '2024-01-10T08:00:00Z' }],
  messages: [
    { id: 'm1', subject: 'Old', sentDateTime: '2024-03-01T09:30:00Z' },
    { id: 'm2', subject: 'Latest', sentDateTime: '2026-01-15T18:45:10Z' },
  ],
  events: [
    {
      id: 'e1',
      subject: 'Forum',
      start: { dateTime: '2025-06-02T10:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2025-06-02T12:00:00.0000000', timeZone: 'UTC' },
    },
  ],
};

describe('freshenMailbox', () => {
  it('moves every date forward by whole days so the latest message is dated yesterday', () => {
    const fresh = freshenMailbox(doc, new Date('2026-11-27T12:00:00Z'));
    // 2026-01-15 18:45 → 2026-11-26 18:45: 315 whole days later, time of day kept.
    expect(fresh.messages.map((m) => m.sentDateTime)).toEqual(['2025-01-10T09:30:00Z', '2026-11-26T18:45:10Z']);
    expect(fresh.events[0]!.start.dateTime).toBe('2026-04-13T10:00:00.0000000');
    expect(fresh.events[0]!.end.dateTime).toBe('2026-04-13T12:00:00.0000000');
    expect(fresh.contacts[0]!.createdDateTime).toBe('2024-11-20T08:00:00Z');
  });

  it('lands the latest message on the day before today whatever the hour (the CLI’s --months counts from that day)', () => {
    for (const now of ['2026-11-27T00:05:00Z', '2026-11-27T23:55:00Z']) {
      const fresh = freshenMailbox(doc, new Date(now));
      expect(fresh.messages[1]!.sentDateTime).toBe('2026-11-26T18:45:10Z');
    }
  });

  it('keeps the gaps between dates exactly', () => {
    const fresh = freshenMailbox(doc, new Date('2030-05-05T00:00:00Z'));
    const gap = (d: typeof doc) => Date.parse(d.messages[1]!.sentDateTime) - Date.parse(d.messages[0]!.sentDateTime);
    expect(gap(fresh)).toBe(gap(doc));
  });

  it('leaves a recent mailbox, and its input, untouched', () => {
    const snapshot = JSON.stringify(doc);
    expect(freshenMailbox(doc, new Date('2026-01-16T00:00:00Z'))).toBe(doc);
    freshenMailbox(doc, new Date('2029-01-01T00:00:00Z'));
    expect(JSON.stringify(doc)).toBe(snapshot);
  });
});
