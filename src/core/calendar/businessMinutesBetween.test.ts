import { businessMinutesBetween } from './businessMinutesBetween';
import { calendarOf, everyDay, standard, win } from './testCalendars';

describe('businessMinutesBetween', () => {
  const cal = standard();
  it.each([
    ['a working day', '2024-05-08T16:30', '2024-05-09T16:30', 480],
    ['across lunch', '2024-05-08T11:00', '2024-05-08T14:00', 120],
    ['a weekend', '2024-05-18T00:00', '2024-05-20T00:00', 0],
    ['over Labour Day 2024', '2024-04-30T17:00', '2024-05-06T10:00', 120],
    ['including a make-up Saturday', '2024-05-10T17:00', '2024-05-13T09:00', 540],
    ['an empty range', '2024-05-08T10:00', '2024-05-08T10:00', 0],
  ])('%s', (_, a, b, minutes) => expect(businessMinutesBetween(a, b, cal)).toBe(minutes));

  it('is negative when the end is before the start', () => {
    expect(businessMinutesBetween('2024-05-09T16:30', '2024-05-08T16:30', cal)).toBe(-480);
  });

  it('leaves out pauses', () => {
    const pauses = [{ from: '2024-05-08T11:00', to: '2024-05-08T14:00' }];
    expect(businessMinutesBetween('2024-05-08T09:00', '2024-05-08T18:00', cal, { pauses })).toBe(480 - 120);
  });

  it('counts a window ending at 24:00 to midnight', () => {
    const night = calendarOf(everyDay(win('20:00', '24:00')));
    expect(businessMinutesBetween('2024-05-08T23:00', '2024-05-09T21:00', night)).toBe(60 + 60);
  });

  it('is 0 on a closed calendar and NaN for bad input', () => {
    expect(businessMinutesBetween('2024-05-08T09:00', '2024-06-08T09:00', calendarOf([[], [], [], [], [], [], []]))).toBe(0);
    expect(businessMinutesBetween('x', '2024-05-08T09:00', cal)).toBeNaN();
  });
});
