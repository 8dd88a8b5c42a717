/** Is the service desk open at a local time? Windows are `[start, end)`: open at 09:00, closed at 18:00. */
import { toMinutes, MINUTES_PER_DAY, dayIndexOf, type LocalDateTime } from '../time/localDateTime';
import { type BusinessCalendar, windowsOfDay } from './compileCalendar';

export function isOpenAt(t: LocalDateTime, cal: BusinessCalendar): boolean {
  const m = toMinutes(t);
  if (!Number.isFinite(m)) return false;
  const day = dayIndexOf(m);
  const inDay = m - day * MINUTES_PER_DAY;
  const w = windowsOfDay(cal, day);
  for (let i = 0; i < w.length; i += 2) if (inDay >= w[i] && inDay < w[i + 1]) return true;
  return false;
}
