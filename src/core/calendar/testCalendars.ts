/** Small calendars for the calendar tests. */
import type { CalendarSettings, TimeWindow } from '../settings/settings';
import { defaultCalendarSettings } from '../settings/defaultCalendar';
import { compileCalendar, type BusinessCalendar } from './compileCalendar';

export const standard = (): BusinessCalendar => compileCalendar(STANDARD);
const STANDARD = defaultCalendarSettings();

export function calendarOf(weekly: TimeWindow[][], extra: Partial<CalendarSettings> = {}): BusinessCalendar {
  return compileCalendar({ timeZone: 'Asia/Shanghai', weekly, holidays: [], makeupDays: [], makeupWindows: [], ...extra });
}

export const everyDay = (...w: TimeWindow[]): TimeWindow[][] => Array.from({ length: 7 }, () => w);
export const win = (start: string, end: string): TimeWindow => ({ start, end });
