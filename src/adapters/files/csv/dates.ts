/**
 * Outlook writes dates in the Windows regional format of the exporting machine: 3/15/1980 (US), 15/03/1980
 * (France), 15.3.1980 (Germany), and 0/0/00 or 0.0.00 when there is none. The header's language is the best
 * hint we have for the day/month order; an impossible month settles it either way.
 */
export type DateOrder = 'mdy' | 'dmy';

const iso = (y: number, m: number, d: number): string | undefined => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1 || m < 1 || m > 12 || d < 1 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

const fullYear = (y: string): number => {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
};

/** Parses an Outlook CSV date into YYYY-MM-DD; undefined for "no date" and for text that is not a date. */
export function parseOutlookDate(value: string, order: DateOrder): string | undefined {
  const v = value.trim();
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(v);
  if (!m) return undefined;
  const [a, b, y] = [Number(m[1]), Number(m[3]), fullYear(m[4]!)];
  if (a === 0 || b === 0) return undefined; // 0/0/00: Outlook's "none"
  const dayFirst = m[2] === '.' || a > 12 || (order === 'dmy' && b <= 12);
  return dayFirst ? iso(y, b, a) : iso(y, a, b);
}

/** Formats YYYY-MM-DD (or a date-time) the way Outlook of that language writes it. */
export function formatOutlookDate(value: string | undefined, order: DateOrder): string {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return '';
  const [y, mo, d] = [m[1]!, m[2]!, m[3]!];
  return order === 'dmy' ? `${d}/${mo}/${y}` : `${Number(mo)}/${Number(d)}/${y}`;
}
