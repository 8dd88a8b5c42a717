import { nextOpening } from './nextOpening';
import { calendarOf, standard, win } from './testCalendars';

describe('nextOpening', () => {
  const cal = standard();
  it('is the time itself when open', () => expect(nextOpening('2024-05-08T10:15', cal)).toBe('2024-05-08T10:15'));
  it('skips lunch', () => expect(nextOpening('2024-05-08T12:00', cal)).toBe('2024-05-08T13:00'));
  it('skips the night and the weekend', () => expect(nextOpening('2024-05-17T18:00', cal)).toBe('2024-05-20T09:00'));
  it('skips a holiday and lands on a make-up day', () => {
    expect(nextOpening('2024-04-30T18:00', cal)).toBe('2024-05-06T09:00');
    expect(nextOpening('2024-05-10T19:00', cal)).toBe('2024-05-11T09:00');
  });
  it('finds a day of the week after several closed weekdays', () => {
    const fridays = calendarOf([[], [], [], [], [], [win('14:00', '15:00')], []]);
    expect(nextOpening('2024-05-11T00:00', fridays)).toBe('2024-05-17T14:00');
  });
  it('is null when nothing ever opens, or nothing opens within three years', () => {
    expect(nextOpening('2024-05-08T10:00', calendarOf([[], [], [], [], [], [], []]))).toBeNull();
    const once = calendarOf([[], [], [], [], [], [], []], { makeupDays: [{ date: '2020-01-04', name: '' }], makeupWindows: [win('09:00', '10:00')] });
    expect(nextOpening('2019-12-01T00:00', once)).toBe('2020-01-04T09:00');
    expect(nextOpening('2024-01-01T00:00', once)).toBeNull();
  });
  it('is null for a malformed time', () => expect(nextOpening('2024-13-01T00:00', cal)).toBeNull());
});
