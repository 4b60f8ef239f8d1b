/**
 * Seeded generator of hold-out mailboxes (`circles-mailbox/1`) and answer keys (`circles-answers/1`)
 * with people, organisations and phrasings absent from the sample data.
 *   npx tsx test/holdout/generate.ts [outDir=/tmp/holdout] [seed=7]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as V from './vocab';
import type { Lang, Org, School } from './vocab';

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
  | 'family-friends';
type Evidence = 'domain' | 'old-address' | 'notes' | 'event' | 'message' | 'surname' | 'birthday' | 'linkedin-url';
export type MailboxLang = 'fr' | 'en' | 'mixed';
/**
 * `sample`: as in the samples, a contact whose only evidence is an event is its first invitee (the meeting was
 * set up with them); `any`: invitees in any order, as in real calendars (a robustness check, not the scoring).
 */
export type AttendeeOrder = 'sample' | 'any';
type Config = {
  name: string;
  lang: MailboxLang;
  contacts: number;
  profile: 'full' | 'partial' | 'empty';
  seed: number;
  attendeeOrder?: AttendeeOrder;
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
];
const WEIGHTS: Record<Circle, number> = {
  colleagues: 16,
  'former-colleagues': 14,
  classmates: 10,
  training: 8,
  conferences: 10,
  'social-events': 7,
  clubs: 8,
  online: 7,
  clients: 12,
  'family-friends': 10,
};

/** mulberry32 */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const chance = (p: number) => next() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, pick, chance, int };
}
type Rng = ReturnType<typeof rng>;

const strip = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const slug = (s: string) =>
  strip(s)
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** Realistic noise on a free-text phrase: accents dropped, ALL CAPS, lower case, one typo. */
function noisy(r: Rng, s: string): string {
  let out = s;
  if (r.chance(0.2)) out = strip(out);
  if (r.chance(0.05)) out = out.toUpperCase();
  else if (r.chance(0.1)) out = out.toLowerCase();
  if (r.chance(0.04)) {
    // swap two adjacent letters inside a long-ish word that is not the first word
    const words = out.split(' ');
    const i = words.findIndex((w, k) => k > 0 && w.length > 6);
    if (i > 0) {
      const w = words[i]!;
      const j = 2;
      words[i] = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
      out = words.join(' ');
    }
  }
  return out;
}
const fill = (t: string, x: string) => t.replaceAll('{X}', x);

type Person = { given: string; surname: string; lang: Lang };
function person(r: Rng, lang: Lang): Person {
  const roll = r.next();
  if (roll < 0.06) return { given: r.pick(V.firstNamesDe), surname: r.pick(V.surnamesDe), lang };
  if (roll < 0.1) return { given: r.pick(V.firstNamesJp), surname: r.pick(V.surnamesJp), lang };
  if (lang === 'fr')
    return { given: r.pick(V.firstNamesFr), surname: r.pick(roll < 0.25 ? V.surnamesEn : V.surnamesFr), lang };
  return { given: r.pick(V.firstNamesEn), surname: r.pick(roll < 0.2 ? V.surnamesFr : V.surnamesEn), lang };
}
function workAddress(r: Rng, p: Person, domain: string): string {
  const g = slug(p.given),
    s = slug(p.surname);
  return `${r.pick([`${g}.${s}`, `${g[0]}${s}`, `${s}.${g}`, g, `${g}_${s}`])}@${domain}`;
}
function privateAddress(r: Rng, p: Person): string {
  const g = slug(p.given),
    s = slug(p.surname);
  const prov = r.pick(p.lang === 'fr' ? V.publicProvidersFr : V.publicProvidersEn);
  return `${r.pick([`${g}.${s}`, `${g}${s}${r.int(1, 99)}`, `${g[0]}.${s}`, `${s}.${g}${r.int(60, 99)}`])}@${prov}`;
}

/** Phrases per circle; {X} is replaced by the organisation, school or event. */
const P = {
  formerNotes: {
    fr: [
      'ex-{X}',
      'Anciennement chez {X}',
      'Ancien collègue chez {X}',
      'Ancienne collègue de {X}, équipe achats',
      'On a bossé ensemble chez {X}',
      'Travaillait avec moi chez {X} (2013-2016)',
      'mon ancien manager chez {X}',
      "Équipe projet {X} à l'époque",
    ],
    en: [
      'ex-{X}',
      'Formerly at {X}',
      'We were colleagues at {X}',
      'Used to work together at {X}',
      'My old boss at {X}',
      'Worked with me at {X} 2010-2013',
      'former teammate, {X} London office',
      'Alumni of {X} (my team)',
    ],
  },
  formerMsg: {
    fr: [
      'Dîner des anciens de {X}',
      'Pot de départ de Fabrice ({X})',
      "Des nouvelles de l'ancienne équipe {X}",
      'Retrouvailles ex-{X} jeudi ?',
    ],
    en: [
      'Ex-{X} reunion drinks',
      'Old {X} crew catch-up',
      'Leaving do for Martin (ex {X})',
      '{X} alumni network – annual dinner',
    ],
  },
  schoolNotes: {
    fr: [
      'Promo 2009 {X}',
      '{X} promo 2011',
      'Camarade de promo à {X}',
      'On était ensemble à {X}',
      'Même promo {X}, option finance',
      'Diplômé {X} 2008',
      'Rencontrée à {X} en 1ère année',
    ],
    en: [
      'Class of 2007, {X}',
      "{X} class of '09",
      'We studied together at {X}',
      'Same year at {X}',
      'Fellow {X} alum',
      'My flatmate at {X}',
      'MBA classmate ({X})',
    ],
  },
  schoolEvent: {
    fr: ['Gala des anciens {X}', 'Dîner de promo {X}', 'Afterwork diplômés {X}', 'Remise des diplômes {X} - 10 ans'],
    en: [
      '{X} alumni reception',
      '{X} homecoming weekend',
      '{X} reunion dinner - 10 years',
      '{X} graduates networking evening',
    ],
  },
  schoolMsg: {
    fr: [
      'Annuaire des anciens {X}',
      'Réunion promo {X} - 15 ans !',
      'Cotisation association des diplômés {X}',
      'Photos du gala {X}',
    ],
    en: [
      '{X} alumni directory',
      '{X} class reunion - save the date',
      'Your {X} alumni magazine',
      'Reunion photos ({X})',
    ],
  },
  trainingNotes: {
    fr: [
      'Rencontré pendant la {X}',
      'Même session {X}',
      'Stagiaire avec moi en {X}',
      'Binôme lors de la {X} ({P})',
      'Session {X} chez {P}',
    ],
    en: [
      'Met during the {X}',
      'Same intake on the {X}',
      'Study buddy from the {X}',
      'Paired up on the {X} ({P})',
      'Took the {X} together at {P}',
    ],
  },
  trainingEvent: {
    fr: ['{X} - jour {N}', 'Session {X}', '{X} (module {N})'],
    en: ['{X} - day {N}', '{X} session {N}', '{X} – module {N}'],
  },
  trainingMsg: {
    fr: ['Support de cours - {X}', 'Exercices {X}', 'Attestation de fin de {X}', 'Groupe de révision {X}'],
    en: ['Course notes - {X}', 'Homework for {X}', 'Certificate – {X}', 'Revision group for the {X}'],
  },
  confNotes: {
    fr: [
      'Rencontré au {X} 2022',
      'Croisée sur un stand au {X}',
      'Carte de visite - {X}',
      'Échange au {X}, intéressé par nos solutions',
      'Panel commun au {X}',
      'Vu au séminaire {X}',
    ],
    en: [
      'Met at {X} 2019',
      'Business card from {X}',
      'Chatted at their booth at {X}',
      'Spoke on the same panel at {X}',
      'Keynote speaker at {X}',
      'Exhibitor at {X}',
    ],
  },
  confEvent: {
    fr: ['RDV stand {X}', '{X} - rendez-vous visiteurs', 'Conférence {X} - keynote', 'Séminaire {X}'],
    en: ['{X} - booth meeting', '{X} panel prep', 'Meeting at {X} expo hall', '{X} - speaker dinner'],
  },
  confMsg: {
    fr: [
      'Suite à notre rencontre au {X}',
      "Ravi d'avoir échangé sur le {X}",
      'Présentation du {X}',
      '{X} : les slides de la table ronde',
    ],
    en: ['Nice meeting you at {X}', 'Following our chat at {X}', 'Slides from the {X} panel', 'Great talk at {X}!'],
  },
  socialNotes: {
    fr: [
      'Rencontré au mariage de Julie et Thomas',
      'Soirée chez Margaux',
      'croisé à la crémaillère de Paul',
      'Rencontre au pot de départ de Sophie',
      'Apéro du vendredi chez des amis',
      'Rencontré au barbecue des voisins',
      "Soirée d'anniversaire de Hugo",
    ],
    en: [
      "Met at Tom and Lucy's wedding",
      'Friend of a friend, met at a housewarming',
      'Chatted at the Christmas drinks',
      "Met at Emma's 40th birthday party",
      "Summer BBQ at the Greens'",
      'Met at a dinner party in Clapham',
      'Leaving drinks for Sam',
    ],
  },
  socialEvent: {
    fr: ['Soirée de Noël', 'Apéro afterwork', "Barbecue de l'été", 'Soirée des 40 ans de Hugo', 'Crémaillère'],
    en: ['Christmas drinks', 'Friday pub drinks', 'Summer BBQ', 'Housewarming party', "New Year's Eve party"],
  },
  socialMsg: {
    fr: [
      'Photos de la soirée',
      "Ravi de t'avoir rencontré au mariage",
      'Merci pour la crémaillère !',
      'Les photos du barbecue',
    ],
    en: [
      'Photos from the party',
      'Lovely meeting you at the wedding',
      'Thanks for a great housewarming',
      'Pics from the BBQ',
    ],
  },
  clubNotes: {
    fr: ['Membre du {X}', '{X} - commission jeunes dirigeants', 'Adhérente {X}', 'Rencontré au {X}', 'Parrain au {X}'],
    en: ['Member of {X}', '{X} - membership committee', 'Fellow {X} member', 'Met through {X}', 'My {X} forum mate'],
  },
  clubEvent: {
    fr: ['Dîner mensuel {X}', 'Assemblée générale {X}', 'Petit-déj {X}'],
    en: ['{X} monthly dinner', '{X} chapter meeting', '{X} annual gala'],
  },
  clubMsg: {
    fr: ['Cotisation {X} 2025', 'Compte-rendu réunion {X}', 'Agenda du prochain {X}'],
    en: ['{X} membership renewal', 'Minutes - {X} chapter meeting', '{X} newsletter'],
  },
  onlineNotes: {
    fr: [
      'Contact LinkedIn',
      'Connecté via LinkedIn après un post',
      'Rencontré sur un groupe Facebook',
      'Échanges sur Twitter',
      'Membre du Slack "Product France"',
      'Contact via Malt',
      'Discord de la communauté',
    ],
    en: [
      'LinkedIn connection',
      'Reached out on LinkedIn',
      'Met on a Slack community for founders',
      'Follows me on X (Twitter)',
      'Met in a Reddit thread',
      'Contributor on my GitHub project',
      'Facebook group member',
    ],
  },
  onlineMsg: {
    fr: [
      'Invitation LinkedIn',
      'Suite à votre post LinkedIn',
      'Message via LinkedIn',
      'Vu votre commentaire sur LinkedIn',
    ],
    en: ['Your LinkedIn post', 'Connecting on LinkedIn', 'Saw your LinkedIn article', 'Intro via LinkedIn'],
  },
  clientNotes: {
    fr: [
      'Client depuis 2018',
      'Grand compte',
      'Acheteur côté client',
      'Partenaire intégrateur',
      'Fournisseur principal',
      'Distributeur exclusif région Ouest',
      'Signé en 2021, renouvellement en cours',
    ],
    en: [
      'Customer since 2017',
      'Key account',
      'Reseller partner',
      'Main supplier',
      'Procurement lead at the client',
      'Signed MSA in 2022',
      'Channel partner (EMEA)',
    ],
  },
  clientMsg: {
    fr: [
      'Devis n°{N}',
      'Facture {N}',
      'Bon de commande {N}',
      'Avenant au contrat',
      'Relance facture impayée',
      'Proposition tarifaire 2025',
    ],
    en: ['Quote #{N}', 'Invoice {N}', 'PO {N}', 'Contract renewal', 'Statement of work - phase 2', 'Pricing proposal'],
  },
  familyNotes: {
    fr: [
      'Cousine',
      'Tonton',
      'Belle-sœur',
      'Mon frère',
      "Ami d'enfance",
      'Voisine',
      'Marraine de Chloé',
      'Meilleur ami',
      'Copine du lycée',
    ],
    en: [
      'Cousin',
      'Auntie',
      'Brother-in-law',
      'My sister',
      'Childhood friend',
      'Next-door neighbour',
      'Godmother to Alfie',
      'Best mate',
      'Old friend from school',
    ],
  },
  familyMsg: {
    fr: [
      'Repas de famille dimanche',
      'Anniversaire de papi',
      'Vacances à Quiberon ?',
      'Week-end au ski',
      'Ciné ce soir ?',
    ],
    en: ["Sunday roast at Mum's", "Grandad's 80th", 'Holiday in Cornwall?', 'Pub quiz Thursday?', "Kids' sleepover"],
  },
  colleagueEvent: {
    fr: ['Revue trimestrielle', 'Comité de direction', 'Point projet', "Séminaire d'équipe", 'Rétrospective sprint'],
    en: ['Quarterly business review', 'All-hands', 'Sprint review', 'Team away day', '1:1'],
  },
  generic: {
    fr: ['Bonjour', 'Petite question', 'Documents', 'Info', 'À voir', 'Suite de notre échange', 'Rappel'],
    en: ['Hi', 'Quick one', 'Documents', 'FYI', 'Catch up?', 'Following up', 'Reminder'],
  },
};

type Contact = Record<string, unknown> & { id: string; emailAddresses: { name: string; address: string }[] };
type Event = Record<string, unknown>;
type Msg = Record<string, unknown>;

export function generate(cfg: Config) {
  const r = rng(cfg.seed);
  const ownerLang: Lang = cfg.lang === 'en' ? 'en' : 'fr';
  const langOf = (): Lang => (cfg.lang === 'mixed' ? (r.chance(0.5) ? 'fr' : 'en') : cfg.lang);
  const owner =
    cfg.lang === 'fr'
      ? { given: 'Armelle', surname: 'Quéré', company: { name: 'Valeo', domain: 'valeo.com' } }
      : cfg.lang === 'en'
        ? { given: 'Gareth', surname: 'Pennington', company: { name: 'Unilever', domain: 'unilever.com' } }
        : { given: 'Soraya', surname: 'Lemercier', company: { name: 'Back Market', domain: 'backmarket.com' } };
  const ownerMail = `${slug(owner.given)}.${slug(owner.surname)}@${owner.company.domain}`;
  // Path of the owner (known to the generator; told to the add-in only as far as cfg.profile says).
  const employers: Org[] =
    cfg.lang === 'fr'
      ? V.pastEmployersFr.slice(0, 2)
      : cfg.lang === 'en'
        ? V.pastEmployersEn.slice(0, 2)
        : [V.pastEmployersEn[2]!, V.pastEmployersFr[1]!];
  const schools: School[] =
    cfg.lang === 'fr'
      ? V.schoolsFr.slice(0, 2)
      : cfg.lang === 'en'
        ? V.schoolsEn.slice(0, 2)
        : [V.schoolsFr[3]!, V.schoolsEn[1]!];
  const myTrainings = { fr: V.trainings.fr.slice(0, 3), en: V.trainings.en.slice(0, 3) };
  const myClubs =
    cfg.lang === 'en'
      ? [...V.clubs.en.slice(0, 2)]
      : cfg.lang === 'fr'
        ? [...V.clubs.fr.slice(0, 2)]
        : [V.clubs.fr[2]!, V.clubs.en[1]!];
  const profile: Record<string, unknown> = {};
  if (cfg.profile !== 'empty') {
    profile.employers = employers.map((e, i) => ({
      name: e.name,
      domain: e.domain,
      from: 2006 + 4 * i,
      to: 2010 + 4 * i,
    }));
    profile.schools = schools.map((s) => ({ name: s.name, domain: s.domain, from: 2001, to: 2005 }));
  }
  if (cfg.profile === 'full') {
    profile.trainings = myTrainings[ownerLang].map((name) => ({ name }));
    profile.clubs = myClubs.map((c) => ({ name: c.name, domain: c.domain }));
  }

  const contacts: Contact[] = [];
  const events: Event[] = [];
  const messages: Msg[] = [];
  const labels: Record<string, { circle: Circle; evidence: Evidence[] }> = {};
  const sharedEvents = new Map<string, Event>();
  let evN = 0,
    msgN = 0;
  const addr = (name: string, address: string) => ({ emailAddress: { name, address } });
  const ownerAddr = addr(`${owner.given} ${owner.surname}`, ownerMail);
  let eventOnly = false; // set per contact: its only evidence is an event
  const attend = (subject: string, location: string, name: string, address: string) => {
    // contacts invited to an event with the same subject share it (several attendees)
    let e = sharedEvents.get(subject);
    const ownEvent = eventOnly && (cfg.attendeeOrder ?? 'sample') === 'sample';
    if (!e || ownEvent || (e.attendees as unknown[]).length > 5) {
      const y = r.int(2016, 2026),
        mo = r.int(1, 12),
        d = r.int(1, 28),
        h = r.int(8, 19);
      const dt = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00`;
      e = {
        id: `ho-evt-${++evN}`,
        subject,
        start: { dateTime: dt, timeZone: 'UTC' },
        end: {
          dateTime: dt.replace(/T(\d\d)/, (_m, hh: string) => `T${String(Math.min(23, +hh + 2)).padStart(2, '0')}`),
          timeZone: 'UTC',
        },
        location: { displayName: location },
        organizer: ownerAddr,
        attendees: [],
      };
      events.push(e);
      sharedEvents.set(subject, e);
    }
    (e.attendees as unknown[]).push({ type: 'required', ...addr(name, address) });
  };
  const mail = (subject: string, name: string, address: string, reply: boolean) => {
    const y = r.int(2017, 2026),
      mo = r.int(1, 12),
      d = r.int(1, 27);
    const sent = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(r.int(7, 21)).padStart(2, '0')}:${r.pick(['00', '15', '30', '45'])}:00Z`;
    messages.push({
      id: `ho-msg-${++msgN}`,
      subject,
      sentDateTime: sent,
      from: addr(name, address),
      toRecipients: [ownerAddr],
      ccRecipients: [],
    });
    if (reply)
      messages.push({
        id: `ho-msg-${++msgN}`,
        subject: `${r.pick(['RE: ', 'Re: ', 'RE : ', 'TR: ', 'Fwd: '])}${subject}`,
        sentDateTime: sent.replace(
          /-(\d\d)T/,
          (_m, dd: string) => `-${String(Math.min(28, +dd + 1)).padStart(2, '0')}T`,
        ),
        from: ownerAddr,
        toRecipients: [addr(name, address)],
        ccRecipients: [],
      });
  };

  // every address belongs to one contact only (a shared address would leak one contact's evidence into another)
  const used = new Set<string>([ownerMail]);
  const unique = (a: string): string => {
    let out = a,
      k = 2;
    while (used.has(out)) out = a.replace('@', `${k++}@`);
    used.add(out);
    return out;
  };
  const pickCircle = (): Circle => {
    const total = CIRCLES.reduce((s, c) => s + WEIGHTS[c], 0);
    let x = r.next() * total;
    for (const c of CIRCLES) {
      x -= WEIGHTS[c];
      if (x < 0) return c;
    }
    return 'clients';
  };
  const jobs = {
    fr: [
      'Directrice financière',
      'Chef de projet',
      'Acheteur',
      'Ingénieure commerciale',
      'Responsable RH',
      'Juriste',
      'Consultant',
      'Directeur des opérations',
      null,
    ],
    en: [
      'Finance Director',
      'Programme Manager',
      'Buyer',
      'Account Manager',
      'HR Lead',
      'Counsel',
      'Consultant',
      'COO',
      null,
    ],
  };
  // In the empty-profile mailbox the owner's former employers still show, through the notes of a few contacts.
  const evidenceOptions = (c: Circle): Evidence[] => {
    switch (c) {
      case 'colleagues':
        return ['domain', 'event'];
      case 'former-colleagues':
        return ['domain', 'old-address', 'notes', 'message'];
      case 'classmates':
        return ['domain', 'notes', 'event', 'message'];
      case 'training':
      case 'conferences':
      case 'social-events':
        return ['notes', 'event', 'message'];
      case 'clubs':
        return ['domain', 'notes', 'event', 'message'];
      case 'online':
        return ['linkedin-url', 'notes', 'message'];
      case 'clients':
        return ['notes', 'message'];
      case 'family-friends':
        return ['surname', 'birthday', 'notes', 'message'];
    }
  };

  for (let i = 0; i < cfg.contacts; i++) {
    const circle = pickCircle();
    const lang = langOf();
    const p = person(r, lang);
    const unknowable = circle !== 'colleagues' && r.chance(0.13);
    // sharing the owner's surname is evidence, so only knowable family members get it
    if (circle === 'family-friends' && !unknowable && r.chance(0.3)) p.surname = owner.surname;
    const name = `${p.given} ${p.surname}`;
    const id = `HOk${String(i).padStart(4, '0')}${slug(p.given).slice(0, 3)}${r.int(100, 999)}=`;
    let ev: Evidence[] = [];
    if (!unknowable) {
      const opts = evidenceOptions(circle).filter((e) => !(e === 'surname' && p.surname !== owner.surname));
      if (circle === 'colleagues') ev = r.chance(0.5) ? ['domain', 'event'] : ['domain'];
      else if (circle === 'former-colleagues') {
        const main = r.pick(['domain', 'old-address', 'notes', 'notes', 'message'] as Evidence[]);
        ev = [main, ...opts.filter((o) => o !== main && o !== 'domain' && o !== 'old-address' && r.chance(0.35))];
      } else if (circle === 'family-friends' && p.surname === owner.surname)
        ev = ['surname', ...opts.filter((o) => o !== 'surname' && r.chance(0.4))];
      else {
        ev = opts.filter(() => r.chance(0.45));
        if (ev.length === 0) ev = [r.pick(opts.filter((o) => o !== 'surname'))];
      }
      // As in the samples, a LinkedIn URL alone rarely marks an online contact (most URLs are on other contacts).
      if (ev.length === 1 && ev[0] === 'linkedin-url' && r.chance(0.75))
        ev.push(r.pick(['notes', 'message'] as Evidence[]));
    }
    const has = (e: Evidence) => ev.includes(e);
    eventOnly = ev.length === 1 && ev[0] === 'event';
    // current employer & main address
    const company = r.pick(V.companies);
    let companyName: string | null = r.chance(0.2) && company.variants ? r.pick(company.variants) : company.name;
    let jobTitle: string | null = r.pick(jobs[lang]);
    const emails: string[] = [];
    let notes = '';
    let birthday: string | null = null,
      spouse: string | null = null,
      homePage: string | null = null;
    const formerEmp = r.pick(employers);
    const school = r.pick(schools);
    const myClub = r.pick(myClubs);
    const isWorkish = !['family-friends', 'social-events'].includes(circle);
    if (circle === 'colleagues') {
      companyName = r.pick([owner.company.name, owner.company.name.toUpperCase(), `${owner.company.name} SA`]);
      emails.push(unique(workAddress(r, p, owner.company.domain)));
      if (has('event'))
        attend(r.pick(P.colleagueEvent[lang]), r.pick(['', 'Salle Everest', 'Teams', 'Room 4.12']), name, emails[0]!);
    } else if (circle === 'former-colleagues' && has('domain')) {
      companyName = r.chance(0.7)
        ? formerEmp.variants
          ? r.pick([formerEmp.name, ...formerEmp.variants])
          : formerEmp.name
        : null;
      emails.push(unique(workAddress(r, p, formerEmp.domain)));
    } else if (circle === 'classmates' && has('domain')) {
      emails.push(unique(workAddress(r, p, r.chance(0.5) ? school.domain : school.alumni)));
      if (r.chance(0.5)) companyName = null;
    } else if (circle === 'clubs' && has('domain')) {
      emails.push(unique(workAddress(r, p, myClub.domain)));
    } else if (!isWorkish || r.chance(0.35)) {
      emails.push(unique(privateAddress(r, p)));
      if (!isWorkish) {
        companyName = r.chance(0.8) ? null : companyName;
        jobTitle = companyName ? jobTitle : null;
      }
    } else {
      emails.push(unique(workAddress(r, p, company.domain)));
    }
    if (has('old-address')) {
      // current address elsewhere, second (or third) address at the old employer
      if (emails[0]!.endsWith(formerEmp.domain)) emails.length = 0;
      if (emails.length === 0) emails.push(unique(workAddress(r, p, company.domain)));
      if (r.chance(0.3)) emails.push(unique(privateAddress(r, p)));
      emails.push(unique(workAddress(r, p, formerEmp.domain)));
    } else if (r.chance(0.08) && circle !== 'colleagues' && circle !== 'former-colleagues') {
      emails.push(unique(privateAddress(r, p))); // a second private address is not evidence of anything
    }
    const X = (o: { name: string; short?: string }) => (o.short && r.chance(0.5) ? o.short : o.name);
    const L = lang;
    switch (circle) {
      case 'former-colleagues':
        if (has('notes'))
          notes = fill(r.pick(P.formerNotes[L]), r.chance(0.2) ? formerEmp.name.toUpperCase() : formerEmp.name);
        if (has('message')) mail(fill(r.pick(P.formerMsg[L]), formerEmp.name), name, emails[0]!, r.chance(0.6));
        break;
      case 'classmates':
        if (has('notes')) notes = fill(r.pick(P.schoolNotes[L]), X(school));
        if (has('event')) attend(fill(r.pick(P.schoolEvent[L]), school.short), '', name, emails[0]!);
        if (has('message')) mail(fill(r.pick(P.schoolMsg[L]), school.short), name, emails[0]!, r.chance(0.5));
        break;
      case 'training': {
        const t = r.pick(V.trainings[L]),
          prov = r.pick(V.trainingProviders);
        if (has('notes')) notes = fill(r.pick(P.trainingNotes[L]), t).replace('{P}', prov);
        if (has('event'))
          attend(
            fill(r.pick(P.trainingEvent[L]), t.replace(/^formation /, 'Formation ')).replace(
              '{N}',
              String(r.int(1, 4)),
            ),
            prov,
            name,
            emails[0]!,
          );
        if (has('message')) mail(fill(r.pick(P.trainingMsg[L]), t), name, emails[0]!, r.chance(0.5));
        break;
      }
      case 'conferences': {
        const c = r.pick(V.conferences[L]);
        if (has('notes')) notes = fill(r.pick(P.confNotes[L]), c);
        if (has('event'))
          attend(
            fill(r.pick(P.confEvent[L]), c),
            r.pick(['Paris Expo Porte de Versailles', 'ExCeL London', 'Messe', '']),
            name,
            emails[0]!,
          );
        if (has('message')) mail(fill(r.pick(P.confMsg[L]), c), name, emails[0]!, r.chance(0.5));
        break;
      }
      case 'social-events':
        if (has('notes')) notes = r.pick(P.socialNotes[L]);
        if (has('event')) attend(r.pick(P.socialEvent[L]), '', name, emails[0]!);
        if (has('message')) mail(r.pick(P.socialMsg[L]), name, emails[0]!, r.chance(0.5));
        break;
      case 'clubs': {
        const club = has('domain') ? myClub : r.pick(L === 'fr' ? V.clubs.fr : V.clubs.en);
        if (has('notes')) notes = fill(r.pick(P.clubNotes[L]), X(club));
        if (has('event')) attend(fill(r.pick(P.clubEvent[L]), X(club)), '', name, emails[0]!);
        if (has('message')) mail(fill(r.pick(P.clubMsg[L]), X(club)), name, emails[0]!, r.chance(0.5));
        break;
      }
      case 'online':
        if (has('linkedin-url'))
          homePage = `https://www.linkedin.com/in/${slug(p.given)}-${slug(p.surname)}-${r.int(1000, 9999)}`;
        if (has('notes')) notes = r.pick(P.onlineNotes[L]);
        if (has('message')) mail(r.pick(P.onlineMsg[L]), name, emails[0]!, r.chance(0.5));
        break;
      case 'clients': {
        if (has('notes')) notes = r.pick(P.clientNotes[L]);
        if (has('message'))
          for (let k = r.int(1, 3); k > 0; k--)
            mail(
              r.pick(P.clientMsg[L]).replace('{N}', `${r.int(2019, 2026)}-${r.int(100, 999)}`),
              name,
              emails[0]!,
              r.chance(0.6),
            );
        break;
      }
      case 'family-friends':
        if (has('notes')) notes = r.pick(P.familyNotes[L]);
        if (has('message')) mail(r.pick(P.familyMsg[L]), name, emails[0]!, r.chance(0.7));
        if (has('birthday'))
          birthday = `${r.int(1950, 2015)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T11:59:00Z`;
        if (has('birthday') && r.chance(0.3)) spouse = r.pick(lang === 'fr' ? V.firstNamesFr : V.firstNamesEn);
        break;
      default:
        break;
    }
    if (notes) notes = noisy(r, notes);
    // noise that is evidence of nothing: generic messages; a LinkedIn URL on a few contacts whose origin shows elsewhere
    if (r.chance(0.45)) mail(r.pick(P.generic[lang]), name, emails[0]!, r.chance(0.5));
    // As in the samples, group events (club lunches, receptions) also have guests from other circles, for whom
    // the event is not where they were met: such a guest is added to an event without being evidence.
    if (circle !== 'colleagues' && r.chance(0.06)) {
      const groups = [...sharedEvents.values()].filter((e) => (e.attendees as unknown[]).length >= 2);
      if (groups.length > 0)
        (r.pick(groups).attendees as unknown[]).push({ type: 'required', ...addr(name, emails[0]!) });
    }
    if (!homePage && circle !== 'online' && r.chance(ev.length > 0 ? 0.08 : 0.12))
      homePage = `https://www.linkedin.com/in/${slug(p.given)}${slug(p.surname)}`;
    contacts.push({
      id,
      displayName: r.chance(0.05) ? `${p.surname.toUpperCase()} ${p.given}` : name,
      givenName: p.given,
      surname: p.surname,
      emailAddresses: emails.map((a) => ({ name, address: r.chance(0.05) ? a.toUpperCase() : a })),
      companyName,
      jobTitle,
      department: null,
      businessPhones: isWorkish
        ? [
            lang === 'fr'
              ? `01 ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`
              : `020 ${r.int(1000, 9999)} ${r.int(1000, 9999)}`,
          ]
        : [],
      mobilePhone: r.chance(0.4)
        ? lang === 'fr'
          ? `06 ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`
          : `07${r.int(100, 999)} ${r.int(100000, 999999)}`
        : null,
      homePhones: [],
      businessAddress: {},
      homeAddress: {},
      personalNotes: notes,
      categories: [],
      birthday,
      spouseName: spouse,
      businessHomePage: homePage,
      createdDateTime: `${r.int(2012, 2026)}-0${r.int(1, 9)}-1${r.int(0, 9)}T09:00:00Z`,
      lastModifiedDateTime: '2026-11-01T00:00:00Z',
    });
    labels[id] = { circle, evidence: ev };
  }
  const mailbox = {
    format: 'circles-mailbox/1',
    owner: {
      displayName: `${owner.given} ${owner.surname}`,
      givenName: owner.given,
      surname: owner.surname,
      mail: ownerMail,
      companyName: owner.company.name,
      jobTitle: ownerLang === 'fr' ? 'Directrice des achats' : 'Head of Procurement',
      preferredLanguage: ownerLang === 'fr' ? 'fr-FR' : 'en-GB',
      profile,
    },
    contacts,
    events,
    messages,
  };
  const answers = { format: 'circles-answers/1', circles: CIRCLES, labels, ambitions: [] };
  return { mailbox, answers };
}

export const CONFIGS: Config[] = [
  { name: 'holdout-fr', lang: 'fr', contacts: 450, profile: 'full', seed: 11 },
  { name: 'holdout-en', lang: 'en', contacts: 400, profile: 'partial', seed: 23 },
  { name: 'holdout-mixed', lang: 'mixed', contacts: 550, profile: 'empty', seed: 37 },
];

export function writeAll(outDir: string, seedOffset = 0, attendeeOrder: AttendeeOrder = 'sample'): string[] {
  mkdirSync(outDir, { recursive: true });
  return CONFIGS.map((cfg) => {
    const { mailbox, answers } = generate({ ...cfg, seed: cfg.seed + seedOffset, attendeeOrder });
    writeFileSync(join(outDir, `${cfg.name}.json`), JSON.stringify(mailbox, null, 1));
    writeFileSync(join(outDir, `${cfg.name}.answers.json`), JSON.stringify(answers, null, 1));
    return cfg.name;
  });
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const out = process.argv[2] ?? '/tmp/holdout';
  const names = writeAll(out, Number(process.argv[3] ?? 0), process.argv.includes('--any-order') ? 'any' : 'sample');
  console.log(`wrote ${names.join(', ')} to ${out}`);
}
