import { chinaHolidays } from './chinaHolidays';

describe('chinaHolidays', () => {
  const { holidays, makeupDays } = chinaHolidays(2024, 2026);
  const holiday = (d: string) => holidays.find((h) => h.date === d);
  const makeup = (d: string) => makeupDays.find((h) => h.date === d);

  it('lists Labour Day 2024 (05-01..05-05) with its Chinese name', () => {
    for (const d of ['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05']) {
      expect(holiday(d)).toEqual({ date: d, name: '劳动节' });
    }
    expect(holiday('2024-05-06')).toBeUndefined();
  });

  it('lists National Day 2024 (10-01..10-07) and Spring Festival 2025 (01-28..02-04)', () => {
    for (let d = 1; d <= 7; d++) expect(holiday(`2024-10-0${d}`)?.name).toBe('国庆节');
    expect(holiday('2025-01-28')?.name).toBe('春节');
    expect(holiday('2025-02-04')?.name).toBe('春节');
    expect(holiday('2025-02-05')).toBeUndefined();
  });

  it('lists make-up working days (调休)', () => {
    expect(makeup('2024-05-11')).toEqual({ date: '2024-05-11', name: '劳动节' });
    expect(makeup('2025-01-26')?.name).toBe('春节');
    expect(makeup('2025-02-08')?.name).toBe('春节');
    expect(makeup('2024-09-29')?.name).toBe('国庆节');
    expect(makeup('2024-05-12')).toBeUndefined();
  });

  it('keeps only the asked years, sorted by date', () => {
    const only2025 = chinaHolidays(2025, 2025);
    expect(only2025.holidays.length).toBeGreaterThan(20);
    expect(only2025.holidays.every((h) => h.date.startsWith('2025-'))).toBe(true);
    expect(only2025.makeupDays.every((h) => h.date.startsWith('2025-'))).toBe(true);
    const dates = holidays.map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(chinaHolidays(1990, 1991)).toEqual({ holidays: [], makeupDays: [] });
  });
});
