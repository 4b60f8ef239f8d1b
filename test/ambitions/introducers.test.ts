/**
 * Warm introductions on a generated mailbox where the right introducer is known: 150 contacts and 1,500
 * seeded random messages and meetings among them and the owner (noise), plus four planted people around a
 * target who fits the ambition but whom the owner has never written to:
 * - `friend`: a close tie of the owner who copied the target on threads with the owner and met them with
 *   the owner — the right introducer;
 * - `close-stranger`: just as close to the owner, but never on a message or meeting with the target;
 * - `old-acquaintance`: on several old threads with the target, but the owner barely knows them;
 * - `mass-sender`: close to the owner, with the target only on a 30-person mailing.
 */
import { findIntroducers, interpretAmbition, rankShortlist } from '../../src/core/ambitions/index';
import { computeTies } from '../../src/core/ambitions/ties';
import type { CalendarEvent, Contact, Mailbox, MessageHeader } from '../../src/core/model';
import { seeded } from '../../src/emulator/faults';
import { OWNER } from './builder';

const NOW = Date.parse('2026-10-01T09:00:00Z');
const DAY = 86_400_000;
const iso = (daysAgo: number): string => new Date(NOW - daysAgo * DAY).toISOString();

function generate(seed: number): Mailbox {
  const rng = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const contact = (id: string, companyName: string, jobTitle: string, domain: string): Contact => ({
    id,
    displayName: id,
    companyName,
    jobTitle,
    emailAddresses: [{ address: `${id}@${domain}` }],
    businessPhones: [],
    homePhones: [],
    categories: [],
  });
  const noiseCompanies = [
    ['Boulangerie Martin', 'boulangerie-martin.fr'],
    ['Cabinet Lemoine', 'lemoine-avocats.fr'],
    ['Transports Kerouac', 'kerouac-transports.fr'],
    ['Atelier Brun', 'atelier-brun.fr'],
  ] as const;
  const titles = ['Comptable', 'Chef de projet', 'Assistante', 'Technicien', 'Directeur commercial'];
  const contacts: Contact[] = [];
  for (let i = 0; i < 150; i++) {
    const [company, domain] = pick(noiseCompanies);
    contacts.push(contact(`n${i}`, company, pick(titles), domain));
  }
  const target = contact('target', 'Neoen', 'Head of Partnerships', 'neoen.com');
  const friend = contact('friend', 'Atelier Brun', 'Architecte', 'atelier-brun.fr');
  const closeStranger = contact('close-stranger', 'Atelier Brun', 'Designer', 'atelier-brun.fr');
  const oldAcquaintance = contact('old-acquaintance', 'Cabinet Lemoine', 'Avocate', 'lemoine-avocats.fr');
  const massSender = contact('mass-sender', 'Transports Kerouac', 'Gérant', 'kerouac-transports.fr');
  contacts.push(target, friend, closeStranger, oldAcquaintance, massSender);
  const addr = (c: Contact) => ({ address: c.emailAddresses[0]!.address });

  const messages: MessageHeader[] = [];
  const events: CalendarEvent[] = [];
  let seq = 0;
  const message = (from: Contact | 'owner', to: (Contact | 'owner')[], cc: (Contact | 'owner')[], daysAgo: number) =>
    messages.push({
      id: `m${seq++}`,
      subject: 'Point',
      sentDateTime: iso(daysAgo),
      from: from === 'owner' ? { address: OWNER } : addr(from),
      toRecipients: to.map((x) => (x === 'owner' ? { address: OWNER } : addr(x))),
      ccRecipients: cc.map((x) => (x === 'owner' ? { address: OWNER } : addr(x))),
    });
  const meeting = (people: Contact[], daysAgo: number) =>
    events.push({
      id: `e${seq++}`,
      subject: 'Réunion',
      start: iso(daysAgo),
      attendees: [{ address: OWNER }, ...people.map(addr)],
    });

  // Noise: the owner writes and meets with random small groups of the 150 (never the planted people).
  const noise = contacts.slice(0, 150);
  for (let i = 0; i < 1300; i++) {
    const group = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => pick(noise));
    const daysAgo = Math.floor(rng() * 700);
    if (rng() < 0.5) message('owner', group, [], daysAgo);
    else message(group[0]!, ['owner'], group.slice(1), daysAgo);
  }
  for (let i = 0; i < 200; i++)
    meeting(
      Array.from({ length: 2 + Math.floor(rng() * 3) }, () => pick(noise)),
      Math.floor(rng() * 700),
    );

  // The owner is close to friend, close-stranger and mass-sender: frequent, both ways, recent.
  for (const c of [friend, closeStranger, massSender])
    for (let i = 0; i < 12; i++) {
      message('owner', [c], [], 5 + i * 7);
      message(c, ['owner'], [], 4 + i * 7);
    }
  // friend copies the target on threads with the owner and meets them with the owner.
  message(friend, ['owner'], [target], 30);
  message(friend, ['owner', target], [], 60);
  meeting([friend, target], 45);
  // old-acquaintance shared old threads with the target and the owner, three years ago: a faint tie.
  for (let i = 0; i < 4; i++) message(oldAcquaintance, [target], ['owner'], 1100 + i);
  // mass-sender's newsletter reaches 30 people, the target and the owner among them.
  message(massSender, ['owner'], [target, ...noise.slice(0, 28)], 20);

  return {
    owner: { displayName: 'Owner', mail: OWNER, profile: { employers: [], schools: [], trainings: [], clubs: [] } },
    contacts,
    messages,
    events,
  };
}

describe('warm introductions', () => {
  it.each([1, 7, 42])('names the friend who knows the target, seed %i', (seed) => {
    const mailbox = generate(seed);
    const list = rankShortlist({
      mailbox,
      interpretation: interpretAmbition('Me lancer dans les énergies renouvelables'),
      now: new Date(NOW),
    });
    const entry = list.contacts.find((e) => e.contactId === 'target');
    expect(entry?.fits).toBe(true);
    expect(entry?.introducers?.map((i) => i.contactId)).toEqual(['friend']);
    expect(entry?.introducers?.[0]).toMatchObject({ messages: 2, events: 1 });
  });

  it('offers no introducer for someone the user already writes to', () => {
    const mailbox = generate(3);
    const ties = computeTies(mailbox, new Date(NOW));
    const intros = findIntroducers(mailbox, new Set(['friend']), ties);
    expect(intros.get('friend')).toBeUndefined();
    const list = rankShortlist({
      mailbox: {
        ...mailbox,
        contacts: mailbox.contacts.map((c) => (c.id === 'friend' ? { ...c, companyName: 'Neoen' } : c)),
      },
      interpretation: interpretAmbition('Me lancer dans les énergies renouvelables'),
      now: new Date(NOW),
    });
    expect(list.contacts.find((e) => e.contactId === 'friend')?.introducers).toBeUndefined();
  });
});
