import fc from 'fast-check';
import { mailbox, owner } from '../testing/builders';
import type { MessageHeader } from '../model';
import { baseSubject, indexSignals } from './signal-index';

const header = (id: string, from: string, to: string[], cc: string[] = []): MessageHeader => ({
  id,
  subject: id,
  from: { address: from },
  toRecipients: to.map((address) => ({ address })),
  ccRecipients: cc.map((address) => ({ address })),
});

describe('the header index', () => {
  const messages = [
    header('sent', owner.mail, ['Ann@X.com']),
    header('received', 'ann@x.com', [owner.mail.toUpperCase()]),
    header('group', 'bob@y.com', [owner.mail], ['ann@x.com']),
    header('between-others', 'bob@y.com', ['cid@z.com']),
  ];
  const index = indexSignals(mailbox({ messages }), 'on');
  const ids = (a: string, which: 'messages' | 'secondary') => (index.byAddress.get(a)?.[which] ?? []).map((x) => x.id);

  it.each([
    ['ann@x.com', ['sent', 'received'], ['group']],
    ['bob@y.com', ['group', 'between-others'], []],
    ['cid@z.com', [], ['between-others']],
  ])('lists %s as the first correspondent of %j and copied in on %j', (address, primary, secondary) => {
    expect(ids(address, 'messages')).toEqual(primary);
    expect(ids(address, 'secondary')).toEqual(secondary);
  });

  it('never lists the owner', () => {
    expect(index.byAddress.has(owner.mail)).toBe(false);
  });

  it('is empty when signals are off', () => {
    expect(indexSignals(mailbox({ messages }), 'off').byAddress.size).toBe(0);
  });

  it.each([
    ['RE: Devis 12', 'Devis 12'],
    ['TR: Fwd: Re: Devis 12', 'Devis 12'],
    ['AW: Angebot', 'Angebot'],
    ['Réponse', 'Réponse'],
  ])('reads "%s" as the thread "%s"', (subject, base) => {
    expect(baseSubject(subject)).toBe(base);
  });
});

/**
 * What the index must hold, read the plain way: per lower-cased address, in header order, the messages where
 * it is the first correspondent other than the owner, and those where it is one among several.
 */
function model(messages: readonly MessageHeader[]): Map<string, { messages: string[]; secondary: string[] }> {
  const out = new Map<string, { messages: string[]; secondary: string[] }>();
  for (const m of messages) {
    const people: string[] = [];
    for (const a of [m.from, ...m.toRecipients, ...m.ccRecipients]) {
      const lower = a?.address.toLowerCase() ?? '';
      if (lower !== '' && lower !== owner.mail.toLowerCase() && !people.includes(lower)) people.push(lower);
    }
    people.forEach((p, i) => {
      const entry = out.get(p) ?? { messages: [], secondary: [] };
      (i === 0 ? entry.messages : entry.secondary).push(m.id);
      out.set(p, entry);
    });
  }
  return out;
}

describe('the header index against a plain reading of the headers', () => {
  // Few addresses in every case, the owner's among them, and empty ones: spellings repeat across headers.
  const spelling = fc.constantFrom('ann@x.com', 'Ann@X.com', 'ANN@x.COM', 'bob@y.com', 'Bob@y.com', '', owner.mail);
  const spellings = fc.oneof(spelling, fc.constant(owner.mail.toUpperCase()));
  const headers = fc.array(
    fc.record({
      from: spellings,
      to: fc.array(spellings, { minLength: 1, maxLength: 3 }),
      cc: fc.array(spellings, { maxLength: 2 }),
      subject: fc.constantFrom('Devis', 'RE: Devis', 'Offsite'),
    }),
    { maxLength: 25 },
  );

  it('files every message under the same addresses, in the same order, found from any spelling', () => {
    fc.assert(
      fc.property(headers, (hs) => {
        const messages = hs.map((h, i) => ({ ...header(`m${i}`, h.from, h.to, h.cc), subject: h.subject }));
        const index = indexSignals(mailbox({ messages }), 'on');
        const expected = model(messages);
        const actual = new Map(
          [...index.byAddress]
            .filter(([, s]) => s.messages.length + s.secondary.length > 0)
            .map(([a, s]) => [a, { messages: s.messages.map((m) => m.id), secondary: s.secondary.map((m) => m.id) }]),
        );
        expect(actual).toEqual(expected);
        for (const [, s] of index.byAddress) {
          expect(s.threads).toEqual(s.messages.map((m) => baseSubject(m.subject)));
          expect(s.secondaryThreads).toEqual(s.secondary.map((m) => baseSubject(m.subject)));
        }
        for (const h of hs)
          for (const a of [h.from, ...h.to]) expect(index.find(a)).toBe(index.byAddress.get(a.toLowerCase()));
      }),
    );
  });
});
