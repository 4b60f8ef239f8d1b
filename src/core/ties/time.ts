/**
 * Instants and periods for the ties. Graph gives events as `{ dateTime, timeZone }` read in UTC, and the
 * mapping keeps only `dateTime` ("2024-12-01T10:00:00", no offset): read such a time as UTC, never as the
 * machine's local time, so a count does not depend on where it runs.
 */

/** The time window ties are counted in. `since` is inclusive (ISO date or date-time); absent means "everything". */
export type Period = { readonly since?: string };

const ZONED = /(?:[zZ]|[+-]\d\d:?\d\d)$/;
const DATE_ONLY = /^\d{4}-\d\d-\d\d$/;

const digits = (s: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
};

/**
 * Graph's own shape, "2024-03-01T10:45:00Z" (or ".sss" before the Z, or no Z), read by hand: Date.parse
 * dominated the ties' time on 50,000 headers. Anything else, or a day past the 28th, returns undefined and
 * goes to Date.parse.
 */
function graphUtc(s: string): number | undefined {
  const n = s.length;
  if (n < 19 || s[4] !== '-' || s[7] !== '-' || s[10] !== 'T' || s[13] !== ':' || s[16] !== ':') return undefined;
  let end = n;
  if (s[end - 1] === 'Z') end--;
  let ms = 0;
  if (end > 19) {
    if (s[19] !== '.' || end - 20 < 1 || end - 20 > 7) return undefined;
    ms = digits(s, 20, Math.min(end, 23)) * 10 ** (3 - Math.min(end - 20, 3));
  }
  const [y, mo, d, h, mi, sec] = [
    digits(s, 0, 4),
    digits(s, 5, 7),
    digits(s, 8, 10),
    digits(s, 11, 13),
    digits(s, 14, 16),
    digits(s, 17, 19),
  ];
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 28 && h < 24 && mi < 60 && sec < 60 && ms >= 0)) return undefined;
  if (end > 20 && Number.isNaN(digits(s, 20, end))) return undefined;
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms);
}

/** Milliseconds since the epoch, or NaN when the text is not a date. Times without an offset are UTC. */
export function instant(iso: string | undefined): number {
  if (!iso) return NaN;
  const fast = graphUtc(iso);
  if (fast !== undefined) return fast;
  const text = iso.trim();
  if (DATE_ONLY.test(text) || ZONED.test(text)) return Date.parse(text);
  return Date.parse(`${text}Z`);
}

/** The first instant of the period, or -Infinity when it is unbounded. Throws on a date that does not parse. */
export function periodStart(period: Period): number {
  if (period.since === undefined) return -Infinity;
  const t = instant(period.since);
  if (Number.isNaN(t)) throw new RangeError(`Not a date: "${period.since}" (expected YYYY-MM-DD).`);
  return t;
}

/**
 * Whether an item dated `t` belongs to the period. An undated item cannot be shown to fall outside it, so it
 * counts (it then moves no "last exchange"); `--since 1970-01-01` therefore counts everything in a file.
 */
export const inPeriod = (t: number, start: number): boolean => Number.isNaN(t) || t >= start;

/** An instant as ISO 8601 in UTC, without milliseconds when there are none ("2024-03-01T10:45:00Z"). */
export function isoInstant(t: number): string {
  const iso = new Date(t).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

export const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (negative when `from` is later). */
export const daysBetween = (from: number, to: number): number => Math.floor((to - from) / DAY_MS);

/**
 * The same UTC day `months` calendar months later (31 January + 1 month: the last day of February): « every 6
 * months » from 23 January is due on 23 July, as the user counts it, not 183 days later.
 */
export function addMonthsUtc(t: number, months: number): number {
  const d = new Date(t);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.getTime();
}

/** Calendar days from one UTC date to another, the time of day left aside (the dates the pane shows). */
export const calendarDaysBetween = (from: number, to: number): number =>
  Math.floor(to / DAY_MS) - Math.floor(from / DAY_MS);

/** The latest dated message or event of a mailbox (epoch ms), or -Infinity when nothing is dated. */
export function latestInstant(mailbox: {
  readonly messages: readonly { readonly sentDateTime?: string }[];
  readonly events: readonly { readonly start?: string }[];
}): number {
  let max = -Infinity;
  for (const m of mailbox.messages) {
    const t = instant(m.sentDateTime);
    if (t > max) max = t;
  }
  for (const e of mailbox.events) {
    const t = instant(e.start);
    if (t > max) max = t;
  }
  return max;
}
