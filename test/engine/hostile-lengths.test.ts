/**
 * Hostile lengths: contacts whose name, title, company, notes and address hold 100,000 characters go
 * through the engine, the ranking and the ties, and are read as the same contact with its fields cut to
 * the bounds (src/core/contacts/bounds.ts). How long they take is measured by `npm run bench` (growth).
 */
import { computeTies, interpretAmbition, rankShortlist } from '../../src/core/ambitions';
import { classify } from '../../src/core/circles';
import { correctTypos } from '../../src/core/circles/typos';
import { boundContact, boundMailbox, MAX_FIELD_LENGTH, MAX_NOTE_LENGTH } from '../../src/core/contacts';
import type { Contact, Mailbox } from '../../src/core/model';
import { readTitle } from '../../src/core/ambitions/roles';

const huge = (seed: string): string => `${seed} ${'x'.repeat(60_000)} ${'ab '.repeat(14_000)}`.slice(0, 100_000);

const plain = (i: number): Contact => ({
  id: `c${i}`,
  displayName: `Ana Silva ${i}`,
  emailAddresses: [{ address: `ana${i}@neoen.com` }],
  companyName: 'Neoen',
  jobTitle: 'Directrice commerciale',
  personalNotes: 'ex-Voltalia, rencontrée au salon Pollutec',
  businessPhones: [],
  homePhones: [],
  categories: [],
});

const hostile = (i: number): Contact => ({
  ...plain(i),
  displayName: huge('Ana'),
  companyName: huge('Neoen'),
  jobTitle: `${'a'.repeat(99_990)}leiterin`,
  department: huge(`${'reonuvellement'.repeat(1000)}`),
  personalNotes: huge('ex-Voltalia'),
  businessAddress: { street: huge('1 rue'), city: huge('Paris') },
  emailAddresses: [{ address: `ana${i}@neoen.com`, name: huge('Ana') }],
});

const mailboxOf = (contacts: Contact[]): Mailbox => ({
  owner: {
    displayName: 'Me',
    mail: 'me@acme.example',
    profile: { employers: [], schools: [], trainings: [], clubs: [] },
  },
  contacts,
  messages: [
    {
      id: 'm1',
      subject: huge('Re: Pollutec'),
      sentDateTime: '2025-06-01T10:00:00Z',
      from: { address: 'ana1@neoen.com', name: huge('Ana') },
      toRecipients: [{ address: 'me@acme.example' }],
      ccRecipients: [],
    },
  ],
  events: [],
});

describe('hostile field lengths', () => {
  const contacts = Array.from({ length: 20 }, (_, i) => (i % 2 ? hostile(i) : plain(i)));
  const mailbox = mailboxOf(contacts);

  it('cuts every field the analysis reads to its bound, and leaves a contact within bounds as it is', () => {
    const read = boundContact(hostile(1));
    for (const v of [read.displayName, read.companyName, read.jobTitle, read.department, read.businessAddress?.city])
      expect(v!.length).toBeLessThanOrEqual(MAX_FIELD_LENGTH);
    expect(read.personalNotes!.length).toBe(MAX_NOTE_LENGTH);
    expect(read.emailAddresses[0]).toEqual({ address: 'ana1@neoen.com', name: huge('Ana').slice(0, MAX_FIELD_LENGTH) });
    const p = plain(2);
    expect(boundContact(p)).toBe(p);
    const small = mailboxOf([p]);
    expect(boundMailbox({ ...small, messages: [] })).toEqual({ ...small, messages: [] });
  });

  it('classifies a hostile contact as the same contact cut to the bounds', () => {
    const result = classify({ mailbox });
    const cut = classify({ mailbox: boundMailbox(mailbox) });
    expect(result.suggestions).toEqual(cut.suggestions);
    expect(result.suggestions).toHaveLength(20);
  });

  it('ranks hostile contacts as the same contacts cut to the bounds, and reads a 100,000-character ambition', () => {
    const interpretation = interpretAmbition(`Trouver des clients dans les énergies renouvelables ${huge('solaire')}`);
    expect(interpretation.sectors.length).toBeGreaterThan(0);
    const list = rankShortlist({ mailbox, interpretation, limit: 50 });
    const cut = rankShortlist({ mailbox: boundMailbox(mailbox), interpretation, limit: 50 });
    expect(list.contacts).toEqual(cut.contacts);
    expect(list.contacts.length).toBeGreaterThan(0);
    expect(computeTies(mailbox, new Date('2025-12-01')).get('c1')?.received).toBe(1);
  });

  it('corrects typos and reads titles in 100,000-letter words without trying every deletion', () => {
    const words = Array.from({ length: 10 }, (_, i) => `${'reonuvellement'.repeat(1200)}${i}`).join(' ');
    expect(correctTypos(words)).toBe(words);
    expect(readTitle(`${'a'.repeat(99_990)}leiterin`).seniority).toBe('director');
  });
});
