/**
 * Synthetic circles-mailbox/1 documents: an owner with a past, contacts drawn from the ten circles with
 * the kind of evidence real mailboxes hold (domains, notes, message subjects, events), and some contacts
 * with no evidence at all. Seeded, so a benchmark or a demo is the same every time. Every name and phrase
 * here is invented for this generator.
 */
import { seeded } from '../core/random';

export type GenerateOptions = {
  readonly contacts: number;
  /** Message headers; default 3 per contact. */
  readonly messages?: number;
  /** Calendar events; default one per 4 contacts. */
  readonly events?: number;
  readonly seed?: number;
  /** The owner's language: notes and subjects lean to it (about one in five is in the other). */
  readonly language?: 'fr' | 'en';
  /** Reference date for sent dates and events (ISO). Default 2026-06-01. */
  readonly now?: string;
};

type Lang = 'fr' | 'en';
type Circle =
  | 'colleagues'
  | 'former-colleagues'
  | 'classmates'
  | 'training'
  | 'conferences'
  | 'social-events'
  | 'clubs'
  | 'online'
  | 'clients'
  | 'family-friends'
  | 'none';

const FIRST = [
  'Aurélien',
  'Bérénice',
  'Corentin',
  'Delphine',
  'Edgar',
  'Faustine',
  'Gaspard',
  'Honorine',
  'Ilan',
  'Jacinthe',
  'Killian',
  'Léonore',
  'Maël',
  'Noémie',
  'Octave',
  'Perrine',
  'Quentin',
  'Rosalie',
  'Sacha',
  'Tiphaine',
  'Ulysse',
  'Victoire',
  'Wassim',
  'Yselle',
  'Zacharie',
  'Anouk',
  'Bastien',
  'Clémence',
  'Dorian',
  'Eulalie',
  'Florian',
  'Gwendal',
  'Hortense',
  'Isaure',
  'Joachim',
  'Lazare',
  'Margaux',
  'Nathanaël',
  'Ophélie',
  'Philémon',
];
const FIRST_EN = [
  'Alden',
  'Briony',
  'Callum',
  'Darcy',
  'Ellis',
  'Fenella',
  'Gideon',
  'Hollis',
  'Imogen',
  'Jarvis',
  'Kerensa',
  'Lachlan',
  'Marisol',
  'Nolan',
  'Orla',
  'Piers',
  'Rowena',
  'Soren',
  'Tamsin',
  'Wren',
];
const LAST = [
  'Audrain',
  'Bréhault',
  'Castagnet',
  'Delorme',
  'Esquerré',
  'Fontanel',
  'Guérineau',
  'Hardouin',
  'Itturalde',
  'Jolibois',
  'Kervella',
  'Lagarrigue',
  'Maubert',
  'Nivelle',
  'Ollivro',
  'Pélissier',
  'Quéméner',
  'Rivoallan',
  'Saint-Aubin',
  'Tréguier',
  'Urvoy',
  'Vasseur',
  'Wattrelos',
  'Ychou',
  'Zimmerlin',
  'Abgrall',
  'Besnardeau',
  'Coatanéa',
  'Dumoulinet',
  'Estienne',
];
const LAST_EN = [
  'Ashdown',
  'Blakeway',
  'Colquhoun',
  'Dunmore',
  'Everleigh',
  'Fairbairn',
  'Greaves',
  'Hartigan',
  'Ingledew',
  'Kingsmill',
];

const OWNER_DOMAIN = 'alizeo-energies.fr';
const PAST_DOMAIN = 'cartonneries-orvault.fr';
const SCHOOL_DOMAIN = 'alumni-ensm-brest.fr';
const CLUB_DOMAIN = 'cercle-entrepreneurs-iroise.org';
const CLIENT_DOMAINS = [
  'menuiserie-kerloc.fr',
  'groupe-vantier.com',
  'atelier-brumaire.fr',
  'nordsea-logistics.co.uk',
  'hotel-les-genets.fr',
];
const OTHER_DOMAINS = ['orange.fr', 'gmail.com', 'free.fr', 'outlook.com', 'laposte.net'];
const OTHER_COMPANIES = [
  'Studio Lumen',
  'Cabinet Ravel & Associés',
  'Transports Le Goff',
  'Biscuiterie des Abers',
  'Quartz Ingénierie',
];

/** Evidence phrases, by circle and language. */
const NOTES: Record<Exclude<Circle, 'none'>, Record<Lang, string[]>> = {
  colleagues: {
    fr: ['Équipe projet éolien offshore', 'Service achats, 2e étage'],
    en: ['Offshore wind project team', 'Procurement, 2nd floor'],
  },
  'former-colleagues': {
    fr: ['Ex-collègue aux Cartonneries d’Orvault', 'On travaillait ensemble chez Orvault (2013-2016)'],
    en: ['Former colleague at Orvault Paperboard', 'We worked together at Orvault'],
  },
  classmates: {
    fr: ['Promo 2009 de l’ENSM Brest', 'Camarade de promo, option génie maritime'],
    en: ['Class of 2009, ENSM Brest', 'Classmate, naval engineering track'],
  },
  training: {
    fr: ['Rencontré à la formation PMP de mars', 'Formation management à distance, session de printemps'],
    en: ['Met at the PMP course in March', 'Remote management training, spring session'],
  },
  conferences: {
    fr: ['Rencontré au salon Seanergy', 'Conférence Énergies marines à Nantes'],
    en: ['Met at the Seanergy trade fair', 'Marine energy conference in Nantes'],
  },
  'social-events': {
    fr: ['Soirée d’anniversaire de Margaux', 'Afterwork du jeudi au port'],
    en: ['Met at Margaux’s birthday party', 'Thursday after-work drinks at the harbour'],
  },
  clubs: {
    fr: ['Membre du Cercle des entrepreneurs d’Iroise', 'Rotary, commission jeunesse'],
    en: ['Member of the Iroise entrepreneurs’ circle', 'Rotary, youth committee'],
  },
  online: {
    fr: ['Contact LinkedIn, groupe Hydrogène vert', 'Rencontré sur un forum en ligne'],
    en: ['LinkedIn contact, green hydrogen group', 'Met on an online forum'],
  },
  clients: {
    fr: ['Client depuis 2021, contrat de maintenance', 'Devis signé pour la toiture solaire'],
    en: ['Client since 2021, maintenance contract', 'Signed the quote for the solar roof'],
  },
  'family-friends': {
    fr: ['Cousine du côté de maman', 'Ami d’enfance, voisin à Plougastel'],
    en: ['Cousin on my mother’s side', 'Childhood friend from Plougastel'],
  },
};

const SUBJECTS: Partial<Record<Circle, Record<Lang, string[]>>> = {
  clients: {
    fr: ['Devis n°{n} — extension', 'Facture {n}', 'Bon de commande {n}', 'Avenant au contrat'],
    en: ['Quote #{n} — extension', 'Invoice {n}', 'Purchase order {n}', 'Contract amendment'],
  },
  colleagues: {
    fr: ['Point hebdo équipe', 'Compte rendu comité projet'],
    en: ['Weekly team sync', 'Project board minutes'],
  },
  'former-colleagues': {
    fr: ['Des nouvelles depuis Orvault ?', 'Pot de départ de Gilles'],
    en: ['News from Orvault?', 'Farewell drinks'],
  },
  classmates: {
    fr: ['Soirée des 15 ans de promo', 'Annuaire des anciens'],
    en: ['Class reunion, 15 years', 'Alumni directory'],
  },
  'family-friends': {
    fr: ['Repas de famille dimanche', 'Photos des vacances'],
    en: ['Family lunch on Sunday', 'Holiday photos'],
  },
};

const EVENTS: Partial<Record<Circle, Record<Lang, { subject: string; location: string }[]>>> = {
  training: {
    fr: [{ subject: 'Formation PMP — jour 2', location: 'Centre de formation, Rennes' }],
    en: [{ subject: 'PMP course — day 2', location: 'Training centre, Rennes' }],
  },
  conferences: {
    fr: [
      { subject: 'Salon Seanergy — stand B12', location: 'Parc des expositions, Nantes' },
      { subject: 'Séminaire hydrogène', location: 'Brest' },
    ],
    en: [{ subject: 'Seanergy trade fair — booth B12', location: 'Exhibition centre, Nantes' }],
  },
  'social-events': {
    fr: [
      { subject: 'Afterwork au port', location: 'Le Comptoir, Brest' },
      { subject: 'Soirée d’anniversaire', location: 'Chez Margaux' },
    ],
    en: [{ subject: 'After-work drinks', location: 'The Harbour Bar' }],
  },
  clubs: {
    fr: [{ subject: 'Dîner du Cercle des entrepreneurs', location: 'Hôtel de la Rade' }],
    en: [{ subject: 'Entrepreneurs’ circle dinner', location: 'Harbour hotel' }],
  },
  colleagues: {
    fr: [{ subject: 'Comité de pilotage', location: 'Salle Ouessant' }],
    en: [{ subject: 'Steering committee', location: 'Ouessant room' }],
  },
};

const CIRCLES: Circle[] = [
  'colleagues',
  'former-colleagues',
  'classmates',
  'training',
  'conferences',
  'social-events',
  'clubs',
  'online',
  'clients',
  'family-friends',
  'none',
];

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A circles-mailbox/1 document with `contacts` contacts. */
export function generateMailbox(opts: GenerateOptions): Record<string, unknown> {
  const rand = seeded(opts.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const lang: Lang = opts.language ?? 'fr';
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const now = Date.parse(opts.now ?? '2026-06-01T00:00:00Z');
  const day = 86_400_000;
  const ownerFirst = lang === 'fr' ? 'Solène' : 'Harriet';
  const ownerLast = lang === 'fr' ? 'Kerbrat' : 'Wexford';
  const ownerMail = `${slug(ownerFirst)}.${slug(ownerLast)}@${OWNER_DOMAIN}`;

  const contacts: Record<string, unknown>[] = [];
  const people: { address: string; name: string; circle: Circle }[] = [];
  const used = new Set<string>();
  for (let i = 0; i < opts.contacts; i++) {
    const circle = CIRCLES[i % CIRCLES.length]!;
    const l: Lang = rand() < 0.2 ? other : lang;
    const given = l === 'en' && rand() < 0.6 ? pick(FIRST_EN) : pick(FIRST);
    const surname =
      circle === 'family-friends' && rand() < 0.5 ? ownerLast : l === 'en' && rand() < 0.5 ? pick(LAST_EN) : pick(LAST);
    const domain =
      circle === 'colleagues'
        ? OWNER_DOMAIN
        : circle === 'former-colleagues' && rand() < 0.6
          ? PAST_DOMAIN
          : circle === 'classmates' && rand() < 0.5
            ? SCHOOL_DOMAIN
            : circle === 'clubs' && rand() < 0.4
              ? CLUB_DOMAIN
              : circle === 'clients'
                ? pick(CLIENT_DOMAINS)
                : pick(OTHER_DOMAINS);
    let local = `${slug(given)}.${slug(surname)}`;
    while (used.has(`${local}@${domain}`)) local = `${local}${Math.floor(rand() * 90 + 10)}`;
    used.add(`${local}@${domain}`);
    const address = `${local}@${domain}`;
    const displayName = `${given} ${surname}`;
    const contact: Record<string, unknown> = {
      id: `AAMkADgen-${(opts.seed ?? 42).toString(36)}-${i.toString(36).padStart(5, '0')}=`,
      displayName,
      givenName: given,
      surname,
      emailAddresses: [{ name: displayName, address }],
      businessPhones:
        rand() < 0.5
          ? [
              `+33 2 98 ${String(10 + (i % 89)).padStart(2, '0')} ${String(i % 100).padStart(2, '0')} ${String((i * 7) % 100).padStart(2, '0')}`,
            ]
          : [],
      homePhones: [],
      categories: [],
      createdDateTime: new Date(now - (400 + (i % 2000)) * day).toISOString().slice(0, 19) + 'Z',
    };
    if (circle === 'colleagues')
      Object.assign(contact, {
        companyName: 'Alizéo Énergies',
        jobTitle: pick(['Chargée d’affaires', 'Ingénieur études', 'Responsable achats', 'Project manager']),
      });
    else if (circle === 'clients')
      Object.assign(contact, {
        companyName: pick([
          'Menuiserie Kerloc',
          'Groupe Vantier',
          'Atelier Brumaire',
          'Nordsea Logistics',
          'Hôtel Les Genêts',
        ]),
        jobTitle: pick(['Directeur technique', 'Acheteuse', 'Gérant', 'Operations manager']),
      });
    else if (circle !== 'family-friends' && rand() < 0.6)
      Object.assign(contact, {
        companyName: domain === PAST_DOMAIN ? 'Cartonneries d’Orvault' : pick(OTHER_COMPANIES),
      });
    if (circle !== 'none' && rand() < 0.7) contact.personalNotes = pick(NOTES[circle][l]);
    if (circle === 'online')
      contact.businessHomePage = `https://www.linkedin.com/in/${slug(given)}-${slug(surname)}-${i}`;
    if (circle === 'family-friends') {
      contact.homeAddress = {
        street: `${(i % 40) + 1} rue des Goémons`,
        city: 'Plougastel-Daoulas',
        postalCode: '29470',
        countryOrRegion: 'France',
      };
      if (rand() < 0.6)
        contact.birthday = `19${60 + (i % 35)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    }
    contacts.push(contact);
    people.push({ address, name: displayName, circle });
  }

  const ownerAddr = { name: `${ownerFirst} ${ownerLast}`, address: ownerMail };
  const recipient = (p: { name: string; address: string }) => ({ emailAddress: { name: p.name, address: p.address } });
  const withSubjects = people.filter((p) => SUBJECTS[p.circle]);
  const messageCount = opts.messages ?? opts.contacts * 3;
  const messages: Record<string, unknown>[] = [];
  for (let i = 0; i < messageCount && withSubjects.length; i++) {
    const p = pick(withSubjects);
    const l: Lang = rand() < 0.2 ? other : lang;
    const subject = pick(SUBJECTS[p.circle]![l]).replace('{n}', String(2024000 + i));
    const incoming = rand() < 0.5;
    messages.push({
      id: `AAMkADmsg-${i.toString(36).padStart(6, '0')}=`,
      subject,
      sentDateTime:
        new Date(now - Math.floor(rand() * 900) * day - (i % 86_400) * 1000).toISOString().slice(0, 19) + 'Z',
      from: recipient(incoming ? p : ownerAddr),
      toRecipients: [recipient(incoming ? ownerAddr : p)],
      ccRecipients: [],
    });
  }

  const withEvents = people.filter((p) => EVENTS[p.circle]);
  const eventCount = opts.events ?? Math.ceil(opts.contacts / 4);
  const events: Record<string, unknown>[] = [];
  for (let i = 0; i < eventCount && withEvents.length; i++) {
    const p = pick(withEvents);
    const l: Lang = rand() < 0.2 ? other : lang;
    const e = pick(EVENTS[p.circle]![l]);
    const peers = withEvents.filter((x) => x.circle === p.circle);
    const attendees = [p, pick(peers), pick(peers)].filter((x, j, all) => all.indexOf(x) === j);
    const start = now - Math.floor(rand() * 700) * day + 9 * 3_600_000;
    const iso = (t: number) => new Date(t).toISOString().slice(0, 19) + '.0000000';
    events.push({
      id: `AAMkADevt-${i.toString(36).padStart(6, '0')}=`,
      subject: e.subject,
      start: { dateTime: iso(start), timeZone: 'UTC' },
      end: { dateTime: iso(start + 2 * 3_600_000), timeZone: 'UTC' },
      location: { displayName: e.location },
      organizer: recipient(rand() < 0.5 ? ownerAddr : p),
      attendees: attendees.map((a) => ({ type: 'required', status: { response: 'accepted' }, ...recipient(a) })),
    });
  }

  return {
    format: 'circles-mailbox/1',
    owner: {
      displayName: `${ownerFirst} ${ownerLast}`,
      givenName: ownerFirst,
      surname: ownerLast,
      mail: ownerMail,
      companyName: 'Alizéo Énergies',
      jobTitle: lang === 'fr' ? 'Directrice des opérations' : 'Head of operations',
      preferredLanguage: lang === 'fr' ? 'fr-FR' : 'en-GB',
      profile: {
        employers: [{ name: 'Cartonneries d’Orvault', domain: PAST_DOMAIN, from: 2011, to: 2017 }],
        schools: [{ name: 'ENSM Brest', domain: SCHOOL_DOMAIN, from: 2006, to: 2009 }],
        trainings: [{ name: 'PMP' }],
        clubs: [{ name: 'Cercle des entrepreneurs d’Iroise', domain: CLUB_DOMAIN }],
      },
    },
    contacts,
    events,
    messages,
  };
}
