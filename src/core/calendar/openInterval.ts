/**
 * The one primitive every calendar function walks with: the next open window at or after a
 * moment. Window by window, never minute by minute; bounded so a calendar without open time
 * answers "none" instead of looping forever.
 */
import { MINUTES_PER_DAY, dayIndexOf } from '../time/localDateTime';
import { type BusinessCalendar, windowsOfDay } from './compileCalendar';

/** How far ahead a search for open time may look: three years (with a leap day). */
export const SEARCH_DAYS = 3 * 366;

/**
 * The first open stretch `[start, end)` (local minutes) that ends after `t`, clipped to start no
 * earlier than `t`; null when nothing opens within SEARCH_DAYS. Windows touching across midnight
 * (… 24:00 / 00:00 …) come back as separate stretches, which is harmless to every caller.
 */
export function nextOpenInterval(cal: BusinessCalendar, t: number): [number, number] | null {
  if (cal.alwaysClosed || !Number.isFinite(t)) return null;
  const first = dayIndexOf(t);
  for (let day = first; day <= first + SEARCH_DAYS; day++) {
    const w = windowsOfDay(cal, day);
    const base = day * MINUTES_PER_DAY;
    for (let i = 0; i < w.length; i += 2) {
      const end = base + w[i + 1];
      if (end > t) return [Math.max(base + w[i], t), end];
    }
  }
  return null;
}
