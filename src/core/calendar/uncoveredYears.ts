/**
 * Years a calendar's holiday table does not cover: a ticket then counts that year's holidays as
 * working days and its 调休 Saturdays as closed. A calendar without any holiday (a team that
 * works through them) covers every year.
 */
import type { CalendarSettings } from '../settings/settings';
import type { LocalDateTime } from '../time/localDateTime';

/**
 * The years of `times` that have no holiday in the calendar, sorted.
 * @example uncoveredYears(['2031-02-03T10:00'], { ...calendar, holidays: [{ date: '2024-10-01', name: '国庆节' }] }) // [2031]
 */
export function uncoveredYears(times: readonly (LocalDateTime | null)[], calendar: Pick<CalendarSettings, 'holidays'>): number[] {
  if (calendar.holidays.length === 0) return [];
  const covered = new Set(calendar.holidays.map((h) => Number(h.date.slice(0, 4))));
  const missing = new Set<number>();
  for (const t of times) {
    if (t === null) continue;
    const y = Number(t.slice(0, 4));
    if (Number.isFinite(y) && !covered.has(y)) missing.add(y);
  }
  return [...missing].sort((a, b) => a - b);
}
