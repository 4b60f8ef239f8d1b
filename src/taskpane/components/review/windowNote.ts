/**
 * What the review says about the signals window for a contact without a suggestion: older evidence (the
 * years, the circle, and the way to widen the window) or "nothing says", as far as the pane read.
 */
import type { Language } from '../../../core/model';
import type { OlderEvidence, Reach } from '../../../core/usecases/older';
import { translate } from '../../i18n';

const locale = (language: Language) => (language === 'fr' ? 'fr-FR' : 'en-GB');

/** "2021–2022", or "2019" when the evidence lies in one year (Intl.DateTimeFormat, in UTC). */
export function yearsOf(language: Language, older: OlderEvidence): string {
  const format = new Intl.DateTimeFormat(locale(language), { year: 'numeric', timeZone: 'UTC' });
  const from = new Date(older.from);
  const to = new Date(older.to);
  return from.getUTCFullYear() === to.getUTCFullYear() ? format.format(from) : format.formatRange(from, to);
}

/** The year the window has to reach back to, as the user reads it. */
export const yearFrom = (language: Language, older: OlderEvidence): string =>
  new Intl.DateTimeFormat(locale(language), { year: 'numeric', timeZone: 'UTC' }).format(new Date(older.from));

/** The row's short note: "Older evidence, 2021–2022". */
export const olderNote = (language: Language, older: OlderEvidence): string =>
  translate(language, 'review.older', { years: yearsOf(language, older) });

/** The details' sentence when nothing in what was read says where the contact was met. */
export function nothingSays(language: Language, reach: Reach): string {
  switch (reach.kind) {
    case 'off':
      return translate(language, 'review.nothing.off');
    case 'window':
      return translate(language, 'review.nothing.window', {
        period: translate(language, 'review.period', { count: reach.months }),
      });
    case 'since':
      return translate(language, 'review.nothing.since', {
        date: new Intl.DateTimeFormat(locale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(reach.since),
        ),
      });
    case 'all':
      return translate(language, 'review.noReason');
  }
}
