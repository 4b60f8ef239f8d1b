/**
 * Keeping links alive: facts per contact from headers and events, tie strength, rhythms per circle, circle
 * health and drifting strong ties. See docs/TIES.md.
 */
export { readLinks, type Links } from './links';
export { strengthOf, STRONG_WEIGHT, WEIGHTS, type Strength } from './strength';
export {
  circleHealth,
  defaultRhythms,
  driftingTies,
  rhythmDays,
  rhythmMonths,
  RHYTHM_CHOICES,
  standingOf,
  type CircleHealth,
  type Drifting,
  type DriftWhy,
  type Rhythms,
  type Standing,
} from './rhythm';
export { baseSubject, isIntroduction, threadKey } from './subjects';
export { instant, isoInstant, periodStart, type Period } from './time';
export {
  doneDates,
  emptyKeepInTouch,
  markDone,
  restoreMark,
  snooze,
  thisWeek,
  withReminders,
  withTask,
  SNOOZE_DAYS,
  WEEKLY_COUNT,
  type KeepInTouch,
  type KeepMark,
} from './keep';
