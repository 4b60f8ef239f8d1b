/**
 * calendarView as Graph answers it: the occurrences of every event that overlap [start, end), recurring
 * series expanded into their occurrences (type "occurrence", with seriesMasterId), series masters left out.
 * Patterns: daily, weekly, absoluteMonthly, absoluteYearly; ranges: noEnd, endDate, numbered. Times are
 * read as UTC (the emulated mailbox stores UTC), which is also what Circles asks for (outlook.timezone).
 */
type Json = Record<string, unknown>;

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_MS = 86_400_000;
/** Enough for years of a daily meeting, and a guard against a pattern that never advances. */
const MAX_OCCURRENCES = 20_000;

const time = (v: unknown): number => {
  const s = typeof v === 'object' && v !== null ? (v as { dateTime?: unknown }).dateTime : v;
  if (typeof s !== 'string') return NaN;
  return Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(s) ? s : `${s}Z`);
};

const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '0000');

/** The dates (UTC midnight, ms) a recurrence yields from its start, in order, up to `until`. */
function* dates(recurrence: Json, firstDay: number, until: number): Generator<number> {
  const pattern = (recurrence.pattern ?? {}) as Json;
  const range = (recurrence.range ?? {}) as Json;
  const interval = Math.max(1, Number(pattern.interval ?? 1) || 1);
  const type = String(pattern.type ?? '');
  const rangeStart = time(`${String(range.startDate ?? '')}T00:00:00`);
  const start = Number.isNaN(rangeStart) ? firstDay : rangeStart;
  const end =
    range.type === 'endDate' ? Math.min(until, time(`${String(range.endDate ?? '')}T00:00:00`) + DAY_MS - 1) : until;
  const limit = range.type === 'numbered' ? Math.max(0, Number(range.numberOfOccurrences ?? 0)) : MAX_OCCURRENCES;
  let n = 0;
  const emit = function* (day: number) {
    if (day < start || day > end || n >= limit) return;
    n++;
    yield day;
  };
  if (type === 'daily') {
    for (let d = start; d <= end && n < limit; d += interval * DAY_MS) yield* emit(d);
  } else if (type === 'weekly') {
    const wanted = new Set(
      (Array.isArray(pattern.daysOfWeek) ? pattern.daysOfWeek : [DAYS[new Date(start).getUTCDay()]]).map((d) =>
        DAYS.indexOf(String(d).toLowerCase()),
      ),
    );
    // Weeks start on firstDayOfWeek (Sunday by default); every `interval`-th week from the start's week.
    const firstDow = Math.max(0, DAYS.indexOf(String(pattern.firstDayOfWeek ?? 'sunday').toLowerCase()));
    const weekOf = (d: number) => d - ((new Date(d).getUTCDay() - firstDow + 7) % 7) * DAY_MS;
    for (let week = weekOf(start); week <= end && n < limit; week += 7 * interval * DAY_MS)
      for (let i = 0; i < 7; i++) {
        const d = week + i * DAY_MS;
        if (wanted.has(new Date(d).getUTCDay())) yield* emit(d);
      }
  } else if (type === 'absoluteMonthly' || type === 'absoluteYearly') {
    const s = new Date(start);
    const dayOfMonth = Number(pattern.dayOfMonth ?? s.getUTCDate());
    const step = type === 'absoluteYearly' ? 12 * interval : interval;
    const month0 = type === 'absoluteYearly' ? Number(pattern.month ?? s.getUTCMonth() + 1) - 1 : s.getUTCMonth();
    for (let m = 0; n < limit; m += step) {
      const d = Date.UTC(s.getUTCFullYear(), month0 + m, dayOfMonth);
      if (d > end) break;
      // A month without that day (the 31st in April) has no occurrence.
      if (new Date(d).getUTCDate() === dayOfMonth) yield* emit(d);
    }
  }
}

/** The occurrences of `events` overlapping [startMs, endMs), by start time. */
export function calendarView(events: readonly Json[], startMs: number, endMs: number): Json[] {
  const out: Json[] = [];
  for (const e of events) {
    const s = time(e.start);
    const f = time(e.end);
    if (Number.isNaN(s)) continue;
    const length = Number.isNaN(f) ? 0 : f - s;
    const recurrence = e.recurrence as Json | null | undefined;
    if (!recurrence || typeof recurrence !== 'object') {
      if (s < endMs && s + length > startMs - (length === 0 ? 1 : 0)) out.push({ ...e, type: 'singleInstance' });
      continue;
    }
    const clock = s - Math.floor(s / DAY_MS) * DAY_MS;
    const rest: Json = { ...e };
    delete rest.recurrence;
    for (const day of dates(recurrence, Math.floor(s / DAY_MS) * DAY_MS, endMs)) {
      const os = day + clock;
      if (os >= endMs || os + length <= startMs) continue;
      const tz = { timeZone: 'UTC' };
      out.push({
        ...rest,
        id: `${String(e.id)}-${new Date(day).toISOString().slice(0, 10)}`,
        type: 'occurrence',
        seriesMasterId: e.id,
        start: { dateTime: iso(os), ...tz },
        end: { dateTime: iso(os + length), ...tz },
      });
    }
  }
  return out.sort((a, b) => time(a.start) - time(b.start));
}
