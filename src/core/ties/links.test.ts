import fc from 'fast-check';
import type { CalendarEvent, Contact, Mailbox, MessageHeader } from '../model';
import { emptyProfile } from '../model';
import { readLinks, type Links } from './links';

const OWNER = 'me@home.example';

const person = (id: string, ...addresses: string[]): Contact => ({
  id,
  displayName: id,
  emailAddresses: addresses.map((address) => ({ address })),
  businessPhones: [],
  homePhones: [],
  categories: [],
});

const msg = (
  id: string,
  from: string,
  to: string[],
  options: { cc?: string[]; subject?: string; at?: string; conversationId?: string } = {},
): MessageHeader => ({
  id,
  subject: options.subject ?? 'Hello',
  sentDateTime: options.at ?? '2024-03-01T10:00:00Z',
  ...(options.conversationId ? { conversationId: options.conversationId } : {}),
  from: { address: from },
  toRecipients: to.map((address) => ({ address })),
  ccRecipients: (options.cc ?? []).map((address) => ({ address })),
});

const meeting = (
  id: string,
  organizer: string | undefined,
  attendees: string[],
  at = '2024-03-02T09:00:00',
): CalendarEvent => ({
  id,
  subject: 'Meeting',
  start: at,
  ...(organizer ? { organizer: { address: organizer } } : {}),
  attendees: attendees.map((address) => ({ address })),
});

const box = (contacts: Contact[], messages: MessageHeader[] = [], events: CalendarEvent[] = []): Mailbox => ({
  owner: { displayName: 'Me', mail: OWNER, profile: emptyProfile },
  contacts,
  messages,
  events,
});

const ALICE = person('alice', 'alice@one.example', 'Alice.Second@Two.example');
const counts = (l: Links) => ({ sent: l.sent, received: l.received, meetings: l.meetings });

describe('readLinks: the definitions', () => {
  const cases: [string, MessageHeader[], CalendarEvent[], { sent: number; received: number; meetings: number }][] = [
    [
      'a message from the owner to the contact is sent',
      [msg('m', OWNER, ['alice@one.example'])],
      [],
      { sent: 1, received: 0, meetings: 0 },
    ],
    [
      'the contact in Cc counts as sent',
      [msg('m', OWNER, ['x@x.example'], { cc: ['alice@one.example'] })],
      [],
      { sent: 1, received: 0, meetings: 0 },
    ],
    [
      'the contact in second position of To counts',
      [msg('m', OWNER, ['x@x.example', 'alice@one.example'])],
      [],
      { sent: 1, received: 0, meetings: 0 },
    ],
    [
      "the contact's second address counts",
      [msg('m', OWNER, ['alice.second@two.example'])],
      [],
      { sent: 1, received: 0, meetings: 0 },
    ],
    [
      'addresses compare case-insensitively',
      [msg('m', 'me@HOME.example', ['ALICE@ONE.EXAMPLE'])],
      [],
      { sent: 1, received: 0, meetings: 0 },
    ],
    [
      'To and Cc holding the contact count once',
      [msg('m', OWNER, ['alice@one.example'], { cc: ['alice.second@two.example'] })],
      [],
      { sent: 1, received: 0, meetings: 0 },
    ],
    [
      'a message from someone else to the contact is not sent',
      [msg('m', 'x@x.example', ['alice@one.example'])],
      [],
      { sent: 0, received: 0, meetings: 0 },
    ],
    [
      'a message from the contact is received, whoever it went to',
      [msg('m', 'alice@one.example', ['x@x.example'])],
      [],
      { sent: 0, received: 1, meetings: 0 },
    ],
    [
      "a message from the contact's second address is received",
      [msg('m', 'ALICE.second@two.example', [OWNER])],
      [],
      { sent: 0, received: 1, meetings: 0 },
    ],
    [
      'a reply and a forward each count',
      [
        msg('a', OWNER, ['alice@one.example'], { subject: 'Plan' }),
        msg('b', 'alice@one.example', [OWNER], { subject: 'RE: Plan' }),
        msg('c', OWNER, ['alice@one.example'], { subject: 'TR: RE: Plan' }),
      ],
      [],
      { sent: 2, received: 1, meetings: 0 },
    ],
    [
      'an event the contact organised is a meeting',
      [],
      [meeting('e', 'alice@one.example', [OWNER])],
      { sent: 0, received: 0, meetings: 1 },
    ],
    [
      'an event the contact attends (second attendee) is a meeting',
      [],
      [meeting('e', OWNER, ['x@x.example', 'Alice@One.example'])],
      { sent: 0, received: 0, meetings: 1 },
    ],
    [
      'an event with both addresses of the contact counts once',
      [],
      [meeting('e', 'alice@one.example', ['alice.second@two.example'])],
      { sent: 0, received: 0, meetings: 1 },
    ],
    [
      'an event without an organiser still counts its attendees',
      [],
      [meeting('e', undefined, ['alice@one.example'])],
      { sent: 0, received: 0, meetings: 1 },
    ],
    [
      'an event without the contact is no meeting',
      [],
      [meeting('e', OWNER, ['x@x.example'])],
      { sent: 0, received: 0, meetings: 0 },
    ],
  ];
  it.each(cases)('%s', (_name, messages, events, expected) => {
    const [links] = readLinks(box([ALICE], messages, events));
    expect(counts(links!)).toEqual(expected);
  });

  it('a contact listing the same address twice counts each message once', () => {
    const twice = person('twice', 'bob@b.example', 'BOB@b.example');
    const [links] = readLinks(
      box(
        [twice],
        [msg('m', OWNER, ['bob@b.example']), msg('n', 'bob@b.example', [OWNER])],
        [meeting('e', OWNER, ['bob@b.example'])],
      ),
    );
    expect(counts(links!)).toEqual({ sent: 1, received: 1, meetings: 1 });
  });

  it('two contacts sharing an address both count the message', () => {
    const links = readLinks(
      box([person('a', 'desk@co.example'), person('b', 'desk@co.example')], [msg('m', OWNER, ['desk@co.example'])]),
    );
    expect(links.map((l) => l.sent)).toEqual([1, 1]);
  });

  it('last exchange is the latest of the messages and meetings, events read as UTC', () => {
    const [links] = readLinks(
      box(
        [ALICE],
        [
          msg('a', OWNER, ['alice@one.example'], { at: '2024-01-05T08:00:00Z' }),
          msg('b', 'x@x.example', ['alice@one.example'], { at: '2025-01-01T00:00:00Z' }),
        ],
        [meeting('e', 'alice@one.example', [], '2024-06-01T09:30:00')],
      ),
    );
    // The message b is not an exchange with the owner (someone else wrote to Alice): it moves nothing.
    expect(links!.lastExchange).toBe(Date.UTC(2024, 5, 1, 9, 30));
  });

  it('lists every contact in order, with zeros and no last exchange when nothing links them', () => {
    const links = readLinks(box([person('z', 'z@z.example'), ALICE], [msg('m', OWNER, ['alice@one.example'])]));
    expect(links.map((l) => l.contactId)).toEqual(['z', 'alice']);
    expect(links[0]).toMatchObject({ sent: 0, received: 0, meetings: 0, startedByYou: 0, startedByThem: 0 });
    expect(links[0]!.lastExchange).toBeUndefined();
  });

  it('counts only what falls in the period; since is inclusive', () => {
    const messages = [
      msg('old', OWNER, ['alice@one.example'], { at: '2020-01-01T00:00:00Z' }),
      msg('new', OWNER, ['alice@one.example'], { at: '2024-01-01T00:00:00Z' }),
    ];
    expect(readLinks(box([ALICE], messages), { since: '2024-01-01' })[0]!.sent).toBe(1);
    expect(readLinks(box([ALICE], messages), { since: '1970-01-01' })[0]!.sent).toBe(2);
    expect(() => readLinks(box([ALICE], messages), { since: 'yesterday' })).toThrow(/Not a date/);
  });
});

describe('readLinks: who starts conversations', () => {
  it('groups replies and forwards by subject when there is no conversationId', () => {
    const [links] = readLinks(
      box(
        [ALICE],
        [
          msg('1', OWNER, ['alice@one.example'], { subject: 'Budget', at: '2024-01-01T00:00:00Z' }),
          msg('2', 'alice@one.example', [OWNER], { subject: 'RE: Budget', at: '2024-01-02T00:00:00Z' }),
          msg('3', 'alice@one.example', [OWNER], { subject: 'Fwd: FW: AW: Budget', at: '2024-01-03T00:00:00Z' }),
          msg('4', 'alice@one.example', [OWNER], { subject: 'Lunch?', at: '2024-01-04T00:00:00Z' }),
          msg('5', OWNER, ['alice@one.example'], { subject: 'RE : Lunch?', at: '2024-01-05T00:00:00Z' }),
        ],
      ),
    );
    expect([links!.startedByYou, links!.startedByThem]).toEqual([1, 1]);
  });

  it('prefers the conversationId to the subject', () => {
    const [links] = readLinks(
      box(
        [ALICE],
        [
          msg('1', 'alice@one.example', [OWNER], {
            subject: 'Budget',
            conversationId: 'c1',
            at: '2024-01-01T00:00:00Z',
          }),
          msg('2', OWNER, ['alice@one.example'], {
            subject: 'Budget',
            conversationId: 'c2',
            at: '2024-01-02T00:00:00Z',
          }),
        ],
      ),
    );
    expect([links!.startedByYou, links!.startedByThem]).toEqual([1, 1]);
  });

  it('keeps the same subject with two people as two conversations', () => {
    const bob = person('bob', 'bob@b.example');
    const links = readLinks(
      box(
        [ALICE, bob],
        [
          msg('1', OWNER, ['alice@one.example'], { subject: 'Quick question' }),
          msg('2', 'bob@b.example', [OWNER], { subject: 'Quick question' }),
        ],
      ),
    );
    expect(links.map((l) => [l.startedByYou, l.startedByThem])).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });
});

describe('readLinks: introductions', () => {
  it('counts an introduction the owner makes, with the contact and someone else among the recipients', () => {
    const [links] = readLinks(
      box(
        [ALICE],
        [msg('1', OWNER, ['alice@one.example', 'carl@c.example'], { subject: 'Mise en relation : Alice / Carl' })],
      ),
    );
    expect(links!.introducedByYou).toBe(1);
  });
  it('counts an introduction the contact makes for the owner', () => {
    const [links] = readLinks(
      box([ALICE], [msg('1', 'alice@one.example', [OWNER], { cc: ['carl@c.example'], subject: 'Intro: Carl <> Me' })]),
    );
    expect(links!.introducedByThem).toBe(1);
  });
  it('does not read a one-to-one message or a LinkedIn request as an introduction', () => {
    const [links] = readLinks(
      box(
        [ALICE],
        [
          msg('1', OWNER, ['alice@one.example'], { subject: 'Introduction' }),
          msg('2', OWNER, ['alice@one.example', 'x@x.example'], { subject: 'Demande de mise en relation LinkedIn' }),
        ],
      ),
    );
    expect(links!.introducedByYou).toBe(0);
  });
});

describe('readLinks: properties', () => {
  const addresses = ['me@home.example', 'a@a.example', 'A@a.example', 'b@b.example', 'c@c.example', 'x@x.example'];
  const address = fc.constantFrom(...addresses);
  const subject = fc.constantFrom('Plan', 'RE: Plan', 'Fwd: Plan', 'Lunch', 'TR: Lunch', 'Intro: B / C');
  const day = fc
    .integer({ min: 0, max: 1000 })
    .map((d) => new Date(Date.UTC(2022, 0, 1) + d * 86_400_000).toISOString());
  const message = fc.record({
    from: address,
    to: fc.array(address, { maxLength: 3 }),
    cc: fc.array(address, { maxLength: 2 }),
    subject,
    at: day,
  });
  const evt = fc.record({
    organizer: fc.option(address, { nil: undefined }),
    attendees: fc.array(address, { maxLength: 3 }),
    at: day,
  });
  const contacts = [
    person('a', 'a@a.example'),
    person('ab', 'A@A.example', 'b@b.example'),
    person('c', 'c@c.example', 'c@c.example'),
  ];

  it('counts do not depend on the order of messages and events', () => {
    fc.assert(
      fc.property(fc.array(message, { maxLength: 25 }), fc.array(evt, { maxLength: 10 }), fc.nat(), (ms, es, seed) => {
        const messages = ms.map((m, i) => msg(`m${i}`, m.from, m.to, { cc: m.cc, subject: m.subject, at: m.at }));
        const events = es.map((e, i) => meeting(`e${i}`, e.organizer, e.attendees, e.at));
        const shuffle = <T>(xs: T[]): T[] => {
          const out = [...xs];
          let s = seed;
          for (let i = out.length - 1; i > 0; i--) {
            s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
            const j = s % (i + 1);
            [out[i], out[j]] = [out[j]!, out[i]!];
          }
          return out;
        };
        const a = readLinks(box(contacts, messages, events));
        const b = readLinks(box(contacts, shuffle(messages).reverse(), shuffle(events)));
        expect(b).toEqual(a);
      }),
    );
  });
});
