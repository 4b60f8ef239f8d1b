/** The shortlist's CSV rows and its "Ambition · …" tag name. */
import type { ShortlistEntry, ShortlistReason } from '../../../core/ambitions';
import type { CircleId, Taxonomy } from '../../../core/circles/types';
import type { Contact, Language } from '../../../core/model';
import type { Translate } from '../../i18n';
import { toCsv } from './csv';
import { circleLabel } from '../circles/labels';

/** Outlook shows category names in narrow columns: keep the ambition's first words. */
const TAG_TEXT_MAX = 60;

/**
 * The category that marks the people of a shortlist, e.g. "Ambition · Win a first client in Japan".
 * Commas and semicolons are dropped: Outlook's CSV export separates categories with them.
 */
export function ambitionTag(ambition: string): string {
  const clean = ambition.replace(/[,;]/g, ' ').replace(/\s+/g, ' ').trim();
  const short = clean.length > TAG_TEXT_MAX ? `${clean.slice(0, TAG_TEXT_MAX - 1).trimEnd()}…` : clean;
  return `Ambition · ${short}`;
}

export function shortlistCsv(
  entries: readonly ShortlistEntry[],
  /** The relevance the pane shows beside each person (`relevancePercents`): the cell is empty where it shows none. */
  percents: ReadonlyMap<string, number>,
  contacts: ReadonlyMap<string, Contact>,
  circles: ReadonlyMap<string, CircleId | null>,
  taxonomy: Taxonomy,
  language: Language,
  t: Translate,
  describe: (r: ShortlistReason, contactId: string) => string,
): string {
  const header = ['rank', 'name', 'email', 'company', 'jobTitle', 'circle', 'score', 'reasons'].map((k) =>
    t(`shortlist.csv.${k}`),
  );
  const rows = entries.flatMap((e, i) => {
    const c = contacts.get(e.contactId);
    if (!c) return [];
    const circle = circles.get(e.contactId);
    return [
      [
        i + 1,
        c.displayName,
        c.emailAddresses[0]?.address ?? '',
        c.companyName ?? '',
        c.jobTitle ?? '',
        circle ? circleLabel(taxonomy, circle, language) : '',
        // The percentage the screen shows, so the file and the pane agree.
        percents.get(e.contactId) ?? '',
        e.reasons.map((r) => describe(r, e.contactId)).join(' '),
      ],
    ];
  });
  return toCsv(header, rows, language === 'fr' ? ';' : ',');
}
