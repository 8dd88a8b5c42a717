/** The standard business calendar: Beijing office hours with mainland China holidays and 调休. */
import { chinaHolidays, knownHolidayYears } from '../calendar/chinaHolidays';
import type { CalendarSettings, TimeWindow } from './settings';

/** Years whose official holiday notices the default calendar carries: every year the package knows. */
const years = knownHolidayYears();
export const DEFAULT_HOLIDAY_YEARS = [years.from, years.to] as const;

const officeHours = (): TimeWindow[] => [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '18:00' },
];

export function defaultCalendarSettings(): CalendarSettings {
  const { holidays, makeupDays } = chinaHolidays(DEFAULT_HOLIDAY_YEARS[0], DEFAULT_HOLIDAY_YEARS[1]);
  return {
    timeZone: 'Asia/Shanghai',
    // Sunday … Saturday: closed at weekends, a lunch break on working days.
    weekly: [[], officeHours(), officeHours(), officeHours(), officeHours(), officeHours(), []],
    holidays,
    makeupDays,
    makeupWindows: officeHours(),
  };
}
