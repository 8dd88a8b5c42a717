import { isOpenAt } from './isOpenAt';
import { calendarOf, everyDay, standard, win } from './testCalendars';

describe('isOpenAt', () => {
  const cal = standard();
  it.each([
    ['2024-05-08T09:00', true],
    ['2024-05-08T08:59', false],
    ['2024-05-08T11:59', true],
    ['2024-05-08T12:00', false],
    ['2024-05-08T12:30', false],
    ['2024-05-08T13:00', true],
    ['2024-05-08T17:59', true],
    ['2024-05-08T18:00', false],
    ['2024-05-12T10:00', false], // Sunday
    ['2024-05-11T10:00', true], // make-up Saturday
    ['2024-05-02T10:00', false], // Labour Day, a Thursday
    ['not a time', false],
  ])('%s → %s', (t, open) => expect(isOpenAt(t, cal)).toBe(open));

  it('is open until the last minute of a window ending at 24:00', () => {
    const night = calendarOf(everyDay(win('20:00', '24:00')));
    expect(isOpenAt('2024-05-08T23:59', night)).toBe(true);
    expect(isOpenAt('2024-05-09T00:00', night)).toBe(false);
  });
});
