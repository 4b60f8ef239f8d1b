import { classify } from '../circles/engine';
import { contact, mailbox, message, event } from '../testing/builders';
import type { InteractionSource, LookBack } from '../ports';
import { byContact, suggest } from './suggest';
import { networkOfMailbox } from './network';
import { monthsToReach, outsideWindow, readLookBack, windowOnly } from './older';

const at = (m: ReturnType<typeof message>, sentDateTime: string) => ({ ...m, sentDateTime });

// A club member known only by old minutes, a client known in the window, and someone nothing names.
const member = contact({ displayName: 'Lou Kerneis', email: 'lou@kerneis.example' });
const client = contact({ displayName: 'Ana Riou', email: 'ana@riou.example' });
const stranger = contact({ displayName: 'Max Penven', email: 'max@penven.example' });
const windowMessages = [
  at(message('w1', 'Devis et bon de commande', client.emailAddresses[0]!.address), '2026-05-02T09:00:00Z'),
];
const network = networkOfMailbox(mailbox({ contacts: [member, client, stranger], messages: windowMessages }), 'en');
const suggestions = byContact(suggest(network, classify).suggestions);

const minutes = (id: string, day: string) =>
  at(message(id, 'RE: Compte rendu réunion Rotary Club', member.emailAddresses[0]!.address), `${day}T10:00:00Z`);
const lookBack: LookBack = {
  messages: [minutes('o3', '2022-09-13'), minutes('o2', '2021-06-15'), minutes('o1', '2021-03-09')],
  events: [],
};

describe('outside the signals window', () => {
  it('the window alone leaves the club member without a suggestion (the premise of what follows)', () => {
    expect(suggestions.get(member.id)?.circle).toBeNull();
    expect(suggestions.get(client.id)?.circle).toBe('clients');
  });

  it('older messages that place a contact the engine abstains on are older evidence, with their span', () => {
    const found = outsideWindow(network, lookBack, suggestions, classify);
    expect(found.evidence.get(member.id)).toEqual({
      circle: 'clubs',
      from: '2021-03-09T10:00:00Z',
      to: '2022-09-13T10:00:00Z',
    });
    expect(found.evidence.has(stranger.id)).toBe(false);
    // A contact the window already places needs nothing older.
    expect(found.evidence.has(client.id)).toBe(false);
    expect(found.reach).toEqual({ kind: 'all' });
    expect(found.months).toBe(24);
  });

  it('older messages that say nothing of a circle are not evidence', () => {
    const chatter: LookBack = {
      messages: [at(message('x', 'Hello', stranger.emailAddresses[0]!.address), '2020-01-01T10:00:00Z')],
      events: [],
    };
    expect(outsideWindow(network, chatter, suggestions, classify).evidence.size).toBe(0);
  });

  it('an older meeting counts too, dated by its start', () => {
    const dinner: LookBack = {
      messages: [],
      events: [
        { ...event('e1', 'Rotary Club dinner', [member.emailAddresses[0]!.address]), start: '2019-11-05T19:00:00' },
      ],
    };
    expect(outsideWindow(network, dinner, suggestions, classify).evidence.get(member.id)).toMatchObject({
      circle: 'clubs',
      from: '2019-11-05T19:00:00',
    });
  });

  it('a look-back that stopped short says how far it reached', () => {
    const partial = { ...lookBack, since: '2021-03-09T10:00:00Z' };
    expect(outsideWindow(network, partial, suggestions, classify).reach).toEqual({
      kind: 'since',
      since: '2021-03-09T10:00:00Z',
    });
  });

  it('before any look-back the pane knows the window only, or nothing of the mailbox when signals are off', () => {
    expect(windowOnly(network.settings)).toMatchObject({ months: 24, reach: { kind: 'window', months: 24 } });
    expect(windowOnly({ ...network.settings, mailboxSignals: 'off' }).reach).toEqual({ kind: 'off' });
  });

  it('reads before the window start, and not at all when the signals are off or the source cannot', async () => {
    const asked: string[] = [];
    const source: InteractionSource = {
      listMessages: async () => [],
      listEvents: async () => [],
      lookBack: async (before) => {
        asked.push(before);
        return lookBack;
      },
    };
    const now = new Date('2026-12-07T15:00:00Z');
    await expect(readLookBack(source, network.settings, now)).resolves.toBe(lookBack);
    expect(asked).toEqual(['2024-12-07T00:00:00.000Z']);
    await expect(readLookBack(source, { ...network.settings, mailboxSignals: 'off' }, now)).resolves.toBeUndefined();
    const { lookBack: _, ...plain } = source;
    await expect(readLookBack(plain, network.settings, now)).resolves.toBeUndefined();
  });
});

describe('monthsToReach', () => {
  const now = new Date('2026-12-07T15:00:00Z');
  it.each([
    ['2025-03-01T00:00:00Z', 24],
    ['2024-12-07T00:00:00Z', 24],
    ['2024-12-06T23:00:00Z', 36],
    ['2022-01-10T00:00:00Z', 60],
    ['2021-03-09T10:00:00Z', 69],
    ['2019-04-02T09:15:00Z', 93],
  ])('a window reaching %s is %i months', (oldest, months) => {
    expect(monthsToReach(now, oldest)).toBe(months);
  });
});
