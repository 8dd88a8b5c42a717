/**
 * Compiles editable calendar settings into a structure the SLA walk can query in O(1) per day:
 * each day's open windows as sorted, merged minute pairs since local midnight.
 */
import type { CalendarSettings, TimeWindow } from '../settings/settings';
import { MINUTES_PER_DAY, toMinutes, dayIndexOf, weekdayOfDayIndex } from '../time/localDateTime';

/** Flat `[start0, end0, start1, end1, …]`, minutes since local midnight, sorted and merged. */
export type DayWindows = readonly number[];

/** Opaque to callers: build it with `compileCalendar`, query it with the calendar functions. */
export interface BusinessCalendar {
  readonly timeZone: string;
  /** Index 0 = Sunday … 6 = Saturday. */
  readonly weekly: readonly DayWindows[];
  readonly makeupWindows: DayWindows;
  readonly holidays: ReadonlySet<number>;
  readonly makeupDays: ReadonlySet<number>;
  /** True when no day can ever be open: every lookup answers "closed" without searching. */
  readonly alwaysClosed: boolean;
  /**
   * Business minutes of one regular working day, the unit of `wd`: the length of the first
   * weekday, Monday first, that has windows (what Config_Hours sets), else of `makeupWindows`;
   * 0 when nothing is ever open.
   */
  readonly workdayMinutes: number;
}

const EMPTY: DayWindows = Object.freeze([]);

/** `HH:mm` → minutes, `24:00` → 1440; anything past 24:00 is clamped to the end of the day. */
function clockMinutes(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) return NaN;
  return Math.min(+m[1] * 60 + +m[2], MINUTES_PER_DAY);
}

/** Sorts and merges overlapping or touching windows; drops empty or malformed ones. */
export function compileWindows(windows: readonly TimeWindow[]): DayWindows {
  const pairs = windows
    .map((w) => [clockMinutes(w.start), clockMinutes(w.end)] as const)
    .filter(([s, e]) => Number.isFinite(s) && Number.isFinite(e) && s < e)
    .sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [s, e] of pairs) {
    const last = out.length - 1;
    if (last > 0 && s <= out[last]) out[last] = Math.max(out[last], e);
    else out.push(s, e);
  }
  return out.length ? Object.freeze(out) : EMPTY;
}

const windowLength = (w: DayWindows): number => {
  let total = 0;
  for (let i = 0; i < w.length; i += 2) total += w[i + 1] - w[i];
  return total;
};

const dayIndexOfDate = (date: string): number => dayIndexOf(toMinutes(date));

const cache = new WeakMap<CalendarSettings, BusinessCalendar>();

/** Memoised per settings object: compile once, reuse for every ticket of a refresh. */
export function compileCalendar(s: CalendarSettings): BusinessCalendar {
  const hit = cache.get(s);
  if (hit) return hit;
  const weekly = Array.from({ length: 7 }, (_, d) => compileWindows(s.weekly[d] ?? []));
  const makeupWindows = compileWindows(s.makeupWindows);
  const dates = (list: { date: string }[]) =>
    new Set(list.map((d) => dayIndexOfDate(d.date)).filter((d) => Number.isFinite(d)));
  const holidays = dates(s.holidays);
  const makeupDays = dates(s.makeupDays);
  // A make-up day that is also listed as a holiday stays closed (holidays win).
  for (const d of holidays) makeupDays.delete(d);
  const firstWeekday = [1, 2, 3, 4, 5, 6, 0].map((d) => weekly[d]).find((w) => w.length > 0);
  // A working day is a regular weekday's open time (a desk open 08:00–22:00 has a 14-hour day).
  const workdayMinutes = (firstWeekday ? windowLength(firstWeekday) : 0) || windowLength(makeupWindows);
  const alwaysClosed = weekly.every((w) => w.length === 0) && (makeupWindows.length === 0 || makeupDays.size === 0);
  const cal: BusinessCalendar = Object.freeze({
    timeZone: s.timeZone,
    weekly,
    makeupWindows,
    holidays,
    makeupDays,
    alwaysClosed,
    workdayMinutes,
  });
  cache.set(s, cal);
  return cal;
}

/** Open windows of one day (day index since 1970-01-01): holiday → none, make-up day → makeupWindows. */
export function windowsOfDay(cal: BusinessCalendar, day: number): DayWindows {
  if (cal.holidays.has(day)) return EMPTY;
  if (cal.makeupDays.has(day)) return cal.makeupWindows;
  return cal.weekly[weekdayOfDayIndex(day)];
}
