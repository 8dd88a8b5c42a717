/** Business minutes between two local times: how much SLA time elapsed. */
import { toMinutes, MINUTES_PER_DAY, dayIndexOf, type LocalDateTime } from '../time/localDateTime';
import { type BusinessCalendar, windowsOfDay } from './compileCalendar';
import { compilePauses, type Pause } from './pauses';

/** Open minutes of `[a, b)` on the calendar, less `pauses`. Negative when `b` is before `a`; NaN for bad input. */
export function businessMinutesBetween(
  a: LocalDateTime,
  b: LocalDateTime,
  cal: BusinessCalendar,
  opts: { pauses?: readonly Pause[] } = {},
): number {
  const from = toMinutes(a);
  const to = toMinutes(b);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return NaN;
  if (to < from) return -businessMinutesBetween(b, a, cal, opts);
  if (cal.alwaysClosed) return 0;
  const pauses = compilePauses(opts.pauses);
  let total = 0;
  for (let day = dayIndexOf(from); day <= dayIndexOf(to); day++) {
    const w = windowsOfDay(cal, day);
    const base = day * MINUTES_PER_DAY;
    for (let i = 0; i < w.length; i += 2) {
      const s = Math.max(base + w[i], from);
      const e = Math.min(base + w[i + 1], to);
      if (e > s) total += e - s - pausedWithin(pauses, s, e);
    }
  }
  return total;
}

function pausedWithin(pauses: [number, number][], s: number, e: number): number {
  let paused = 0;
  for (const [f, t] of pauses) {
    if (f >= e) break;
    const overlap = Math.min(t, e) - Math.max(f, s);
    if (overlap > 0) paused += overlap;
  }
  return paused;
}
