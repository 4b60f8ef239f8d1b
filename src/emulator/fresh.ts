/**
 * The committed demo mailbox has fixed dates; read months later, its messages would slide out of the
 * mailbox-signals window (24 months by default) and the demo would show less and less. Before serving it,
 * the demo moves every date forward by the same number of whole days, so that its latest message is dated yesterday (UTC):
 * what the engine sees (ages, recency, who met whom when) is unchanged, and the pane's window (counted back from
 * today) keeps what the CLI's `--months` keeps on the file as written (counted back from the day after its last message).
 */
const DAY_MS = 86_400_000;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function latestMessage(doc: Json): number | undefined {
  const messages = Array.isArray(doc.messages) ? doc.messages.filter(isObject) : [];
  let latest: number | undefined;
  for (const m of messages) {
    const t = typeof m.sentDateTime === 'string' ? Date.parse(m.sentDateTime) : NaN;
    if (!Number.isNaN(t) && (latest === undefined || t > latest)) latest = t;
  }
  return latest;
}

/** Shifts an ISO date-time by `ms`, keeping the way it was written (a trailing Z, or Graph's 7-digit fraction). */
function shifted(iso: unknown, ms: number): unknown {
  if (typeof iso !== 'string') return iso;
  const t = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}Z`);
  if (Number.isNaN(t)) return iso;
  const out = new Date(t + ms).toISOString(); // 2026-11-27T10:00:00.000Z
  if (/\.\d{7}$/.test(iso)) return `${out.slice(0, 19)}.0000000`;
  if (/[zZ]$/.test(iso)) return /\.\d+[zZ]$/.test(iso) ? out : `${out.slice(0, 19)}Z`;
  return out.slice(0, 19);
}

/**
 * A copy of a `circles-mailbox/1` document whose dates are moved forward by whole days so that its latest
 * message falls on the (UTC) day before `now`. Documents already that recent, or with no dated message, are returned as they are.
 */
export function freshenMailbox<T>(doc: T, now: Date = new Date()): T {
  if (!isObject(doc)) return doc;
  const latest = latestMessage(doc);
  if (latest === undefined) return doc;
  // Whole days, so times of day (and so "after work", "lunch") stay as generated.
  const days = Math.floor(now.getTime() / DAY_MS) - 1 - Math.floor(latest / DAY_MS);
  if (days <= 0) return doc;
  const ms = days * DAY_MS;
  const copy = structuredClone(doc) as Json;
  for (const m of Array.isArray(copy.messages) ? copy.messages.filter(isObject) : [])
    m.sentDateTime = shifted(m.sentDateTime, ms);
  for (const e of Array.isArray(copy.events) ? copy.events.filter(isObject) : [])
    for (const key of ['start', 'end'] as const) {
      const when = e[key];
      if (isObject(when)) when.dateTime = shifted(when.dateTime, ms);
    }
  for (const c of Array.isArray(copy.contacts) ? copy.contacts.filter(isObject) : [])
    for (const key of ['createdDateTime', 'lastModifiedDateTime'] as const) c[key] = shifted(c[key], ms);
  return copy as T;
}
