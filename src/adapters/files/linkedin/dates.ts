/**
 * LinkedIn's "Connected On" is written in the language of the account that exported it: "12 Mar 2021",
 * "12 mars 2021", "12. März 2021", "12 de mar. de 2021", and an ISO date or a spreadsheet's numeric date once
 * the file has been re-saved. Month names come from Intl for the languages LinkedIn is offered in most, so
 * nothing is typed by hand but the order of the parts.
 */
import { parseOutlookDate } from '../csv/dates';
import { fold } from '../../../core/text/fold';

const LOCALES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'pl', 'tr', 'ro', 'cs'] as const;

/** Folded month name (long and short, with and without the final dot) → month number 1..12. */
const MONTHS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const locale of LOCALES)
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        const name = fold(format.format(new Date(Date.UTC(2021, m - 1, 15))))
          .replace(/[.\s]/g, '')
          .trim();
        // A name shared by two months in different languages is ambiguous: keep the first (English) reading.
        if (name && !map.has(name)) map.set(name, m);
      }
    }
  // Short forms Intl does not give but exports and people write.
  for (const [name, m] of [
    ['sept', 9],
    ['juil', 7],
    ['janv', 1],
    ['fevr', 2],
    ['mrz', 3],
    ['marz', 3],
  ] as const)
    if (!map.has(name)) map.set(name, m);
  return map;
})();

const iso = (y: number, m: number, d: number): string | undefined => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2200 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/**
 * Reads a "Connected On" value as YYYY-MM-DD; undefined when it is not a date. `order` settles numeric
 * dates a spreadsheet wrote (3/12/2021): month first for English headers, day first otherwise.
 */
export function parseConnectedOn(value: string, order: 'mdy' | 'dmy'): string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  if (/^\d/.test(v) && !/[a-z]/i.test(v)) return parseOutlookDate(v, order);
  // Words and numbers: a day (1-2 digits), a month name, a year (4 digits), in either order ("Mar 12, 2021").
  const parts = fold(v)
    .replace(/\b(de|del|di|den|le|the|of)\b/g, ' ')
    .split(/[\s,./-]+/)
    .filter(Boolean);
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  for (const p of parts) {
    if (/^\d{4}$/.test(p)) year = Number(p);
    else if (/^\d{1,2}(er|st|nd|rd|th)?$/.test(p)) day = parseInt(p, 10);
    else if (MONTHS.has(p)) month = MONTHS.get(p);
    else return undefined;
  }
  return day !== undefined && month !== undefined && year !== undefined ? iso(year, month, day) : undefined;
}
