/**
 * Builders for engine tests and the benchmark: small helpers for hand-written cases, and a deterministic
 * generator of whole mailboxes (seeded PRNG) with the true circle of every contact.
 */
import type { BuiltInCircleId } from '../circles';
import type { CalendarEvent, Contact, Mailbox, MessageHeader, Owner } from '../model';
import { emptyProfile } from '../model';
import { seeded } from '../random';

export const owner: Owner = {
  displayName: 'Claire Fontaine',
  mail: 'claire.fontaine@acme-energie.fr',
  companyName: 'Acme Énergie',
  preferredLanguage: 'fr-FR',
  profile: {
    employers: [{ name: 'Vertigo Conseil', domain: 'vertigo-conseil.fr', from: 2010, to: 2016 }],
    schools: [{ name: 'École Supérieure de Gestion de Nantes', domain: 'esgn.edu', from: 2006, to: 2009 }],
    trainings: [{ name: 'Certification ITIL' }],
    clubs: [{ name: 'Cercle des Dirigeants Bretons', domain: 'cdb-club.org' }],
  },
};

let nextId = 0;
/** A contact with sensible empty fields; override what the test is about. */
export function contact(over: Partial<Contact> & { email?: string | string[] } = {}): Contact {
  const { email, ...rest } = over;
  const emails = email === undefined ? [] : Array.isArray(email) ? email : [email];
  return {
    id: `c${++nextId}`,
    displayName: 'Sam Martin',
    surname: 'Martin',
    emailAddresses: emails.map((address) => ({ address })),
    businessPhones: [],
    homePhones: [],
    categories: [],
    ...rest,
  };
}

export function mailbox(over: Partial<Mailbox> = {}): Mailbox {
  return { owner, contacts: [], events: [], messages: [], ...over };
}

export function message(id: string, subject: string, to: string, from = owner.mail): MessageHeader {
  return { id, subject, from: { address: from }, toRecipients: [{ address: to }], ccRecipients: [] };
}

export function event(id: string, subject: string, attendees: readonly string[], location?: string): CalendarEvent {
  return {
    id,
    subject,
    organizer: { address: owner.mail },
    attendees: attendees.map((address) => ({ address })),
    ...(location ? { location } : {}),
  };
}

/** Mulberry32: the emulator's deterministic PRNG, under the name these builders have always used. */
export const prng = seeded;

const firstNames = [
  'Alix',
  'Bastien',
  'Chloé',
  'Dorian',
  'Elsa',
  'Fanny',
  'Gaspard',
  'Hugo',
  'Inès',
  'Jules',
  'Katia',
  'Léon',
  'Maëlle',
  'Noé',
  'Oscar',
  'Pia',
];
const lastNames = [
  'Arnoux',
  'Besson',
  'Collet',
  'Delmas',
  'Esnault',
  'Ferrand',
  'Gilles',
  'Hamon',
  'Jourdan',
  'Lebon',
  'Maillot',
  'Nicolle',
  'Ollier',
  'Pruvost',
];
const companies = [
  'Orbital Foods',
  'Nordlys Bank',
  'Kestrel Logistique',
  'Tamaris Santé',
  'Quartz Assurances',
  'Helio Transports',
  'Bramble Media',
  'Lumen Textile',
];
const publicDomains = ['gmail.com', 'orange.fr', 'yahoo.fr', 'outlook.com', 'free.fr'];

/** What the generator puts in each circle: notes and subjects in French and English, none copied from samples. */
const templates: Record<BuiltInCircleId, { notes: readonly string[]; subjects: readonly string[] }> = {
  colleagues: { notes: [''], subjects: ['Point hebdo', 'Weekly sync'] },
  'former-colleagues': {
    notes: ['Ancienne collègue chez Vertigo Conseil', 'ex-Vertigo, now elsewhere'],
    subjects: ['Nouvelles de l’équipe Vertigo'],
  },
  classmates: { notes: ['Promo 2008 ESGN', 'Class of 2009, same tutorials'], subjects: ['Annuaire des anciens ESGN'] },
  training: {
    notes: ['Rencontrée pendant la Certification ITIL', 'Met on a negotiation training course'],
    subjects: ['Support de formation ITIL'],
  },
  conferences: {
    notes: ['Rencontré au congrès de la mobilité 2021', 'Met at the Smart Grid summit'],
    subjects: ['Suite à notre échange au salon Hydrogène'],
  },
  'social-events': {
    notes: ['Croisé à une soirée chez des amis', 'Met at a garden party'],
    subjects: ['Photos du barbecue'],
  },
  clubs: {
    notes: ['Membre du Cercle des Dirigeants Bretons', 'Rotary club member'],
    subjects: ['Cotisation Rotary 2024'],
  },
  online: { notes: ['Contact via LinkedIn', 'Discord community for Rust'], subjects: ['Votre post LinkedIn'] },
  clients: { notes: ['Client depuis 2019', 'Key account'], subjects: ['Devis 2024-118', 'Invoice March'] },
  'family-friends': { notes: ['Cousine', 'Childhood friend'], subjects: ['Dîner dimanche en famille'] },
};
const circles = Object.keys(templates) as BuiltInCircleId[];
const noiseSubjects = ['Question', 'Infos', 'Hello', 'Suite', 'Documents', 'Rappel'];

export type GeneratedMailbox = {
  readonly mailbox: Mailbox;
  /** contactId → true circle; `shows` says whether any field or signal reveals it. */
  readonly truth: ReadonlyMap<string, { circle: BuiltInCircleId; shows: boolean }>;
};

/**
 * A mailbox of `contacts` contacts and about `messages` message headers. Two thirds of the contacts carry
 * evidence of their circle (a note, a domain or a subject); the rest carry none.
 */
export function generateMailbox(options: {
  contacts: number;
  messages: number;
  seed?: number;
  events?: number;
}): GeneratedMailbox {
  const rand = prng(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const contacts: Contact[] = [];
  const truth = new Map<string, { circle: BuiltInCircleId; shows: boolean }>();
  for (let i = 0; i < options.contacts; i++) {
    const circle = pick(circles);
    const shows = rand() < 0.67;
    const given = pick(firstNames);
    const surname = pick(lastNames);
    const local = `${given}.${surname}${i}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9.]/g, '');
    const company = pick(companies);
    const corporate = `${company.split(' ')[0]?.toLowerCase()}.com`;
    let address = `${local}@${rand() < 0.5 ? corporate : pick(publicDomains)}`;
    if (circle === 'colleagues') address = `${local}@acme-energie.fr`;
    else if (circle === 'former-colleagues' && shows && rand() < 0.5) address = `${local}@vertigo-conseil.fr`;
    const t = templates[circle];
    const notes = shows && circle !== 'colleagues' && rand() < 0.6 ? pick(t.notes) : '';
    contacts.push({
      id: `g${i}`,
      displayName: `${given} ${surname}`,
      givenName: given,
      surname,
      emailAddresses: [{ address }],
      companyName: circle === 'colleagues' ? 'Acme Énergie' : company,
      businessPhones: [],
      homePhones: [],
      categories: [],
      ...(notes ? { personalNotes: notes } : {}),
    });
    truth.set(`g${i}`, { circle, shows: shows || circle === 'colleagues' });
  }
  // Graph-shaped headers: every party carries its display name, as Graph returns it.
  const nameOf = new Map(contacts.map((c) => [c.emailAddresses[0]?.address ?? '', c.displayName]));
  const party = (address: string) => ({
    name: address === owner.mail ? owner.displayName : (nameOf.get(address) ?? ''),
    address,
  });
  const messages: MessageHeader[] = [];
  for (let m = 0; m < options.messages; m++) {
    const c = contacts[Math.floor(rand() * contacts.length)] as Contact;
    const tr = truth.get(c.id);
    const address = c.emailAddresses[0]?.address ?? '';
    const subject = tr?.shows && rand() < 0.3 ? pick(templates[tr.circle].subjects) : pick(noiseSubjects);
    const reply = rand() < 0.5;
    messages.push({
      id: `m${m}`,
      subject: reply ? `RE: ${subject}` : subject,
      sentDateTime: new Date(Date.UTC(2020, 0, 1) + m * 3_600_000).toISOString(),
      from: party(reply ? address : owner.mail),
      toRecipients: [party(reply ? owner.mail : address)],
      ccRecipients: [],
    });
  }
  const events: CalendarEvent[] = [];
  for (let e = 0; e < (options.events ?? Math.floor(options.contacts / 10)); e++) {
    const c = contacts[Math.floor(rand() * contacts.length)] as Contact;
    events.push(event(`e${e}`, pick(['Déjeuner', 'Call', 'Réunion']), [c.emailAddresses[0]?.address ?? '']));
  }
  return { mailbox: { owner, contacts, events, messages }, truth };
}

export { emptyProfile };
