import { fold } from '../core/text/fold';
import { elideBefore } from '../core/text/elision';
import { frenchSpacing } from '../core/text/typography';
/**
 * Reasons are data from the engine ({ field, kind, evidence, circle, weight }); this turns them into plain
 * French or English sentences. Every kind of ReasonKind has its sentence (an exhaustive switch: a new kind does
 * not compile without one); a kind the field says best, and anything outside the type, reads by its field, and
 * an unknown field a generic one, so an engine code never shows up raw.
 */
import type { EvidenceField, Reason, ReasonKind } from '../core/circles/types';
import type { Language } from '../core/model';

/** A sentence in each language; `{e}` is the evidence, made readable (readableEvidence). */
type Sentence = { readonly fr: string; readonly en: string };

/**
 * The sentence for each kind of reason the engine gives. Exhaustive over ReasonKind with no default: a kind
 * the engine adds does not compile until it has its sentence here. `null` means the field says it best (a
 * vocabulary word found in a field without a name of its own).
 */
function sentenceOf(kind: ReasonKind): Sentence | null {
  switch (kind) {
    case 'owner-domain':
      return {
        fr: 'Son adresse est au domaine de votre entreprise ({e}).',
        en: 'Their address is at your company’s domain ({e}).',
      };
    case 'current-domain':
      return {
        fr: 'Son adresse est au domaine de votre entreprise ({e}).',
        en: 'Their address is at your company’s domain ({e}).',
      };
    case 'employer-domain':
      return {
        fr: 'Son adresse est chez un de vos anciens employeurs ({e}).',
        en: 'Their address is at one of your past employers ({e}).',
      };
    case 'old-address':
      return {
        fr: 'Une de ses anciennes adresses le rattache à ce cercle ({e}).',
        en: 'One of their older addresses ties them to this circle ({e}).',
      };
    case 'school-domain':
      return {
        fr: 'Son adresse vient d’une école que vous avez fréquentée ({e}).',
        en: 'Their address comes from a school you attended ({e}).',
      };
    case 'training-domain':
      return {
        fr: 'Son adresse est celle d’un organisme de formation que vous connaissez ({e}).',
        en: 'Their address belongs to a training body you know ({e}).',
      };
    case 'club-domain':
      return {
        fr: 'Son adresse est celle d’un club ou réseau ({e}).',
        en: 'Their address belongs to a club or network ({e}).',
      };
    case 'alumni-domain':
      return {
        fr: 'Son adresse est celle d’un réseau d’anciens élèves ({e}).',
        en: 'Their address belongs to an alumni network ({e}).',
      };
    case 'academic-domain':
      return {
        fr: 'Son adresse est celle d’une école ou d’une université ({e}).',
        en: 'Their address belongs to a school or university ({e}).',
      };
    case 'circle-domain':
      return {
        fr: 'Son domaine appartient à ce cercle ({e}).',
        en: 'Their domain belongs to this circle ({e}).',
      };
    case 'shared-domain':
      return {
        fr: 'Son domaine est celui d’autres membres de ce cercle ({e}).',
        en: 'Their domain is shared by other members of this circle ({e}).',
      };
    case 'current-employer':
      return {
        fr: 'Son adresse est au domaine de votre entreprise ({e}).',
        en: 'Their address is at your company’s domain ({e}).',
      };
    case 'company-current':
      return {
        fr: 'Son adresse est au domaine de votre entreprise ({e}).',
        en: 'Their address is at your company’s domain ({e}).',
      };
    case 'former-employer':
      return {
        fr: 'Il ou elle a travaillé chez un de vos anciens employeurs ({e}).',
        en: 'They worked at one of your past employers ({e}).',
      };
    case 'company-school':
      return {
        fr: 'Son entreprise est une école que vous avez fréquentée ({e}).',
        en: 'Their company is a school you attended ({e}).',
      };
    case 'company-training':
      return {
        fr: 'Son entreprise est un organisme de formation que vous connaissez ({e}).',
        en: 'Their company is a training body you know ({e}).',
      };
    case 'company-club':
      return {
        fr: 'Son entreprise est un club ou réseau dont vous êtes membre ({e}).',
        en: 'Their company is a club or network you belong to ({e}).',
      };
    case 'notes-keyword':
      return {
        fr: 'Vos notes disent « {e} ».',
        en: 'Your notes say “{e}”.',
      };
    case 'subject-keyword':
      return {
        fr: 'Un message échangé s’intitule « {e} ».',
        en: 'A message you exchanged is titled “{e}”.',
      };
    case 'event-keyword':
      return {
        fr: 'Vous étiez ensemble à « {e} ».',
        en: 'You were both at “{e}”.',
      };
    case 'company-keyword':
      return {
        fr: 'Son entreprise l’indique ({e}).',
        en: 'Their company says so ({e}).',
      };
    case 'category-keyword':
      return {
        fr: 'Une de ses catégories l’indique ({e}).',
        en: 'One of their categories says so ({e}).',
      };
    case 'title-keyword':
      return {
        fr: 'Sa fonction l’indique ({e}).',
        en: 'Their job title says so ({e}).',
      };
    case 'department-keyword':
      return {
        fr: 'Son service l’indique ({e}).',
        en: 'Their department says so ({e}).',
      };
    case 'email-keyword':
      return {
        fr: 'Son adresse l’indique ({e}).',
        en: 'Their address says so ({e}).',
      };
    case 'webpage-keyword':
      return {
        fr: 'Sa page web l’indique ({e}).',
        en: 'Their web page says so ({e}).',
      };
    case 'mentions-current':
      return {
        fr: 'Votre entreprise est mentionnée : « {e} ».',
        en: 'Your company is mentioned: “{e}”.',
      };
    case 'mentions-employer':
      return {
        fr: 'Un de vos anciens employeurs est mentionné : « {e} ».',
        en: 'One of your past employers is mentioned: “{e}”.',
      };
    case 'mentions-school':
      return {
        fr: 'Une école que vous avez fréquentée est mentionnée : « {e} ».',
        en: 'A school you attended is mentioned: “{e}”.',
      };
    case 'mentions-training':
      return {
        fr: 'Une formation que vous avez suivie est mentionnée : « {e} ».',
        en: 'A training you took is mentioned: “{e}”.',
      };
    case 'mentions-club':
      return {
        fr: 'Un club ou réseau dont vous êtes membre est mentionné : « {e} ».',
        en: 'A club or network you belong to is mentioned: “{e}”.',
      };
    case 'ex-employer':
      return {
        fr: 'Il ou elle a travaillé chez « {e} ».',
        en: 'They used to work at “{e}”.',
      };
    case 'company-alumni':
      return {
        fr: 'Ancien ou ancienne de la même entreprise : « {e} ».',
        en: 'An alumnus of the same company: “{e}”.',
      };
    case 'school-alumni':
      return {
        fr: 'Ancien ou ancienne de la même école : « {e} ».',
        en: 'An alumnus of the same school: “{e}”.',
      };
    case 'club-member':
      return {
        fr: 'Membre du même club ou réseau : « {e} ».',
        en: 'A member of the same club or network: “{e}”.',
      };
    case 'dated-event':
      return {
        fr: 'Rencontré lors d’un événement daté : « {e} ».',
        en: 'Met at a dated event: “{e}”.',
      };
    case 'linkedin-url':
      return {
        fr: 'Sa page web est un profil en ligne ({e}).',
        en: 'Their web page is an online profile ({e}).',
      };
    case 'social-url':
      return {
        fr: 'Sa page web est sur un réseau social ({e}).',
        en: 'Their web page is on a social network ({e}).',
      };
    case 'existing-category':
      return {
        fr: 'Il ou elle porte déjà la catégorie « {e} ».',
        en: 'They already have the category “{e}”.',
      };
    case 'personal-category':
      return {
        fr: 'Vous lui avez donné une catégorie personnelle ({e}).',
        en: 'You gave them a personal category ({e}).',
      };
    case 'birthday':
      return {
        fr: 'Vous avez noté son anniversaire ({e}).',
        en: 'You noted their birthday ({e}).',
      };
    case 'work-card-birthday':
      return {
        fr: 'Vous avez noté son anniversaire ({e}) : un détail personnel, sur une fiche professionnelle.',
        en: 'You noted their birthday ({e}): a personal detail, on a work card.',
      };
    case 'spouse':
      return {
        fr: 'Vous connaissez le nom de son conjoint ({e}).',
        en: 'You know their partner’s name ({e}).',
      };
    case 'private-address':
      return {
        fr: 'Vous avez son adresse personnelle ({e}).',
        en: 'You have their home address ({e}).',
      };
    case 'home-phone':
      return {
        fr: 'Vous avez son téléphone personnel ({e}).',
        en: 'You have their home phone ({e}).',
      };
    case 'surname-match':
      return {
        fr: 'Il ou elle porte votre nom de famille ({e}).',
        en: 'They share your surname ({e}).',
      };
    case 'co-attendance':
      return {
        fr: 'Vous assistez souvent aux mêmes rendez-vous que {e}.',
        en: 'You often attend the same meetings as {e}.',
      };
    case 'user-confirm':
      return {
        fr: 'Vous avez confirmé ce cercle.',
        en: 'You confirmed this circle.',
      };
    case 'user-correct':
      return {
        fr: 'Vous avez choisi ce cercle.',
        en: 'You chose this circle.',
      };
    case 'linkedin-left':
      return {
        fr: 'Sa fiche le place dans votre entreprise, mais LinkedIn le dit aujourd’hui chez {e}.',
        en: 'Their card puts them at your company, but LinkedIn says they now work at {e}.',
      };
    case 'linkedin-joined':
      return {
        fr: 'LinkedIn le dit aujourd’hui dans votre entreprise ({e}).',
        en: 'LinkedIn says they now work at your company ({e}).',
      };
    case 'linkedin-only':
      return {
        fr: 'Vous êtes en relation sur LinkedIn, et rien d’autre ne dit où vous vous êtes connus.',
        en: 'You are connected on LinkedIn, and nothing else shows where you met.',
      };
    case 'similar-domain':
    case 'similar-company':
    case 'similar-thread':
    case 'similar-word':
      return {
        fr: 'Comme d’autres contacts que vous y avez placés ({e}).',
        en: 'Like other contacts you placed there ({e}).',
      };
    case 'keyword':
      return null;
  }
}

// One sentence per field, for the kinds whose field says it best.
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
  const birthday = kind === 'birthday' || kind === 'work-card-birthday';
  // A birthday without its year, as vCard writes it ("--0203", "--02-03": 3 February).
  const noYear = birthday ? /^--(\d{2})-?(\d{2})$/.exec(text) : null;
  if (noYear) {
    const date = new Date(Date.UTC(2000, Number(noYear[1]) - 1, Number(noYear[2]), 12));
    if (date.getUTCMonth() === Number(noYear[1]) - 1)
      return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      }).format(date);
  }
  if (ISO_DATE.test(text)) {
    // Graph stores a birthday at 11:59 UTC of the day; reading it in UTC keeps the day whatever the time zone.
    const date = new Date(text.length === 10 ? `${text}T12:00:00Z` : text);
    if (!Number.isNaN(date.getTime()))
      return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        ...(birthday ? {} : { year: 'numeric' }),
        timeZone: 'UTC',
      }).format(date);
  }
  return clip(text);
}

/**
 * A reason's sentence in three parts, so the evidence (a contact's or a message's words) can be rendered
 * isolated from the sentence around it (UserText): an override or a right-to-left word inside it cannot
 * reorder our words.
 */
export type ReasonParts = { readonly before: string; readonly evidence: string; readonly after: string };

export function describeReasonParts(reason: Reason, language: Language): ReasonParts {
  // A kind outside ReasonKind (data from elsewhere, a fake engine) still reads as a sentence, never as a code.
  const raw =
    (sentenceOf(reason.kind) as Sentence | null | undefined)?.[language] ??
    (byField[language] as Readonly<Record<string, string>>)[reason.field] ??
    generic[language];
  // The template's own spaces (inside « », before : ;) made unbreakable, never the evidence's.
  const template = language === 'fr' ? frenchSpacing(raw) : raw;
  const at = template.indexOf('{e}');
  if (at < 0) return { before: template, evidence: '', after: '' };
  const evidence = readableEvidence(reason.evidence, language, reason.kind);
  const before = template.slice(0, at);
  return {
    // "… les mêmes rendez-vous qu’Alden Fairbairn."
    before: language === 'fr' ? elideBefore(before, evidence) : before,
    evidence,
    after: template.slice(at + 3),
  };
}

/** A reason as one plain sentence in the given language. The result is text: render it as React text only. */
export function describeReason(reason: Reason, language: Language): string {
  const { before, evidence, after } = describeReasonParts(reason, language);
  return `${before}${evidence}${after}`;
}

/**
 * What a reason quotes, as one source: a note, a subject, a company name or a domain, without case, accents,
 * punctuation or a domain's ending — so "alizeo-energies.fr" and "Alizéo Énergies" are one organisation, and
 * one note read twice (a keyword and an organisation in it) is one reason.
 */
export function sourceKey(evidence: string): string {
  let text = fold(evidence.trim());
  if (/^\S+@\S+$/.test(text)) text = text.slice(text.indexOf('@') + 1);
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(text)) text = organisationLabel(text);
  return text.replace(/[^a-z0-9]+/g, '');
}

/**
 * The label of a domain that names the organisation: without its ending ("co.uk" included) nor a host in
 * front ("mail."). A light rule, not the public-suffix list: it only decides which reasons quote one source.
 */
const secondLevel = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'gouv', 'edu', 'ltd', 'plc']);
function organisationLabel(domain: string): string {
  const labels = domain.split('.');
  labels.pop();
  if (labels.length > 1 && secondLevel.has(labels[labels.length - 1] ?? '')) labels.pop();
  return labels[labels.length - 1] ?? '';
}

/** The strongest reasons first, at most `limit`: one per source (see sourceKey) and per sentence. */
export function describeReasonsParts(reasons: readonly Reason[], language: Language, limit = 3): ReasonParts[] {
  const sorted = [...reasons].sort((a, b) => b.weight - a.weight);
  const out: ReasonParts[] = [];
  const seen = new Set<string>();
  const sources = new Set<string>();
  for (const r of sorted) {
    const key = sourceKey(r.evidence);
    if (key !== '' && sources.has(key)) continue;
    sources.add(key);
    const parts = describeReasonParts(r, language);
    const sentence = `${parts.before}${parts.evidence}${parts.after}`;
    if (!seen.has(sentence)) {
      seen.add(sentence);
      out.push(parts);
    }
    if (out.length >= limit) break;
  }
  return out;
}

/** The same, as plain sentences. */
export function describeReasons(reasons: readonly Reason[], language: Language, limit = 3): string[] {
  return describeReasonsParts(reasons, language, limit).map((p) => `${p.before}${p.evidence}${p.after}`);
}
