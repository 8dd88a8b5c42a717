import { calendarSchema } from './settings';
import { defaultCalendarSettings } from './defaultCalendar';
import { knownHolidayYears } from '../calendar/chinaHolidays';

describe('defaultCalendarSettings', () => {
  const cal = defaultCalendarSettings();

  it('is valid settings: Beijing time, Mon–Fri 09–12 and 13–18, same make-up windows', () => {
    expect(calendarSchema.parse(cal)).toEqual(cal);
    expect(cal.timeZone).toBe('Asia/Shanghai');
    const office = [
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '18:00' },
    ];
    expect(cal.weekly[0]).toEqual([]);
    expect(cal.weekly[6]).toEqual([]);
    for (let d = 1; d <= 5; d++) expect(cal.weekly[d]).toEqual(office);
    expect(cal.makeupWindows).toEqual(office);
  });

  it('carries the mainland China holidays and make-up days of every year the package knows', () => {
    const years = [...new Set([...cal.holidays, ...cal.makeupDays].map((d) => Number(d.date.slice(0, 4))))].sort();
    const known = knownHolidayYears();
    expect(years).toEqual(Array.from({ length: known.to - known.from + 1 }, (_, i) => known.from + i));
    expect(cal.holidays.map((h) => h.date)).toContain('2026-10-01');
    expect(cal.makeupDays.map((h) => h.date)).toEqual(expect.arrayContaining(['2024-05-11', '2025-01-26', '2025-02-08']));
  });

  it('returns a fresh object each time (callers may edit it)', () => {
    const a = defaultCalendarSettings();
    a.weekly[1].push({ start: '19:00', end: '20:00' });
    expect(defaultCalendarSettings().weekly[1]).toHaveLength(2);
  });
});

describe('defaultCalendarSettings ships every year the holiday package knows', () => {
  it('closes National Day 2023 and opens its 调休 Saturday', () => {
    const cal = defaultCalendarSettings();
    expect(cal.holidays.map((h) => h.date)).toContain('2023-10-02');
    expect(cal.makeupDays.map((h) => h.date)).toContain('2023-10-07');
    expect(cal.holidays.some((h) => h.date.startsWith('2004-'))).toBe(true);
  });
});
