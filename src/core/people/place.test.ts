import type { ClassifyInput, ClassifyResult } from '../circles';
import { defaultTaxonomy } from '../circles/taxonomy';
import type { Contact, Mailbox } from '../model';
import { nameFromAddress, placePeople, splitName, strangerContact, strangerId } from './place';

const contact = (id: string, address: string, categories: string[] = []): Contact => ({
  id,
  displayName: id,
  emailAddresses: [{ address }],
  businessPhones: [],
  homePhones: [],
  categories,
});

const mailbox = (contacts: Contact[]): Mailbox => ({
  owner: { displayName: 'Me', mail: 'me@me.com', profile: { employers: [], schools: [], trainings: [], clubs: [] } },
  contacts,
  events: [],
  messages: [
    {
      id: 'm1',
      subject: 'Devis',
      from: { address: 'new@client.fr' },
      toRecipients: [{ address: 'me@me.com' }],
      ccRecipients: [],
    },
  ],
});

/** A stand-in engine: "client.fr" addresses are clients, with a reason naming the domain. */
function fakeEngine() {
  const calls: ClassifyInput[] = [];
  const classify = (input: ClassifyInput): ClassifyResult => {
    calls.push(input);
    return {
      suggestions: input.mailbox.contacts.map((c) => {
        const client = c.emailAddresses.some((e) => e.address.toLowerCase().endsWith('@client.fr'));
        return {
          contactId: c.id,
          circle: client ? 'clients' : null,
          confidence: client ? 0.9 : 0,
          reasons: client
            ? [{ field: 'email', kind: 'circle-domain', evidence: 'client.fr', circle: 'clients', weight: 1 }]
            : [],
          alternatives: [],
        };
      }),
      profileCandidates: { employers: [], schools: [], trainings: [], clubs: [] },
    };
  };
  return { classify, calls };
}

describe('placePeople', () => {
  it('gives a contact the circle its category says, in either language and case', () => {
    const { classify } = fakeEngine();
    const [p] = placePeople({
      people: [{ address: 'A@x.com', role: 'from' }],
      mailbox: mailbox([contact('a', 'a@x.com', ['circle · clubs', 'VIP'])]),
      taxonomy: defaultTaxonomy,
      prefix: 'Cercle · ',
      classify,
      suggestions: new Map(),
    });
    // "Circle · Clubs" is not a label: the English label is "Networks & clubs"; so nothing is set.
    expect(p!.status).toBe('suggested');
    const [q] = placePeople({
      people: [{ address: 'A@x.com', role: 'from' }],
      mailbox: mailbox([contact('a', 'a@x.com', ['circle · networks & clubs'])]),
      taxonomy: defaultTaxonomy,
      prefix: 'Cercle · ',
      classify,
    });
    expect(q).toMatchObject({ status: 'set', circle: 'clubs', contact: { id: 'a' } });
  });

  it("uses the pane's suggestion for a contact without a circle, without calling the engine again", () => {
    const { classify, calls } = fakeEngine();
    const suggestion = { contactId: 'a', circle: 'training' as const, confidence: 0.7, reasons: [], alternatives: [] };
    const [p] = placePeople({
      people: [{ address: 'a@x.com', role: 'to' }],
      mailbox: mailbox([contact('a', 'a@x.com')]),
      taxonomy: defaultTaxonomy,
      prefix: 'Cercle · ',
      classify,
      suggestions: new Map([['a', suggestion]]),
    });
    expect(p).toMatchObject({ status: 'suggested', circle: 'training', suggestion });
    expect(calls).toHaveLength(0);
  });

  it('suggests a circle for a stranger from what the mailbox shows, in one engine call for everyone', () => {
    const { classify, calls } = fakeEngine();
    const peer = contact('peer', 'boss@client.fr');
    const placed = placePeople({
      people: [
        { name: 'New Person', address: 'new@client.fr', role: 'from' },
        { address: 'other@nowhere.org', role: 'cc' },
      ],
      mailbox: mailbox([peer, contact('far', 'far@elsewhere.com')]),
      taxonomy: defaultTaxonomy,
      prefix: 'Cercle · ',
      classify,
    });
    expect(placed.map((p) => [p.status, p.circle])).toEqual([
      ['stranger', 'clients'],
      ['stranger', null],
    ]);
    expect(placed[0]!.suggestion!.reasons[0]!.evidence).toBe('client.fr');
    expect(calls).toHaveLength(1);
    // The engine saw the strangers, their domain's contacts, and the mailbox's messages; not unrelated contacts.
    expect(calls[0]!.mailbox.contacts.map((c) => c.id)).toEqual([
      strangerId('new@client.fr'),
      strangerId('other@nowhere.org'),
      'peer',
    ]);
    // Only the messages these people are in: the unrelated one would only cost time.
    expect(calls[0]!.mailbox.messages.map((m) => m.id)).toEqual(['m1']);
  });
});

describe('strangerContact', () => {
  it('carries only the name and the address', () => {
    expect(strangerContact({ name: 'Alice Martin', address: 'alice@acme.fr', role: 'from' })).toEqual({
      id: 'message-person:alice@acme.fr',
      displayName: 'Alice Martin',
      givenName: 'Alice',
      surname: 'Martin',
      emailAddresses: [{ name: 'Alice Martin', address: 'alice@acme.fr' }],
      businessPhones: [],
      homePhones: [],
      categories: [],
    });
  });
});

describe('names', () => {
  it.each([
    ['Alice Martin', { givenName: 'Alice', surname: 'Martin' }],
    ['Martin, Alice', { givenName: 'Alice', surname: 'Martin' }],
    ['Jean Pierre Dupont', { givenName: 'Jean Pierre', surname: 'Dupont' }],
    ['Cher', { givenName: 'Cher' }],
    ['  ', {}],
  ])('splits %j', (name, expected) => {
    expect(splitName(name)).toEqual(expected);
  });

  it.each([
    ['alice.martin@acme.fr', 'Alice Martin'],
    ['jean-pierre_dupont@x.org', 'Jean Pierre Dupont'],
    ['contact@acme.fr', 'contact@acme.fr'],
    ['a.b@x.com', 'a.b@x.com'],
  ])('reads a name from %s', (address, expected) => {
    expect(nameFromAddress(address)).toBe(expected);
  });
});
