import { toMinutes, dayIndexOf } from '../time/localDateTime';
import { defaultCalendarSettings } from '../settings/defaultCalendar';
import { compileCalendar, compileWindows, windowsOfDay } from './compileCalendar';
import { calendarOf, win } from './testCalendars';

const day = (d: string) => dayIndexOf(toMinutes(d));

describe('compileCalendar', () => {
  it('memoises per settings object', () => {
    const s = defaultCalendarSettings();
    expect(compileCalendar(s)).toBe(compileCalendar(s));
    expect(compileCalendar(defaultCalendarSettings())).not.toBe(compileCalendar(s));
  });

  it('gives weekdays their windows, weekends none, holidays none, make-up days the make-up windows', () => {
    const cal = compileCalendar(defaultCalendarSettings());
    expect(windowsOfDay(cal, day('2024-05-08'))).toEqual([540, 720, 780, 1080]);
    expect(windowsOfDay(cal, day('2024-05-12'))).toEqual([]);
    expect(windowsOfDay(cal, day('2024-05-01'))).toEqual([]);
    expect(windowsOfDay(cal, day('2024-05-11'))).toEqual([540, 720, 780, 1080]);
    expect(cal.workdayMinutes).toBe(480);
    expect(cal.alwaysClosed).toBe(false);
  });

  it('sorts and merges overlapping windows, reads 24:00 as midnight and drops empty ones', () => {
    expect(compileWindows([win('13:00', '18:00'), win('09:00', '12:00'), win('11:00', '13:00')])).toEqual([540, 1080]);
    expect(compileWindows([win('20:00', '24:00'), win('08:00', '08:00'), win('10:00', '09:00')])).toEqual([1200, 1440]);
  });

  it('lets a holiday win over a make-up day listed for the same date', () => {
    const cal = calendarOf([[], [], [], [], [], [], []], {
      holidays: [{ date: '2024-05-11', name: 'x' }],
      makeupDays: [{ date: '2024-05-11', name: 'y' }],
      makeupWindows: [win('09:00', '17:00')],
    });
    expect(windowsOfDay(cal, day('2024-05-11'))).toEqual([]);
    expect(cal.alwaysClosed).toBe(true);
  });

  it('measures a working day by the first weekday with windows (Monday first), else by the make-up windows', () => {
    // The hours the supervisor set decide, not the 调休 pattern left as it was.
    const byWeekday = calendarOf([[], [win('08:00', '22:00')], [], [], [], [], []], { makeupWindows: [win('10:00', '12:00')] });
    expect(byWeekday.workdayMinutes).toBe(14 * 60);
    const byMakeup = calendarOf([[], [], [], [], [], [], []], { makeupWindows: [win('10:00', '12:00')] });
    expect(byMakeup.workdayMinutes).toBe(120);
    const byMonday = calendarOf([[win('00:00', '24:00')], [win('09:00', '17:00')], [], [], [], [], []]);
    expect(byMonday.workdayMinutes).toBe(480);
    const bySunday = calendarOf([[win('10:00', '11:00')], [], [], [], [], [], []]);
    expect(bySunday.workdayMinutes).toBe(60);
  });

  it('flags a calendar without any open time', () => {
    expect(calendarOf([[], [], [], [], [], [], []]).alwaysClosed).toBe(true);
    expect(calendarOf([[], [], [], [], [], [], []], { makeupDays: [{ date: '2024-05-11', name: '' }], makeupWindows: [win('09:00', '10:00')] }).alwaysClosed).toBe(false);
  });
});
