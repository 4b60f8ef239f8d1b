import type { Mailbox } from '../model';
import { fileNow, windowedMailbox } from './network';

const person = { name: 'Lou', address: 'lou@example.org' };
const mailbox: Mailbox = {
  owner: { displayName: 'Me', mail: 'me@example.org' },
  contacts: [],
  messages: [
    {
      id: 'old',
      subject: 'Old',
      sentDateTime: '2024-11-14T23:59:59Z',
      from: person,
      toRecipients: [],
      ccRecipients: [],
    },
    {
      id: 'edge',
      subject: 'Edge',
      sentDateTime: '2024-11-15T00:00:00Z',
      from: person,
      toRecipients: [],
      ccRecipients: [],
    },
    { id: 'undated', subject: 'Undated', from: person, toRecipients: [], ccRecipients: [] },
    {
      id: 'last',
      subject: 'Last',
      sentDateTime: '2026-11-14T23:57:10Z',
      from: person,
      toRecipients: [],
      ccRecipients: [],
    },
  ],
  events: [
    { id: 'ended', subject: 'Ended', start: '2024-11-14T09:00:00', end: '2024-11-15T00:00:00', attendees: [] },
    { id: 'overlaps', subject: 'Overlaps', start: '2024-11-14T23:00:00', end: '2024-11-15T01:00:00', attendees: [] },
  ],
} as unknown as Mailbox;

describe('a file read as the pane reads a mailbox', () => {
  it('is read at the start of the UTC day after its last message or meeting', () => {
    expect(fileNow(mailbox)?.toISOString()).toBe('2026-11-15T00:00:00.000Z');
    expect(fileNow({ messages: [], events: [] })).toBeUndefined();
  });

  it('keeps the messages sent since the window’s start and the meetings that overlap it, as Graph filters them', () => {
    const w = windowedMailbox(mailbox, 24);
    expect(w.messages.map((m) => m.id)).toEqual(['edge', 'undated', 'last']);
    expect(w.events.map((e) => e.id)).toEqual(['overlaps']);
    expect(windowedMailbox(mailbox, 60).messages).toHaveLength(4);
  });
});
