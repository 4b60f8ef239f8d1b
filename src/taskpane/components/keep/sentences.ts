/** The Keep-in-touch sentences: the data of a tie (counts, dates, days) written out in the user's language. */
import type { Language } from '../../../core/model';
import type { DriftWhy, Links } from '../../../core/ties';
import { formatNumber, type Translate } from '../../i18n';

const locale = (language: Language) => (language === 'fr' ? 'fr-FR' : 'en-GB');

/** "12 March 2025" / "12 mars 2025", and French's first of the month « 1er mars 2025 ». */
export const longDate = (language: Language, t: number): string => {
  const date = new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(t);
  return language === 'fr' ? date.replace(/^1 /, '1er ') : date;
};

/** "March 2025" / "mars 2025". */
export const monthYear = (language: Language, t: number): string =>
  new Intl.DateTimeFormat(locale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(t);

/** A rhythm in days back to the months the user chose: "every 3 months". */
export const everyLabel = (t: Translate, rhythmDays: number): string =>
  t('keep.every', { count: Math.max(1, Math.round((rhythmDays * 12) / 365.25)) });

/** "14 messages", "2 meetings", "14 messages and 2 meetings". */
export function exchanges(t: Translate, messages: number, meetings: number): string {
  const m = messages > 0 ? t('keep.messages', { count: messages }) : '';
  const e = meetings > 0 ? t('keep.meetings', { count: meetings }) : '';
  return m && e ? t('keep.and', { a: m, b: e }) : m || e;
}

/**
 * "Former colleagues — 14 messages in 2024, nothing since 12 March 2025." The busiest year tells how close the
 * tie was; when there were exchanges in other years too, the total comes first ("20 messages, 14 of them in
 * 2024"), so the line never hides what came after. The last exchange is a full date, the one Outlook shows.
 */
export function whyLine(
  t: Translate,
  language: Language,
  why: DriftWhy,
  circleLabel: string,
  links?: Pick<Links, 'sent' | 'received' | 'meetings'>,
): string {
  const peak = exchanges(t, why.peakMessages, why.peakMeetings);
  // A year is a name here, not a quantity: no thousands separator.
  const year = String(why.peakYear ?? new Date(why.lastExchange).getUTCFullYear());
  const since = longDate(language, why.lastExchange);
  const messages = links ? links.sent + links.received : why.peakMessages;
  const meetings = links ? links.meetings : why.peakMeetings;
  // One kind of exchange on both sides: the noun once (« 6 messages, dont 5 en 2025 », review2 #9).
  const oneKind =
    (meetings === 0 && why.peakMeetings === 0) || (messages === 0 && why.peakMessages === 0)
      ? formatNumber(language, why.peakMessages + why.peakMeetings)
      : undefined;
  if (messages + meetings > why.peakMessages + why.peakMeetings)
    return t('keep.whyTotal', {
      circle: circleLabel,
      total: exchanges(t, messages, meetings),
      peak: oneKind ?? peak,
      year,
      since,
    });
  return t('keep.why', { circle: circleLabel, exchanges: peak, year, since });
}

/** Text for HTML: names are the user's data and go into a message body. */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
