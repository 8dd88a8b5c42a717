/**
 * Due-time arithmetic: start + an SLA duration.
 *
 * - `h`  clock hours: elapsed time in the calendar's time zone (DST-correct), ignoring hours.
 * - `bh` business hours: walks the open windows, skipping nights, weekends and holidays.
 * - `wd` working days: amount × one regular working day's business minutes
 *        (`BusinessCalendar.workdayMinutes`, 8 h by default), walked like `bh`, so a ticket
 *        received Wed 16:30 with 1 wd is due Thu 16:30.
 *
 * Rules shared by the units: pauses (等待客户) are closed time for all of them; a business
 * start outside hours counts from the next opening; a due that lands exactly on a closing time
 * stays there (18:00, not the next morning); zero `h` returns the start, zero `bh`/`wd` the next
 * opening. Null when no open time is left within three years of the walk.
 */
import type { Duration } from '../settings/settings';
import { toMinutes, fromMinutes, type LocalDateTime } from '../time/localDateTime';
import type { BusinessCalendar } from './compileCalendar';
import { nextOpenInterval } from './openInterval';
import { compilePauses, pauseClipper, type Pause } from './pauses';
import { hasFixedOffset, instantToLocal, localToInstant } from './zoneClock';

export interface AddDurationOptions {
  pauses?: readonly Pause[];
}

/** Whole minutes of a duration amount in its own unit (wd → business minutes). */
export function durationMinutes(d: Duration, cal: BusinessCalendar): number {
  const perUnit = d.unit === 'wd' ? cal.workdayMinutes : 60;
  return Math.round(d.amount * perUnit);
}

/** Walks `minutes` of business time from local minute `start`; the local minute reached, or null. */
export function walkBusiness(
  cal: BusinessCalendar,
  start: number,
  minutes: number,
  pauses: [number, number][] = [],
): number | null {
  const clip = pauseClipper(pauses);
  let t = start;
  let remaining = minutes;
  for (;;) {
    const iv = nextOpenInterval(cal, t);
    if (!iv) return null;
    const [s, e] = iv;
    const c = clip(s, e);
    if ('skipTo' in c) {
      if (c.skipTo === Infinity) return null;
      t = c.skipTo;
      continue;
    }
    const available = c.end - s;
    if (remaining <= available) return s + remaining;
    remaining -= available;
    t = c.end;
  }
}

/** Clock minutes from `start` (instant minutes), not counting pauses (instant minute pairs). */
function walkClock(start: number, minutes: number, pauses: [number, number][]): number | null {
  let t = start;
  let remaining = minutes;
  for (const [from, to] of pauses) {
    if (to <= t) continue;
    if (from <= t) {
      t = to;
    } else if (from - t >= remaining) {
      return t + remaining;
    } else {
      remaining -= from - t;
      t = to;
    }
    if (t === Infinity) return null;
  }
  return t + remaining;
}

function addClockHours(start: number, minutes: number, cal: BusinessCalendar, pauses: [number, number][]): number | null {
  if (hasFixedOffset(cal.timeZone)) return walkClock(start, minutes, pauses);
  const tz = cal.timeZone;
  const toInstant = (m: number) => (Number.isFinite(m) ? localToInstant(tz, m) : m);
  const due = walkClock(
    toInstant(start),
    minutes,
    pauses.map(([f, t]) => [toInstant(f), toInstant(t)]),
  );
  return due === null ? null : instantToLocal(tz, due);
}

export function addDuration(
  start: LocalDateTime,
  d: Duration,
  cal: BusinessCalendar,
  opts: AddDurationOptions = {},
): LocalDateTime | null {
  const from = toMinutes(start);
  if (!Number.isFinite(from) || !(d.amount >= 0)) return null;
  const pauses = compilePauses(opts.pauses);
  const minutes = durationMinutes(d, cal);
  if (d.unit === 'h') {
    if (minutes === 0) return start;
    const due = addClockHours(from, minutes, cal, pauses);
    return due === null ? null : fromMinutes(due);
  }
  if (d.unit === 'wd' && cal.workdayMinutes === 0) return null;
  const due = walkBusiness(cal, from, minutes, pauses);
  return due === null ? null : fromMinutes(due);
}
