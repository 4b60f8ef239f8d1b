import type { Links } from './links';
import { circleHealth, defaultRhythms, driftingTies, rhythmDays, standingOf } from './rhythm';
import { strengthOf } from './strength';
import { DAY_MS } from './time';

const NOW = Date.UTC(2025, 5, 1);

const links = (over: Partial<Links> & { contactId: string }): Links => ({
  sent: 0,
  received: 0,
  meetings: 0,
  startedByYou: 0,
  startedByThem: 0,
  introducedByYou: 0,
  introducedByThem: 0,
  copied: 0,
  ...over,
});

describe('rhythms', () => {
  it.each([
    ['clients', 91],
    ['former-colleagues', 183],
    ['classmates', 365],
    ['colleagues', null],
  ] as const)('%s default to %s days', (circle, days) => {
    expect(rhythmDays(circle, {})).toBe(days);
  });

  it('a setting overrides the default, and null turns a rhythm off', () => {
    expect(rhythmDays('colleagues', { colleagues: 1 })).toBe(30);
    expect(rhythmDays('clients', { clients: null })).toBeNull();
    expect(rhythmDays(undefined, defaultRhythms)).toBeNull();
  });

  it('standing: within, overdue by the days past the rhythm, never, no rhythm', () => {
    expect(standingOf(NOW - 10 * DAY_MS, 91, NOW)).toMatchObject({ status: 'within', overdueDays: 0, daysSince: 10 });
    expect(standingOf(NOW - 100 * DAY_MS, 91, NOW)).toMatchObject({ status: 'overdue', overdueDays: 9 });
    expect(standingOf(undefined, 91, NOW)).toMatchObject({ status: 'never', overdueDays: null });
    expect(standingOf(NOW, null, NOW)).toMatchObject({ status: 'no-rhythm', overdueDays: null, rhythmDays: null });
  });

  it('with the rhythm in months, the days overdue count from the calendar date it fell due (review3 N26)', () => {
    // « plus rien depuis le 23 janvier 2025 · tous les 6 mois »: due on 23 July 2025, 502 days late on 7 Dec 2026
    // (183 days of rhythm said 500); three months from 23 July is 23 October, 410 days before.
    const now = Date.UTC(2026, 11, 7, 0, 30);
    expect(standingOf(Date.UTC(2025, 0, 23, 15), 183, now, undefined, 6).overdueDays).toBe(502);
    expect(standingOf(Date.UTC(2025, 6, 23, 9), 91, now, undefined, 3).overdueDays).toBe(410);
    expect(standingOf(Date.UTC(2025, 11, 23), 365, now, undefined, 12)).toMatchObject({
      status: 'within',
      overdueDays: 0,
    });
    // 31 August + 6 months: the last day of February.
    expect(standingOf(Date.UTC(2025, 7, 31), 183, Date.UTC(2026, 2, 1), undefined, 6).overdueDays).toBe(1);
  });

  it('a later "done" counts as an exchange', () => {
    expect(standingOf(NOW - 400 * DAY_MS, 91, NOW, NOW - DAY_MS).status).toBe('within');
  });

  it('circle health is the share of members within rhythm; null for a circle without rhythm', () => {
    const within = standingOf(NOW, 91, NOW);
    const late = standingOf(NOW - 200 * DAY_MS, 91, NOW);
    const none = standingOf(NOW, null, NOW);
    expect(
      circleHealth([
        { circle: 'clients', standing: within },
        { circle: 'clients', standing: late },
        { circle: 'clients', standing: standingOf(undefined, 91, NOW) },
        { circle: 'colleagues', standing: none },
        { standing: late },
      ]),
    ).toEqual([
      { circle: 'clients', members: 3, within: 1, health: 0.333 },
      { circle: 'colleagues', members: 1, within: 0, health: null },
    ]);
  });
});

describe('strength', () => {
  it('grows with recency, frequency, reciprocity and multiplexity', () => {
    const base = links({ contactId: 'a', sent: 4, received: 0, lastExchange: NOW - 300 * DAY_MS });
    const s = strengthOf(base, NOW).strength;
    expect(strengthOf({ ...base, lastExchange: NOW }, NOW).strength).toBeGreaterThan(s);
    expect(strengthOf({ ...base, sent: 20 }, NOW).strength).toBeGreaterThan(s);
    expect(strengthOf({ ...base, received: 4 }, NOW).strength).toBeGreaterThan(s);
    expect(strengthOf({ ...base, meetings: 1 }, NOW).strength).toBeGreaterThan(s);
  });
  it('is 0 without any exchange and stays within 0..1', () => {
    expect(strengthOf(links({ contactId: 'a' }), NOW).strength).toBe(0);
    const max = strengthOf(links({ contactId: 'a', sent: 999, received: 999, meetings: 999, lastExchange: NOW }), NOW);
    expect(max.strength).toBeLessThanOrEqual(1);
    expect(max.strength).toBeGreaterThan(0.95);
  });
});

describe('driftingTies', () => {
  const row = (id: string, over: Partial<Links>, circle: 'clients' | 'colleagues' = 'clients') => {
    const l = links({ contactId: id, ...over });
    return {
      links: l,
      circle,
      strength: strengthOf(l, NOW),
      standing: standingOf(l.lastExchange, rhythmDays(circle, {}), NOW),
    };
  };
  const strong = { sent: 10, received: 9, meetings: 2, peak: { year: 2024, messages: 19, meetings: 2 } };

  it('lists strong ties past their rhythm, the most lost and strongest first, with the why', () => {
    const drifting = driftingTies([
      row('recent', { ...strong, lastExchange: NOW - 10 * DAY_MS }),
      row('weak', { sent: 1, lastExchange: NOW - 400 * DAY_MS }),
      row('late', { ...strong, lastExchange: NOW - 200 * DAY_MS }),
      row('later', { ...strong, lastExchange: NOW - 300 * DAY_MS }),
      row('colleague', { ...strong, lastExchange: NOW - 300 * DAY_MS }, 'colleagues'),
    ]);
    expect(drifting.map((d) => d.contactId)).toEqual(['later', 'late']);
    expect(drifting[0]!.why).toEqual({
      circle: 'clients',
      peakYear: 2024,
      peakMessages: 19,
      peakMeetings: 2,
      lastExchange: NOW - 300 * DAY_MS,
    });
  });
});
