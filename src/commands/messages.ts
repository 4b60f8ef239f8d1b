/**
 * What the command says in the notification bar, in French and English. Outlook shows at most 150
 * characters, so the outcome lists the biggest circles first and stops before the limit.
 */
import type { Language } from '../core/model';
import { MAX_NOTIFICATION_LENGTH } from '../adapters/office/notifications';

const fmt = (language: Language, n: number) => new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB').format(n);

const plural = (language: Language, n: number, one: string, other: string) =>
  (language === 'fr' ? Math.abs(n) < 2 : Math.abs(n) === 1) ? one : other;

export const commandText = {
  reading: (l: Language) => (l === 'fr' ? 'Cercles : lecture de vos contacts…' : 'Circles: reading your contacts…'),
  classifying: (l: Language, contacts: number) =>
    l === 'fr'
      ? `Cercles : classement de ${fmt(l, contacts)} contacts…`
      : `Circles: sorting ${fmt(l, contacts)} contacts…`,
  applying: (l: Language, done: number, total: number) =>
    l === 'fr'
      ? `Cercles : catégorisation ${fmt(l, done)} / ${fmt(l, total)}…`
      : `Circles: categorising ${fmt(l, done)} / ${fmt(l, total)}…`,
  /** Waiting for Outlook's budget of 10,000 requests per 10 minutes; `minutes` rounded up. */
  pacing: (l: Language, minutes: number) =>
    l === 'fr'
      ? `Cercles : pause imposée par Outlook (10 000 requêtes par 10 minutes), reprise seule dans ${fmt(l, minutes)} min environ.`
      : `Circles: waiting for Outlook (10,000 requests per 10 minutes); goes on by itself in about ${fmt(l, minutes)} min.`,
  signInNeeded: (l: Language) =>
    l === 'fr'
      ? 'Cercles : ouvrez une fois le volet Cercles pour vous connecter, puis relancez « Classer par origine ».'
      : 'Circles: open the Circles pane once to sign in, then run "Categorise by origin" again.',
  offline: (l: Language) =>
    l === 'fr'
      ? 'Cercles : Microsoft 365 est injoignable. Vérifiez la connexion et réessayez ; rien n’a été perdu.'
      : 'Circles: Microsoft 365 cannot be reached. Check the connection and try again; nothing was lost.',
  throttled: (l: Language) =>
    l === 'fr'
      ? 'Cercles : Microsoft 365 limite les requêtes. Réessayez dans quelques minutes ; annulable depuis le volet.'
      : 'Circles: Microsoft 365 is limiting requests. Try again in a few minutes; undo is in the pane.',
  busy: (l: Language) =>
    l === 'fr'
      ? 'Cercles : des contacts sont déjà en cours de classement (volet ou ruban). Relancez « Classer par origine » ensuite ; rien n’a été écrit.'
      : 'Circles: contacts are already being categorised (pane or ribbon). Run "Categorise by origin" again afterwards; nothing was written.',
  unexpected: (l: Language) =>
    l === 'fr'
      ? 'Cercles : la catégorisation s’est arrêtée sur une erreur. Ouvrez le volet Cercles pour reprendre.'
      : 'Circles: categorising stopped on an error. Open the Circles pane to resume.',
};

/** The figures of a finished run, as the outcome message needs them. */
export type OutcomeFigures = {
  /** Circle label → contacts categorised into it by this run. */
  readonly perCircle: readonly {
    readonly label: string;
    readonly count: number;
  }[];
  readonly review: number;
  readonly conflicts: number;
  readonly failed: number;
  /** Signals were on but mail and calendar access was refused: the run used the contacts alone. */
  readonly withoutSignals?: boolean;
};

/** "Circles: 42 categorised (Colleagues 20, Clients 12, +1). 15 to review, 2 conflicts." */
export function outcomeText(l: Language, f: OutcomeFigures): string {
  const categorised = f.perCircle.reduce((s, c) => s + c.count, 0);
  const tail: string[] = [];
  if (f.review)
    tail.push(
      l === 'fr'
        ? `${fmt(l, f.review)} ${plural(l, f.review, 'à revoir', 'à revoir')} dans le volet`
        : `${fmt(l, f.review)} left for review in the pane`,
    );
  if (f.conflicts)
    tail.push(
      l === 'fr'
        ? `${fmt(l, f.conflicts)} ${plural(l, f.conflicts, 'conflit', 'conflits')}`
        : `${fmt(l, f.conflicts)} ${plural(l, f.conflicts, 'conflict', 'conflicts')}`,
    );
  if (f.failed)
    tail.push(
      l === 'fr' ? `${fmt(l, f.failed)} ${plural(l, f.failed, 'échec', 'échecs')}` : `${fmt(l, f.failed)} failed`,
    );
  if (f.withoutSignals)
    tail.push(
      l === 'fr'
        ? 'sans messages ni agenda : accès refusé, voir le volet'
        : 'without mail or calendar: access refused, see the pane',
    );
  const end = tail.length ? ` ${capitalise(tail.join(', '))}.` : '';
  if (!categorised)
    return (l === 'fr' ? 'Cercles : rien de nouveau à classer.' : 'Circles: nothing new to categorise.') + end;
  const head =
    l === 'fr'
      ? `Cercles : ${fmt(l, categorised)} ${plural(l, categorised, 'contact classé', 'contacts classés')}`
      : `Circles: ${fmt(l, categorised)} ${plural(l, categorised, 'contact categorised', 'contacts categorised')}`;
  const sorted = [...f.perCircle].filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
  // Fit as many circles as the 150-character limit allows, then say how many more there are.
  for (let shown = sorted.length; shown >= 0; shown--) {
    const parts = sorted.slice(0, shown).map((c) => `${c.label} ${fmt(l, c.count)}`);
    if (shown < sorted.length) parts.push(`+${sorted.length - shown}`);
    const text = `${head}${parts.length && shown > 0 ? ` (${parts.join(', ')})` : ''}.${end}`;
    if (text.length <= MAX_NOTIFICATION_LENGTH || shown === 0) return text;
  }
  return `${head}.${end}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
