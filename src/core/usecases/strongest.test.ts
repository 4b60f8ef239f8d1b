import { emptyProfile, type Contact, type Mailbox, type MessageHeader } from '../model';
import type { CircleId } from '../circles/types';
import { DAY_MS } from '../ties/time';
import { strongestTies } from './strongest';

const person = (id: string, name = id): Contact => ({
  id,
  displayName: name,
  emailAddresses: [{ address: `${id}@x.example` }],
  businessPhones: [],
  homePhones: [],
  categories: [],
});
const at = (day: number) => new Date(Date.UTC(2024, 0, 1) + day * DAY_MS).toISOString();
const from = (id: string, day: number, n: number): MessageHeader[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${id}${day}-${i}`,
    subject: 'Point',
    sentDateTime: at(day),
    from: { address: `${id}@x.example` },
    toRecipients: [{ address: 'me@x.example' }],
    ccRecipients: [],
  }));

const mailbox: Mailbox = {
  owner: { displayName: 'Me', mail: 'me@x.example', profile: emptyProfile },
  contacts: [person('a', 'Zoé'), person('b', 'Ana'), person('c'), person('d'), person('e'), person('f')],
  // b and a wrote as often and as lately (a tie: by name); c wrote more; d once, long before; e never; f in no circle.
  messages: [
    ...from('a', 100, 2),
    ...from('b', 100, 2),
    ...from('c', 100, 6),
    ...from('d', 0, 1),
    ...from('f', 100, 9),
  ],
  events: [],
};
const circles = new Map<string, CircleId | null>([
  ['a', 'colleagues'],
  ['b', 'colleagues'],
  ['c', 'colleagues'],
  ['d', 'colleagues'],
  ['e', 'colleagues'],
  ['f', null],
]);

describe('the map’s strongest ties', () => {
  test('lists each circle’s strongest ties first, equal ties by name, and leaves out who never exchanged', () => {
    const strongest = strongestTies(mailbox, circles, 10);
    expect(strongest.get('colleagues')?.map((t) => t.contactId)).toEqual(['c', 'b', 'a', 'd']);
    expect([...strongest.keys()]).toEqual(['colleagues']);
  });

  test('keeps only as many ties per circle as asked', () => {
    expect(
      strongestTies(mailbox, circles, 2)
        .get('colleagues')
        ?.map((t) => t.contactId),
    ).toEqual(['c', 'b']);
  });

  test('gives each tie its counts, so the map can say how many messages and meetings', () => {
    const c = strongestTies(mailbox, circles, 1).get('colleagues')?.[0];
    expect(c?.tie).toMatchObject({ received: 6, sent: 0, events: 0, daysSince: 0 });
  });
});
