import { doneDates, markDone, snooze, thisWeek, withReminders, withTask, SNOOZE_DAYS } from './keep';
import type { Drifting } from './rhythm';
import { DAY_MS } from './time';

const NOW = Date.UTC(2025, 5, 1);
const drift = (contactId: string): Drifting => ({
  contactId,
  score: 1,
  strength: { recency: 0, frequency: 0.5, reciprocity: 1, multiplexity: 1, strength: 0.4, weight: 0.8 },
  standing: { rhythmDays: 91, daysSince: 200, overdueDays: 109, status: 'overdue' },
  why: { circle: 'clients', peakMessages: 4, peakMeetings: 1, peakYear: 2024, lastExchange: NOW - 200 * DAY_MS },
});

describe('keep in touch', () => {
  it('offers at most the weekly count, best first, without the snoozed', () => {
    const list = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(drift);
    const keep = snooze(undefined, 'b', NOW);
    expect(thisWeek(list, keep, NOW).map((d) => d.contactId)).toEqual(['a', 'c', 'd', 'e', 'f']);
  });

  it('a snooze ends after two weeks', () => {
    const keep = snooze(undefined, 'a', NOW);
    expect(thisWeek([drift('a')], keep, NOW + (SNOOZE_DAYS - 1) * DAY_MS)).toEqual([]);
    expect(thisWeek([drift('a')], keep, NOW + (SNOOZE_DAYS + 1) * DAY_MS)).toHaveLength(1);
  });

  it('keeps every mark of a person and the reminders answer', () => {
    let keep = markDone(undefined, 'a', NOW);
    keep = withTask(keep, 'a', 'task-1');
    keep = withReminders(keep, 'on');
    expect(keep).toEqual({ reminders: 'on', marks: { a: { done: new Date(NOW).toISOString(), taskId: 'task-1' } } });
    expect(doneDates(keep)).toEqual(new Map([['a', NOW]]));
  });
});
