import { emptyProfile, type Mailbox } from '../model';
import { DAY_MS } from '../ties/time';
import { markDone } from '../ties/keep';
import { networkOfMailbox } from './network';
import { ties } from './ties';

const person = (id: string, address: string) => ({
  id,
  displayName: id,
  emailAddresses: [{ address }],
  businessPhones: [],
  homePhones: [],
  categories: [],
});
const at = (day: number) => new Date(Date.UTC(2024, 0, 1) + day * DAY_MS).toISOString();
const mailbox: Mailbox = {
  owner: { displayName: 'Me', mail: 'me@x.example', profile: emptyProfile },
  contacts: [person('ana', 'ana@a.example'), person('bo', 'bo@b.example')],
  messages: [
    ...[0, 1, 2, 3].map((d) => ({
      id: `s${d}`,
      subject: `Plan ${d}`,
      sentDateTime: at(d),
      from: { address: 'me@x.example' },
      toRecipients: [{ address: 'ana@a.example' }],
      ccRecipients: [],
    })),
    ...[4, 5, 6, 7].map((d) => ({
      id: `r${d}`,
      subject: `RE: Plan ${d - 4}`,
      sentDateTime: at(d),
      from: { address: 'ana@a.example' },
      toRecipients: [{ address: 'me@x.example' }],
      ccRecipients: [],
    })),
    {
      id: 'b',
      subject: 'Hi',
      sentDateTime: at(300),
      from: { address: 'bo@b.example' },
      toRecipients: [],
      ccRecipients: [],
    },
  ],
  events: [{ id: 'e', subject: 'Lunch', start: at(8).slice(0, 19), attendees: [{ address: 'ana@a.example' }] }],
};
const circles = new Map([
  ['ana', 'clients' as const],
  ['bo', 'colleagues' as const],
]);

describe('ties use case', () => {
  it('now is the latest item; the default period is the signals window; Ana is a drifting client', () => {
    const report = ties(networkOfMailbox(mailbox, 'en'), { circles });
    expect(report.now).toBe(Date.parse(at(300)));
    expect(report.period.since).toBe('2022-10-27T00:00:00.000Z');
    const ana = report.rows[0]!;
    expect(ana.standing).toMatchObject({ rhythmDays: 91, daysSince: 292, overdueDays: 201, status: 'overdue' });
    expect(report.drifting.map((d) => d.contactId)).toEqual(['ana']);
    expect(report.health).toEqual([
      { circle: 'clients', members: 1, within: 0, health: 0 },
      { circle: 'colleagues', members: 1, within: 0, health: null },
    ]);
  });

  it('reads rhythms and done marks from the settings', () => {
    const now = Date.parse(at(300));
    const network = networkOfMailbox(mailbox, 'en', {
      rhythms: { colleagues: 1 },
      keepInTouch: markDone(undefined, 'ana', now - DAY_MS),
    });
    const report = ties(network, { circles });
    expect(report.rows[0]!.standing.status).toBe('within');
    expect(report.rows[1]!.standing).toMatchObject({ rhythmDays: 30, status: 'within' });
    expect(report.drifting).toEqual([]);
  });
});
