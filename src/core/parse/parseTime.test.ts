import fc from 'fast-check';
import { combineDateTime } from './combineDateTime';
import { parseDate } from './parseDate';
import { parseTime } from './parseTime';

describe('parseTime', () => {
  test.each([
    ['9:05', '09:05'],
    ['14:30:00', '14:30'],
    ['14：30', '14:30'],
    ['14点30分', '14:30'],
    ['14时', '14:00'],
    ['9点半', '09:30'],
    ['下午2点', '14:00'],
    ['2:30 PM', '14:30'],
    ['12:15 am', '00:15'],
    ['1430', '14:30'],
    ['2023-10-15 10:00', '10:00'],
  ])('%s → %s', (input, expected) => {
    expect(parseTime(input)).toBe(expected);
  });

  test.each(['', '25:00', '12:60', '请在3点前回电', 'abc', '-'])('rejects %p', (input) => {
    expect(parseTime(input)).toBeNull();
  });

  test('Excel fractions and Dates', () => {
    expect(parseTime(0.5)).toBe('12:00');
    expect(parseTime(0.3854166666666667)).toBe('09:15');
    expect(parseTime(45208.75)).toBe('18:00');
    expect(parseTime(-0.5)).toBeNull();
    expect(parseTime(new Date(Date.UTC(1899, 11, 30, 9, 5)))).toBe('09:05');
  });

  test('round-trips every minute of the day as text and as a fraction', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (m) => {
        const hh = String(Math.floor(m / 60)).padStart(2, '0');
        const mm = String(m % 60).padStart(2, '0');
        expect(parseTime(`${hh}:${mm}`)).toBe(`${hh}:${mm}`);
        expect(parseTime(m / 1440)).toBe(`${hh}:${mm}`);
      }),
    );
  });

  test('never throws', () => {
    fc.assert(fc.property(fc.anything(), (v) => void parseTime(v)));
  });
});

describe('parseDate and combineDateTime (沟通日期 + 沟通时间)', () => {
  test('parseDate drops the time', () => {
    expect(parseDate('2023-10-08 14:30')).toBe('2023-10-08');
    expect(parseDate(45208.9)).toBe('2023-10-09');
    expect(parseDate('3月15日', { year: 2024 })).toBe('2024-03-15');
    expect(parseDate('later')).toBeNull();
  });

  test('joins a date and a time cell', () => {
    expect(combineDateTime('2023-10-08', '14:30')).toBe('2023-10-08T14:30');
    expect(combineDateTime(45208, 0.3854166666666667)).toBe('2023-10-09T09:15');
    expect(combineDateTime(new Date(Date.UTC(2023, 9, 10)), '16:45')).toBe('2023-10-10T16:45');
  });

  test('an empty time keeps the date (and any time it carries)', () => {
    expect(combineDateTime('2023-10-08', null)).toBe('2023-10-08T00:00');
    expect(combineDateTime('2023-10-08 08:10', '')).toBe('2023-10-08T08:10');
  });

  test('a missing date or an unreadable time gives null', () => {
    expect(combineDateTime(null, '14:30')).toBeNull();
    expect(combineDateTime('2023-10-08', '午饭后')).toBeNull();
  });
});
