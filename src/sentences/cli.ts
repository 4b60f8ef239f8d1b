/**
 * The words of the command line's tables (`circles classify`, `circles ties`) and of its argument errors, in
 * French and English. Figures read as the taskpane shows them: a confidence is "96 %" / "96%", never 0.96.
 */
import type { Language } from '../core/model';
import { pluralCategory } from './translate';

const percentFormats: Readonly<Record<Language, Intl.NumberFormat>> = {
  fr: new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }),
};

/** A share between 0 and 1 as the pane writes it ("96 %" in French, "96%" in English). */
export const percent = (language: Language, share: number): string => percentFormats[language].format(share);

const one = (language: Language, n: number): boolean => pluralCategory(language, n) === 'one';

const numberFormats: Readonly<Record<Language, Intl.NumberFormat>> = {
  fr: new Intl.NumberFormat('fr-FR'),
  en: new Intl.NumberFormat('en-GB'),
};

/** A count as the pane writes it: « 1 200 » (narrow no-break space) in French, "1,200" in English. */
export const count = (language: Language, n: number): string => numberFormats[language].format(n);

const dayFormats: Readonly<Record<Language, Intl.DateTimeFormat>> = {
  fr: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A day (an ISO date or instant) as a reader says it: « 23 décembre 2024 », "23 December 2024". */
export const day = (language: Language, iso: string): string => {
  const text = dayFormats[language].format(new Date(iso));
  // French writes the first of the month as an ordinal: « le 1er mai ».
  return language === 'fr' ? text.replace(/^1 /, '1er ') : text;
};

/** The `circles classify` table. */
export const classifyWords = {
  en: {
    contact: 'Contact',
    circle: 'Circle',
    confidence: 'Confidence',
    reason: 'Main reason',
    none: 'no circle: too little to go on',
    // The engine abstained although some clues point somewhere: they were too weak or pulled several ways.
    unsure: (best: string) => `no circle: clues not sure enough (${best})`,
    footer: (placed: number, total: number) =>
      `${count('en', placed)} of ${count('en', total)} ${one('en', total) ? 'contact' : 'contacts'} placed in a circle; ${count('en', total - placed)} left alone.`,
  },
  fr: {
    contact: 'Contact',
    circle: 'Cercle',
    confidence: 'Confiance',
    reason: 'Raison principale',
    none: 'aucun cercle : trop peu d’indices',
    unsure: (best: string) => `aucun cercle : indices pas assez sûrs (${best})`,
    // « 3 contacts sur 4 placés dans un cercle ; 1 laissé de côté. »
    footer: (placed: number, total: number) =>
      `${count('fr', placed)} ${one('fr', placed) ? 'contact' : 'contacts'} sur ${count('fr', total)} ${one('fr', placed) ? 'placé' : 'placés'} dans un cercle ; ${count('fr', total - placed)} ${one('fr', total - placed) ? 'laissé' : 'laissés'} de côté.`,
  },
} as const;

/** The `circles ties` table. */
export const tiesWords = {
  en: {
    contact: 'Contact',
    circle: 'Circle',
    sent: 'Sent',
    received: 'Recv.',
    meetings: 'Meet.',
    last: 'Last',
    strength: 'Tie',
    overdue: 'Overdue',
    days: (n: number) => `${n} d`,
    legend:
      'Sent, Recv., Meet.: messages sent and received, meetings. Tie: strength of the tie, 0 to 100 %. Overdue: days past the rhythm of the circle (0 d: within it; —: no rhythm for the circle, or no exchange). Most overdue first.',
    footer: (linked: number, total: number, since: string | undefined) =>
      `${count('en', linked)} of ${count('en', total)} ${one('en', total) ? 'contact' : 'contacts'} exchanged with ${since ? `since ${day('en', since)}` : 'at any time'}.`,
    // A file of contacts alone (a vCard, a CSV): no period to count from, nothing measured.
    nothing: (total: number) =>
      `This file holds no exchanges (no messages, no meetings): nothing to measure for its ${one('en', total) ? 'contact' : `${count('en', total)} contacts`}.`,
  },
  fr: {
    contact: 'Contact',
    circle: 'Cercle',
    sent: 'Env.',
    received: 'Reçus',
    meetings: 'Réun.',
    last: 'Dernier',
    strength: 'Lien',
    overdue: 'Retard',
    days: (n: number) => `${n} j`,
    legend:
      'Env., Reçus, Réun. : messages envoyés et reçus, réunions. Lien : force du lien, de 0 à 100 %. Retard : jours au-delà du rythme du cercle (0 j : dans le rythme ; — : pas de rythme pour ce cercle, ou aucun échange). Les plus en retard d’abord.',
    // « 12 contacts sur 40 avec au moins un échange depuis le 1er mai 2024. »
    footer: (linked: number, total: number, since: string | undefined) =>
      `${count('fr', linked)} ${one('fr', linked) ? 'contact' : 'contacts'} sur ${count('fr', total)} avec au moins un échange ${since ? `depuis le ${day('fr', since)}` : 'depuis le début'}.`,
    nothing: (total: number) =>
      `Ce fichier ne contient aucun échange (ni message ni réunion) : rien à mesurer pour ${one('fr', total) ? 'son contact' : `ses ${count('fr', total)} contacts`}.`,
  },
} as const;

/** The kinds of argument mistakes Node's parseArgs reports, by their error code. */
export type ArgumentMistake = 'unknown-option' | 'missing-value' | 'unexpected-argument' | 'other';

/**
 * An argument mistake said plainly, with where to look. `what` is the option or argument at fault (as typed),
 * `command` the command's name.
 */
export function argumentMistake(language: Language, mistake: ArgumentMistake, what: string, command: string): string {
  const help = `circles ${command} --help`;
  if (language === 'fr') {
    switch (mistake) {
      case 'unknown-option':
        return `option inconnue ${what} (voir ${help}).`;
      case 'missing-value':
        return `l’option ${what} attend une valeur (voir ${help}).`;
      case 'unexpected-argument':
        return `argument en trop : « ${what} » (voir ${help}).`;
      case 'other':
        return `arguments incorrects (voir ${help}).`;
    }
  }
  switch (mistake) {
    case 'unknown-option':
      return `unknown option ${what} (see ${help}).`;
    case 'missing-value':
      return `option ${what} needs a value (see ${help}).`;
    case 'unexpected-argument':
      return `unexpected argument "${what}" (see ${help}).`;
    case 'other':
      return `wrong arguments (see ${help}).`;
  }
}

/** `--lang` given something other than fr or en. */
export const badLanguage = (language: Language, value: string): string =>
  language === 'fr' ? `--lang doit valoir fr ou en, pas « ${value} ».` : `--lang must be fr or en, not "${value}".`;
