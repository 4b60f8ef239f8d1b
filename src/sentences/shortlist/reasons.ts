/**
 * Shortlist reasons are typed data (see core/ambitions/evidence.ts); this turns each kind into one sentence
 * in the user's language. The switch is exhaustive: a new kind does not compile until it has its sentence.
 * Values read from the card are quoted as written; what they were read as (a sector, a country, a role, a
 * circle) is named with the taxonomy's label in the user's language.
 */
import { countryLabel, goals, roleLabel, sectorLabel, type ShortlistReason } from '../../core/ambitions';
import type { Taxonomy } from '../../core/circles/types';
import type { Language } from '../../core/model';
import type { Translate } from '../translate';
import { circleLabel } from '../circles';

/**
 * "Lever des fonds" reads "lever des fonds" inside a sentence, "Renewable energy" "renewable energy"; an
 * acronym ("AI & data", "ESG") keeps its capitals.
 */
const inSentence = (label: string, language: Language): string =>
  /^\p{Lu}{2}/u.test(label) ? label : label.charAt(0).toLocaleLowerCase(language) + label.slice(1);

/** "40 days ago", "il y a 3 mois": days for the last two months, then months, then years. */
export function howLongAgo(days: number, language: Language): string {
  const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  if (days < 60) return rtf.format(-days, 'day');
  if (days < 730) return rtf.format(-Math.round(days / 30.44), 'month');
  return rtf.format(-Math.round(days / 365.25), 'year');
}

/** The tie's figures in words, zeros left out: "3 messages reçus, 2 envoyés, dernier échange il y a 40 jours". */
function tieWords(r: Extract<ShortlistReason, { kind: 'tie' }>, t: Translate, language: Language): string {
  const parts = [
    r.received > 0 && t('shortlist.tie.received', { count: r.received }),
    // "2 sent" reads after "3 messages received"; alone it needs its noun.
    r.sent > 0 && t(r.received > 0 ? 'shortlist.tie.sent' : 'shortlist.tie.sentOnly', { count: r.sent }),
    r.shared > 0 && t('shortlist.tie.shared', { count: r.shared }),
    r.events > 0 && t('shortlist.tie.events', { count: r.events }),
    r.daysSince !== undefined && t('shortlist.tie.last', { when: howLongAgo(r.daysSince, language) }),
  ].filter((p): p is string => typeof p === 'string');
  return parts.join(', ');
}

/** What the reader's side knows beyond the reason. */
export type ReasonContext = {
  /** The contact's categories already put them in the reason's circle (else the circle is the engine's guess). */
  readonly placed?: boolean;
};

export function describeShortlistReason(
  r: ShortlistReason,
  t: Translate,
  language: Language,
  taxonomy: Taxonomy,
  context: ReasonContext = {},
): string {
  const key = `shortlist.reason.${r.kind}`;
  switch (r.kind) {
    case 'named-company':
      return r.domain ? t(`${key}-domain`, { company: r.company, domain: r.domain }) : t(key, { company: r.company });
    case 'typed-sector':
      return t(key, { word: r.word });
    case 'company-sector':
    case 'company-term':
    case 'domain-term':
    case 'title-term':
    case 'department-term':
    case 'notes-term':
      return t(key, { found: r.found, sector: sectorLabel(r.sector, language) });
    case 'goal-sector':
      return t(key, {
        found: r.found,
        sector: sectorLabel(r.sector, language),
        goal: inSentence(goals.find((g) => g.id === r.goal)?.labels[language] ?? '', language),
      });
    case 'address-country':
    case 'phone-prefix':
    case 'country-domain':
    case 'company-hq':
    case 'title-country':
      return t(key, { found: r.found, country: countryLabel(r.country, language) });
    case 'near-country':
      return t(key, {
        found: r.found,
        country: countryLabel(r.country, language),
        wanted: countryLabel(r.wanted, language),
      });
    case 'executive':
    case 'director':
    case 'manager':
    case 'buyer':
    case 'partnerships':
    case 'recruiter':
    case 'investor':
      return t(key, { title: r.title });
    case 'wanted-role':
      return t(key, { title: r.title, role: inSentence(roleLabel(r.role, language), language) });
    case 'near-role':
      return t(key, {
        title: r.title,
        role: inSentence(roleLabel(r.role, language), language),
        wanted: inSentence(roleLabel(r.wanted, language), language),
      });
    case 'tie':
      return t(key, { figures: tieWords(r, t, language) });
    case 'circle':
      // "In your circle" only when Outlook says so; a suggestion nobody applied yet is named as one.
      return t(context.placed ? key : 'shortlist.reason.suggestedCircle', {
        circle: circleLabel(taxonomy, r.circle, language),
      });
    default: {
      const unknown: never = r;
      return unknown;
    }
  }
}
