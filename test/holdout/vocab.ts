/**
 * Hold-out vocabulary: people, organisations, events and phrasings written independently of
 * /work/shared/data so that the generated mailboxes test general knowledge, not sample strings.
 * Each phrase template uses {X} for the organisation / event / school name.
 */

export type Lang = 'fr' | 'en';

export const firstNamesFr = [
  'Baptiste',
  'Solène',
  'Gwenaël',
  'Maëlys',
  'Yannick',
  'Clothilde',
  'Loïc',
  'Anaïs',
  'Tristan',
  'Morgane',
  'Ronan',
  'Capucine',
  'Mathis',
  'Inès',
  'Côme',
  'Bérénice',
  'Timothée',
  'Ophélie',
  'Aurèle',
  'Lison',
  'Killian',
  'Éloïse',
  'Gaspard',
  'Margaux',
  'Noé',
  'Séverine',
  'Hervé',
  'Pascaline',
  'Jérôme',
  'Nadège',
];
export const surnamesFr = [
  'Le Goff',
  'Kerbrat',
  'Delacroix',
  'Fontaine',
  'Marchetti',
  'Benhamou',
  'Lemaire',
  'Courtois',
  'Rivière',
  'Tessier',
  'Guillot',
  'Pelletier',
  'Hamon',
  'Besnard',
  'Lacombe',
  'Carpentras',
  'Vasseur-Dumas',
  'Ndiaye',
  'Benali',
  'Texier',
  'Boucher',
  'Jacquemin',
  'Le Roux',
  'Ollivier',
  'Pruvost',
];
export const firstNamesEn = [
  'Hamish',
  'Imogen',
  'Declan',
  'Phoebe',
  'Rory',
  'Siobhan',
  'Callum',
  'Harriet',
  'Tobias',
  'Niamh',
  'Fergus',
  'Poppy',
  'Ezra',
  'Delilah',
  'Barnaby',
  'Maisie',
  'Jasper',
  'Keira',
  'Otis',
  'Willa',
  'Dmitri',
  'Priya',
  'Arjun',
  'Mei-Lin',
  'Kwame',
];
export const surnamesEn = [
  'Ashworth',
  'Pemberton',
  'McAllister',
  'Okonkwo',
  'Fairbairn',
  'Whitlock',
  'Greenhalgh',
  'Thorne',
  'Castellano',
  'Brennan',
  'Hargreaves',
  'Lindqvist',
  'Oyelaran',
  'Sutcliffe',
  'Vance',
  'Drummond',
  "O'Donoghue",
  'Kaur',
  'Nakamura',
  'Haddad',
  'Rosenthal',
  'Blackwood',
  'Ferreira',
  'Kowalczyk',
  'Yeung',
];
export const firstNamesDe = ['Jörg', 'Ulrike', 'Henrik', 'Friederike'];
export const surnamesDe = ['Schäfer', 'Brandstätter', 'Vogelsang', 'Oberholzer'];
export const firstNamesJp = ['Takumi', 'Haruka', 'Ren', 'Sakura'];
export const surnamesJp = ['Matsumoto', 'Inoue', 'Kobayashi', 'Fujiwara'];

export type Org = { name: string; domain: string; variants?: string[] };

/** Companies that contacts work for today (clients, conferences, clubs… need a current employer). */
export const companies: Org[] = [
  { name: 'Alstom', domain: 'alstomgroup.com', variants: ['ALSTOM', 'Alstom Transport'] },
  { name: 'Nexans', domain: 'nexans.com', variants: ['NEXANS SA'] },
  { name: 'Eiffage', domain: 'eiffage.com' },
  { name: 'Vinci Energies', domain: 'vinci-energies.com', variants: ['VINCI Energies'] },
  { name: 'Bouygues Telecom', domain: 'bouyguestelecom.fr' },
  { name: 'Ipsen', domain: 'ipsen.com' },
  { name: 'Legrand', domain: 'legrand.fr', variants: ['Groupe Legrand'] },
  { name: 'Fnac Darty', domain: 'fnacdarty.com' },
  { name: 'Alan', domain: 'alan.eu' },
  { name: 'Swile', domain: 'swile.co' },
  { name: 'Ledger', domain: 'ledger.fr' },
  { name: 'Boulangeries Pérault', domain: 'perault-boulangeries.fr' },
  { name: 'Transports Kerjean', domain: 'kerjean-transports.bzh' },
  { name: 'Ocado', domain: 'ocado.com' },
  { name: 'Arup', domain: 'arup.com' },
  { name: "Sainsbury's", domain: 'sainsburys.co.uk' },
  { name: 'Monzo', domain: 'monzo.com' },
  { name: 'Whitbread', domain: 'whitbread.co.uk' },
  { name: 'Halden & Pryce Solicitors', domain: 'haldenpryce.co.uk' },
  { name: 'Stripe', domain: 'stripe.com' },
  { name: 'Salesforce', domain: 'salesforce.com' },
  { name: 'Medtronic', domain: 'medtronic.com' },
  { name: 'Northwind Logistics', domain: 'northwindlogistics.com' },
  { name: 'Siemens Energy', domain: 'siemens-energy.com' },
  { name: 'Zalando', domain: 'zalando.de' },
  { name: 'Bosch', domain: 'bosch.com', variants: ['Robert Bosch GmbH'] },
  { name: 'Murata', domain: 'murata.com', variants: ['Murata Manufacturing'] },
  { name: 'Panasonic', domain: 'jp.panasonic.com' },
  { name: 'Kyocera', domain: 'kyocera.co.jp' },
  { name: 'Nordlicht Solar GmbH', domain: 'nordlicht-solar.de' },
];

export const publicProvidersFr = [
  'gmail.com',
  'orange.fr',
  'free.fr',
  'sfr.fr',
  'laposte.net',
  'hotmail.fr',
  'yahoo.fr',
  'bbox.fr',
  'proton.me',
  'icloud.com',
];
export const publicProvidersEn = [
  'gmail.com',
  'outlook.com',
  'hotmail.com',
  'yahoo.com',
  'aol.com',
  'me.com',
  'proton.me',
  'sky.com',
  'virginmedia.com',
  'gmx.de',
];

export type School = Org & { alumni: string; short: string };
export const schoolsFr: School[] = [
  { name: 'ESSEC Business School', short: 'ESSEC', domain: 'essec.edu', alumni: 'essec-alumni.fr' },
  { name: 'École Centrale de Lyon', short: 'Centrale Lyon', domain: 'ec-lyon.fr', alumni: 'centraliens-lyon.net' },
  { name: 'INSA Lyon', short: 'INSA', domain: 'insa-lyon.fr', alumni: 'alumni.insa-lyon.fr' },
  { name: 'Sciences Po', short: 'Sciences Po', domain: 'sciencespo.fr', alumni: 'alumni.sciencespo.fr' },
  { name: 'Université Paris-Dauphine', short: 'Dauphine', domain: 'dauphine.psl.eu', alumni: 'dauphine-alumni.org' },
  { name: 'Télécom Paris', short: 'Télécom', domain: 'telecom-paris.fr', alumni: 'telecom-paris-alumni.fr' },
];
export const schoolsEn: School[] = [
  { name: 'University of Edinburgh', short: 'Edinburgh', domain: 'ed.ac.uk', alumni: 'alumni.ed.ac.uk' },
  {
    name: 'Stanford Graduate School of Business',
    short: 'Stanford GSB',
    domain: 'stanford.edu',
    alumni: 'alumni.stanford.edu',
  },
  { name: 'University of Warwick', short: 'Warwick', domain: 'warwick.ac.uk', alumni: 'warwick-alumni.org' },
  { name: 'University of Michigan', short: 'UMich', domain: 'umich.edu', alumni: 'alumni.umich.edu' },
  { name: 'London Business School', short: 'LBS', domain: 'london.edu', alumni: 'alumni.london.edu' },
];

export const pastEmployersFr: Org[] = [
  { name: 'Atos', domain: 'atos.net', variants: ['ATOS', 'Atos Origin'] },
  { name: 'Ubisoft', domain: 'ubisoft.com' },
  { name: 'Groupe SEB', domain: 'groupeseb.com', variants: ['SEB'] },
];
export const pastEmployersEn: Org[] = [
  { name: 'Barclays', domain: 'barclays.com', variants: ['Barclays Bank', 'BARCLAYS'] },
  { name: 'Rolls-Royce Motor Cars', domain: 'rolls-roycemotorcars.com' },
  { name: 'Accenture', domain: 'accenture.com' },
];

export const trainings = {
  fr: [
    'formation Lean Six Sigma Green Belt',
    'formation Management transversal',
    'certification PMP',
    'formation Prise de parole en public',
    "MOOC Finance d'entreprise",
    'parcours Manager de managers',
    'formation Excel avancé',
  ],
  en: [
    'Lean Six Sigma Green Belt course',
    'Scrum Master certification',
    'CFA Level II prep class',
    'Public Speaking workshop series',
    'Executive Leadership Programme',
    'AWS Solutions Architect bootcamp',
    'ITIL Foundation course',
  ],
};
export const trainingProviders = [
  'Demos',
  'CNAM',
  'Coursera',
  'Udemy Business',
  'Dale Carnegie',
  'Learning Tree',
  'Cornerstone',
  'CSP Formation',
];

export const conferences = {
  fr: [
    'Salon Pollutec',
    'Salon des Entrepreneurs',
    'Forum Smart City',
    "Rencontres de l'Industrie",
    'Assises de la Cybersécurité',
    'Salon Maison & Objet',
    'Sommet du Numérique Responsable',
  ],
  en: [
    'CES Las Vegas',
    'Mobile World Congress',
    'SaaStr Annual',
    'Hannover Messe',
    'Sibos',
    'Collision Toronto',
    'AWS re:Invent',
    'DevOpsDays Berlin meetup',
  ],
};

export type Club = { name: string; short?: string; domain: string };
export const clubs: Record<Lang, Club[]> = {
  fr: [
    { name: 'Lions Club Nantes Erdre', domain: 'lionsclub-nantes-erdre.org' },
    { name: 'APM (Association Progrès du Management)', short: 'APM', domain: 'apm.fr' },
    { name: 'Dirigeants Commerciaux de France', short: 'DCF', domain: 'dcf-france.fr' },
    { name: 'Club des Bretons de Paris', domain: 'bretons-de-paris.org' },
    { name: "Femmes Chefs d'Entreprises", short: 'FCE', domain: 'fcefrance.com' },
  ],
  en: [
    { name: "Entrepreneurs' Organization London", short: 'EO London', domain: 'eo-london.org' },
    { name: "Young Presidents' Organization", short: 'YPO', domain: 'ypo.org' },
    { name: 'Chartered Management Institute', short: 'CMI', domain: 'managers.org.uk' },
    { name: 'Round Table Bristol', domain: 'roundtable-bristol.org.uk' },
  ],
};
