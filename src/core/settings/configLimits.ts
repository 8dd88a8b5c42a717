/**
 * What configuration may ask for. A supervisor's typo must not make a refresh walk the calendar
 * for ever: hours must open at least an hour a week, an SLA target must fall within a year of
 * open time, and the time zone must be one the clock knows.
 */
import { compileCalendar } from '../calendar/compileCalendar';
import { durationMinutes } from '../calendar/addDuration';
import type { CalendarSettings, Duration, TimeWindow } from './settings';

/** Fewer open minutes a week than this and the hours are refused. */
export const MIN_WEEKLY_OPEN_MINUTES = 60;
/** An SLA target may ask for at most this many weeks of open time (clock hours: a year). */
export const MAX_TARGET_WEEKS = 52;

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Open minutes in a regular week.
 * @example weeklyOpenMinutes([[], [{ start: '09:00', end: '18:00' }], [], [], [], [], []]) // 540
 */
export function weeklyOpenMinutes(weekly: readonly (readonly TimeWindow[])[]): number {
  return weekly.flat().reduce((n, w) => n + Math.max(0, minutesOf(w.end) - minutesOf(w.start)), 0);
}

/**
 * A time-zone name the clock knows (IANA), e.g. Asia/Shanghai.
 * @example isKnownTimeZone('Asia/Shanghia') // false
 */
export function isKnownTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.trim() !== '';
  } catch {
    return false;
  }
}

/**
 * The target asks for no more than MAX_TARGET_WEEKS of the calendar's open time (a clock-hour
 * target: of the clock).
 * @example targetWithinReach({ amount: 1e9, unit: 'wd' }, calendar) // false
 */
export function targetWithinReach(d: Duration, calendar: CalendarSettings): boolean {
  const cal = compileCalendar(calendar);
  const minutes = durationMinutes(d, cal);
  const perWeek = d.unit === 'h' ? 7 * 1440 : weeklyOpenMinutes(calendar.weekly);
  return Number.isFinite(minutes) && minutes <= perWeek * MAX_TARGET_WEEKS;
}
