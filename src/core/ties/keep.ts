/**
 * The Keep-in-touch list: this week's few people to reconnect with, and what the user did about each (done,
 * snoozed, a To Do reminder), kept per mailbox in the settings.
 */
import type { Drifting } from './rhythm';
import { DAY_MS, instant } from './time';

/** What the user did about one person. Dates are ISO 8601. */
export type KeepMark = {
  /** Reconnected (outside the mailbox, or just now): counts as an exchange that day. */
  readonly done?: string;
  /** Hidden from the list until then. */
  readonly snoozedUntil?: string;
  /** The Microsoft To Do task created for this person, if any. */
  readonly taskId?: string;
};

/** Keep-in-touch state in the settings. */
export type KeepInTouch = {
  /** To Do reminders: absent until the user is asked (on first use), then their answer. */
  readonly reminders?: 'on' | 'off';
  /** By contact id. */
  readonly marks: Readonly<Record<string, KeepMark>>;
};

export const emptyKeepInTouch: KeepInTouch = { marks: {} };

/** How many people the list offers in a week: few enough to act on. */
export const WEEKLY_COUNT = 5;
/** A snooze hides a person for two weeks. */
export const SNOOZE_DAYS = 14;

/** "Done" dates by contact id, as the use case's `touched` (epoch ms). */
export function doneDates(keep: KeepInTouch | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, mark] of Object.entries(keep?.marks ?? {})) {
    const t = instant(mark.done);
    if (!Number.isNaN(t)) out.set(id, t);
  }
  return out;
}

/** The drifting ties not snoozed at `now`, best first, at most `count`. */
export function thisWeek(
  drifting: readonly Drifting[],
  keep: KeepInTouch | undefined,
  now: number,
  count = WEEKLY_COUNT,
): Drifting[] {
  const snoozed = (id: string) => {
    const until = instant(keep?.marks[id]?.snoozedUntil);
    return !Number.isNaN(until) && until > now;
  };
  return drifting.filter((d) => !snoozed(d.contactId)).slice(0, count);
}

const withMark = (keep: KeepInTouch | undefined, id: string, patch: KeepMark): KeepInTouch => {
  const k = keep ?? emptyKeepInTouch;
  return { ...k, marks: { ...k.marks, [id]: { ...k.marks[id], ...patch } } };
};

export const markDone = (keep: KeepInTouch | undefined, id: string, now: number): KeepInTouch =>
  withMark(keep, id, { done: new Date(now).toISOString() });

export const snooze = (keep: KeepInTouch | undefined, id: string, now: number, days = SNOOZE_DAYS): KeepInTouch =>
  withMark(keep, id, { snoozedUntil: new Date(now + days * DAY_MS).toISOString() });

export const withTask = (keep: KeepInTouch | undefined, id: string, taskId: string): KeepInTouch =>
  withMark(keep, id, { taskId });

/** The person's mark put back as it was (`previous` undefined: no mark at all), the others as they are now. */
export function restoreMark(keep: KeepInTouch | undefined, id: string, previous: KeepMark | undefined): KeepInTouch {
  const k = keep ?? emptyKeepInTouch;
  const marks = { ...k.marks };
  if (previous) marks[id] = previous;
  else delete marks[id];
  return { ...k, marks };
}

export const withReminders = (keep: KeepInTouch | undefined, answer: 'on' | 'off'): KeepInTouch => ({
  ...(keep ?? emptyKeepInTouch),
  reminders: answer,
});
