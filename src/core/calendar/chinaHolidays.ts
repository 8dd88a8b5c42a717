/**
 * Mainland China public holidays and make-up working days (调休), as published by the State
 * Council and packaged by `chinese-days`. The package's data file maps each date to
 * `"English name,中文名,days"`; we keep the Chinese name.
 */
import data from 'chinese-days/dist/chinese-days.json';

export interface NamedDate {
  /** `yyyy-MM-dd`. */
  date: string;
  name: string;
}

const chineseName = (label: string): string => label.split(',')[1]?.trim() || label;

function datesOfYears(map: Record<string, string>, fromYear: number, toYear: number): NamedDate[] {
  const from = `${String(fromYear).padStart(4, '0')}-01-01`;
  const to = `${String(toYear).padStart(4, '0')}-12-31`;
  return Object.keys(map)
    .filter((date) => date >= from && date <= to)
    .sort()
    .map((date) => ({ date, name: chineseName(map[date]) }));
}

/** Holidays (closed, weekend days inside a holiday included) and make-up working days, sorted by date. */
export function chinaHolidays(fromYear: number, toYear: number): { holidays: NamedDate[]; makeupDays: NamedDate[] } {
  const source = data as { holidays: Record<string, string>; workdays: Record<string, string> };
  return {
    holidays: datesOfYears(source.holidays, fromYear, toYear),
    makeupDays: datesOfYears(source.workdays, fromYear, toYear),
  };
}

/**
 * The first and last year the holiday package knows.
 * @example knownHolidayYears() // { from: 2004, to: 2026 } with chinese-days 1.5
 */
export function knownHolidayYears(): { from: number; to: number } {
  const years = Object.keys((data as { holidays: Record<string, string> }).holidays).map((d) => Number(d.slice(0, 4)));
  return { from: Math.min(...years), to: Math.max(...years) };
}
