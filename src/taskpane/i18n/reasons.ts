/**
 * Reasons are data from the engine ({ field, kind, evidence, circle, weight }); this turns them into plain
 * French or English sentences. Known kinds get a precise sentence, other kinds a sentence by field, and an
 * unknown field a generic one, so a new engine code never shows up raw.
 */
import type { EvidenceField, Reason } from '../../core/circles/types';
import type { Language } from '../../core/model';

type Sentences = Readonly<Record<string, string>>;

// Exact kinds the engine is expected to emit. `{e}` is the evidence as found.
const byKind: Readonly<Record<Language, Sentences>> = {
  fr: {
    'owner-domain': 'Son adresse est au domaine de votre entreprise ({e}).',
    'current-employer': 'Son adresse est au domaine de votre entreprise ({e}).',
    'employer-domain': 'Son adresse est chez un de vos anciens employeurs ({e}).',
    'former-employer': 'Il ou elle a travaillé chez un de vos anciens employeurs ({e}).',
    'school-domain': 'Son adresse vient d’une école que vous avez fréquentée ({e}).',
    'alumni-domain': 'Son adresse est celle d’un réseau d’anciens élèves ({e}).',
    'club-domain': 'Son adresse est celle d’un club ou réseau ({e}).',
    'circle-domain': 'Son domaine appartient à ce cercle ({e}).',
    'old-address': 'Une de ses anciennes adresses le rattache à ce cercle ({e}).',
    'notes-keyword': 'Vos notes disent « {e} ».',
    'subject-keyword': 'Un message échangé s’intitule « {e} ».',
    'event-keyword': 'Vous étiez ensemble à « {e} ».',
    'co-attendance': 'Vous assistez souvent aux mêmes rendez-vous que {e}.',
    'linkedin-url': 'Sa page web est un profil en ligne ({e}).',
    'family-surname': 'Il ou elle porte votre nom de famille ({e}).',
    'surname-match': 'Il ou elle porte votre nom de famille ({e}).',
    birthday: 'Vous avez noté son anniversaire ({e}).',
    'private-address': 'Vous avez son adresse personnelle ({e}).',
    spouse: 'Vous connaissez le nom de son conjoint ({e}).',
    'personal-email': 'Il ou elle écrit depuis une adresse personnelle ({e}).',
    'existing-category': 'Il ou elle porte déjà la catégorie « {e} ».',
    learned: 'Appris de vos choix : {e}.',
    'training-domain': 'Son adresse est celle d’un organisme de formation que vous connaissez ({e}).',
    'academic-domain': 'Son adresse est celle d’une école ou d’une université ({e}).',
    'social-url': 'Sa page web est sur un réseau social ({e}).',
    'personal-category': 'Vous lui avez donné une catégorie personnelle ({e}).',
    'home-phone': 'Vous avez son téléphone personnel ({e}).',
    'company-school': 'Son entreprise est une école que vous avez fréquentée ({e}).',
    'company-training': 'Son entreprise est un organisme de formation que vous connaissez ({e}).',
    'company-club': 'Son entreprise est un club ou réseau dont vous êtes membre ({e}).',
    'user-confirm': 'Vous avez confirmé ce cercle.',
    'user-correct': 'Vous avez choisi ce cercle.',
    similar: 'Comme d’autres contacts que vous y avez placés ({e}).',
    'company-keyword': 'Son entreprise l’indique ({e}).',
    'category-keyword': 'Une de ses catégories l’indique ({e}).',
    'title-keyword': 'Sa fonction l’indique ({e}).',
    'department-keyword': 'Son service l’indique ({e}).',
    'mentions-employer': 'Un de vos anciens employeurs est mentionné : « {e} ».',
    'mentions-school': 'Une école que vous avez fréquentée est mentionnée : « {e} ».',
    'mentions-training': 'Une formation que vous avez suivie est mentionnée : « {e} ».',
    'mentions-club': 'Un club ou réseau dont vous êtes membre est mentionné : « {e} ».',
    'ex-employer': 'Il ou elle a travaillé chez « {e} ».',
    'company-alumni': 'Ancien ou ancienne de la même entreprise : « {e} ».',
    'school-alumni': 'Ancien ou ancienne de la même école : « {e} ».',
    'club-member': 'Membre du même club ou réseau : « {e} ».',
    'dated-event': 'Rencontré lors d’un événement daté : « {e} ».',
    'shared-domain': 'Son domaine est celui d’autres membres de ce cercle ({e}).',
    'linkedin-left': 'Sa fiche le place dans votre entreprise, mais LinkedIn le dit aujourd’hui chez {e}.',
    'linkedin-joined': 'LinkedIn le dit aujourd’hui dans votre entreprise ({e}).',
    'linkedin-only': 'Vous êtes en relation sur LinkedIn, et rien d’autre ne dit où vous vous êtes connus.',
  },
  en: {
    'owner-domain': 'Their address is at your company’s domain ({e}).',
    'current-employer': 'Their address is at your company’s domain ({e}).',
    'employer-domain': 'Their address is at one of your past employers ({e}).',
    'former-employer': 'They worked at one of your past employers ({e}).',
    'school-domain': 'Their address comes from a school you attended ({e}).',
    'alumni-domain': 'Their address belongs to an alumni network ({e}).',
    'club-domain': 'Their address belongs to a club or network ({e}).',
    'circle-domain': 'Their domain belongs to this circle ({e}).',
    'old-address': 'One of their older addresses ties them to this circle ({e}).',
    'notes-keyword': 'Your notes say “{e}”.',
    'subject-keyword': 'A message you exchanged is titled “{e}”.',
    'event-keyword': 'You were both at “{e}”.',
    'co-attendance': 'You often attend the same meetings as {e}.',
    'linkedin-url': 'Their web page is an online profile ({e}).',
    'family-surname': 'They share your surname ({e}).',
    'surname-match': 'They share your surname ({e}).',
    birthday: 'You noted their birthday ({e}).',
    'private-address': 'You have their home address ({e}).',
    spouse: 'You know their partner’s name ({e}).',
    'personal-email': 'They write from a personal address ({e}).',
    'existing-category': 'They already have the category “{e}”.',
    learned: 'Learned from your choices: {e}.',
    'training-domain': 'Their address belongs to a training body you know ({e}).',
    'academic-domain': 'Their address belongs to a school or university ({e}).',
    'social-url': 'Their web page is on a social network ({e}).',
    'personal-category': 'You gave them a personal category ({e}).',
    'home-phone': 'You have their home phone ({e}).',
    'company-school': 'Their company is a school you attended ({e}).',
    'company-training': 'Their company is a training body you know ({e}).',
    'company-club': 'Their company is a club or network you belong to ({e}).',
    'user-confirm': 'You confirmed this circle.',
    'user-correct': 'You chose this circle.',
    similar: 'Like other contacts you placed there ({e}).',
    'company-keyword': 'Their company says so ({e}).',
    'category-keyword': 'One of their categories says so ({e}).',
    'title-keyword': 'Their job title says so ({e}).',
    'department-keyword': 'Their department says so ({e}).',
    'mentions-employer': 'One of your past employers is mentioned: “{e}”.',
    'mentions-school': 'A school you attended is mentioned: “{e}”.',
    'mentions-training': 'A training you took is mentioned: “{e}”.',
    'mentions-club': 'A club or network you belong to is mentioned: “{e}”.',
    'ex-employer': 'They used to work at “{e}”.',
    'company-alumni': 'An alumnus of the same company: “{e}”.',
    'school-alumni': 'An alumnus of the same school: “{e}”.',
    'club-member': 'A member of the same club or network: “{e}”.',
    'dated-event': 'Met at a dated event: “{e}”.',
    'shared-domain': 'Their domain is shared by other members of this circle ({e}).',
    'linkedin-left': 'Their card puts them at your company, but LinkedIn says they now work at {e}.',
    'linkedin-joined': 'LinkedIn says they now work at your company ({e}).',
    'linkedin-only': 'You are connected on LinkedIn, and nothing else shows where you met.',
  },
};

// One sentence per field for kinds this table does not know.
const byField: Readonly<Record<Language, Readonly<Record<EvidenceField, string>>>> = {
  fr: {
    email: 'Son adresse : {e}.',
    company: 'Son entreprise : {e}.',
    jobTitle: 'Sa fonction : {e}.',
    department: 'Son service : {e}.',
    notes: 'Vos notes mentionnent « {e} ».',
    webPage: 'Sa page web : {e}.',
    categories: 'Ses catégories : {e}.',
    birthday: 'Vous avez noté son anniversaire ({e}).',
    spouse: 'Vous connaissez son entourage ({e}).',
    homeAddress: 'Vous avez son adresse personnelle ({e}).',
    homePhone: 'Vous avez son téléphone personnel ({e}).',
    surname: 'Son nom de famille : {e}.',
    message: 'Un message échangé : « {e} ».',
    event: 'Un rendez-vous en commun : « {e} ».',
    coAttendance: 'Souvent aux mêmes rendez-vous que {e}.',
    linkedin: 'Sur LinkedIn : {e}.',
    learned: 'Appris de vos choix : {e}.',
  },
  en: {
    email: 'Their address: {e}.',
    company: 'Their company: {e}.',
    jobTitle: 'Their job title: {e}.',
    department: 'Their department: {e}.',
    notes: 'Your notes mention “{e}”.',
    webPage: 'Their web page: {e}.',
    categories: 'Their categories: {e}.',
    birthday: 'You noted their birthday ({e}).',
    spouse: 'You know their family ({e}).',
    homeAddress: 'You have their home address ({e}).',
    homePhone: 'You have their home phone ({e}).',
    surname: 'Their surname: {e}.',
    message: 'A message you exchanged: “{e}”.',
    event: 'A meeting you shared: “{e}”.',
    coAttendance: 'Often at the same meetings as {e}.',
    linkedin: 'On LinkedIn: {e}.',
    learned: 'Learned from your choices: {e}.',
  },
};

const generic: Readonly<Record<Language, string>> = {
  fr: 'Indice trouvé : « {e} ».',
  en: 'Clue found: “{e}”.',
};

// Evidence can be a long note: keep the sentence readable.
const MAX_EVIDENCE = 80;
const clip = (s: string): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_EVIDENCE ? `${flat.slice(0, MAX_EVIDENCE - 1)}…` : flat;
};

// An ISO date or date-time as Graph gives it ("1962-08-07T11:59:00Z", "2024-03-01").
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Evidence as a person reads it: a date in their language with Intl.DateTimeFormat (a birthday without its
 * year: "7 août", "7 August"), anything else as found, shortened.
 */
export function readableEvidence(evidence: string, language: Language, kind?: string): string {
  const text = evidence.trim();
  if (ISO_DATE.test(text)) {
    // Graph stores a birthday at 11:59 UTC of the day; reading it in UTC keeps the day whatever the time zone.
    const date = new Date(text.length === 10 ? `${text}T12:00:00Z` : text);
    if (!Number.isNaN(date.getTime()))
      return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        ...(kind === 'birthday' ? {} : { year: 'numeric' }),
        timeZone: 'UTC',
      }).format(date);
  }
  return clip(text);
}

/** A reason as one plain sentence in the given language. The result is text: render it as React text only. */
export function describeReason(reason: Reason, language: Language): string {
  // "similar-domain", "similar-company"…: one sentence for the family.
  const kind = reason.kind.startsWith('similar-') ? 'similar' : reason.kind;
  const template =
    byKind[language][kind] ??
    (byField[language] as Readonly<Record<string, string>>)[reason.field] ??
    generic[language];
  return template.replace('{e}', () => readableEvidence(reason.evidence, language, reason.kind));
}

/** The strongest reasons first, at most `limit`, without repeating the same sentence. */
export function describeReasons(reasons: readonly Reason[], language: Language, limit = 3): string[] {
  const sorted = [...reasons].sort((a, b) => b.weight - a.weight);
  const out: string[] = [];
  for (const r of sorted) {
    const s = describeReason(r, language);
    if (!out.includes(s)) out.push(s);
    if (out.length >= limit) break;
  }
  return out;
}
