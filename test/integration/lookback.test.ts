/**
 * What the window leaves out, read through the Graph adapter against the emulator: two requests whatever
 * the mailbox's size, the most recent first, and how far back they reached when there was more.
 */
import { graphFor, startEmulator, type Running } from './graph-helpers';

const me = { emailAddress: { name: 'Me', address: 'me@example.org' } };
const lou = { emailAddress: { name: 'Lou', address: 'lou@example.org' } };
const msg = (id: string, sentDateTime: string) => ({
  id,
  subject: `Minutes ${id}`,
  sentDateTime,
  from: me,
  toRecipients: [lou],
  ccRecipients: [],
});
const meeting = (id: string, start: string) => ({
  id,
  subject: `Meeting ${id}`,
  start: { dateTime: start, timeZone: 'UTC' },
  end: { dateTime: start, timeZone: 'UTC' },
  organizer: me,
  attendees: [lou],
});
const mailbox = {
  format: 'circles-mailbox/1',
  owner: { displayName: 'Me', mail: 'me@example.org' },
  contacts: [],
  messages: [
    msg('m1', '2019-03-01T10:00:00Z'),
    msg('m4', '2025-06-01T10:00:00Z'),
    msg('m2', '2021-05-01T10:00:00Z'),
    msg('m3', '2022-11-30T10:00:00Z'),
  ],
  events: [meeting('e1', '2020-02-01T09:00:00.0000000'), meeting('e2', '2025-02-01T09:00:00.0000000')],
};
const before = '2024-12-07T00:00:00.000Z';

describe('the Graph adapter’s look-back', () => {
  let run: Running;
  afterEach(async () => run?.close());

  it('reads every older message and meeting in two requests, the most recent first', async () => {
    run = await startEmulator({ mailbox });
    const { services } = graphFor(run.url);
    run.emulator.resetStats();
    const found = await services.interactions.lookBack!(before);
    expect(found.messages.map((m) => m.id)).toEqual(['m3', 'm2', 'm1']);
    expect(found.events.map((e) => e.id)).toEqual(['e1']);
    expect(found.since).toBeUndefined();
    expect(run.emulator.stats().total).toBe(2);
  });

  it('stops after one page each and says how far back it reached', async () => {
    run = await startEmulator({ mailbox });
    const { services } = graphFor(run.url, { pageSize: 2 });
    run.emulator.resetStats();
    const found = await services.interactions.lookBack!(before);
    expect(found.messages.map((m) => m.id)).toEqual(['m3', 'm2']);
    expect(found.since).toBe('2021-05-01T10:00:00Z');
    expect(run.emulator.stats().total).toBe(2);
  });
});
