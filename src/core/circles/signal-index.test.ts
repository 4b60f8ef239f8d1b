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
