/**
 * Years of the tickets that the holiday table (Config_Holidays) does not cover, as configuration
 * problems worded in a locale: a ticket of such a year counts its holidays as working days, so
 * every host says so (the command on stderr and in its problems, validate, the pane's 检查 tab,
 * a note line on the statistics sheet), with how to add the year.
 */
import { uncoveredYears } from '../core/calendar/uncoveredYears';
import type { Locale } from '../core/schema/fieldMeta';
import type { Ticket } from '../core/schema/ticket';
import type { CalendarSettings } from '../core/settings/settings';
import { configProblemMessage } from './configMessages';
import type { ConfigProblem } from './configTables';

/**
 * One problem per year received tickets fall in that Config_Holidays has no holiday of.
 * @example calendarYearProblems([{ receivedAt: '2031-02-03T10:00' }], { holidays: [{ date: '2024-10-01', name: '国庆节' }] }, 'en-US')[0].params // { year: 2031, count: 1 }
 */
export function calendarYearProblems(tickets: readonly Pick<Ticket, 'receivedAt'>[], calendar: Pick<CalendarSettings, 'holidays'>, locale: Locale = 'zh-CN'): ConfigProblem[] {
  const times = tickets.map((t) => t.receivedAt);
  return uncoveredYears(times, calendar).map((year) => {
    const params = { year, count: times.filter((t) => t !== null && t.startsWith(String(year))).length };
    return { table: 'Config_Holidays', sheet: '', row: 0, column: '', value: '', message: configProblemMessage('calendarYearMissing', locale, params), code: 'calendarYearMissing' as const, params };
  });
}
