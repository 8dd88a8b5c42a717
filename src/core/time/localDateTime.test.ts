import fc from 'fast-check';
import {
  dayIndexOf,
  fromExcelSerial,
  fromMinutes,
  isLocalDateTime,
  minutesReader,
  toExcelSerial,
  toMinutes,
  weekdayOfDayIndex,
} from './localDateTime';

/** Reference: the slow, obviously right path through Date.UTC. */
const reference = (t: string): number => {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(t);
  if (!m) return NaN;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  const d = new Date(ms);
  return d.getUTCDate() === +m[3] && d.getUTCMonth() === +m[2] - 1 && +m[4] < 24 && +m[5] < 60 ? ms / 60000 : NaN;
};

describe('toMinutes / fromMinutes', () => {
  it('round-trips every canonical minute of years 1000–9999 and agrees with Date.UTC', () => {
    const min = reference('1000-01-01T00:00');
    const max = reference('9999-12-31T23:59');
    fc.assert(
      fc.property(fc.integer({ min, max }), (m) => {
        const t = fromMinutes(m);
        expect(toMinutes(t)).toBe(m);
        expect(reference(t)).toBe(m);
      }),
    );
  });

  it.each(['2024-02-30T10:00', '2023-02-29T10:00', '2024-13-01T10:00', '2024-00-10T10:00', '2024-05-00T10:00', '2024-05-08T24:00', '2024-05-08T10:60', '2024-05-0xT10:00', 'garbage', ''])(
    'rejects %j',
    (t) => expect(toMinutes(t)).toBeNaN(),
  );

  it('accepts leap days, bare dates and seconds', () => {
    expect(fromMinutes(toMinutes('2024-02-29T12:00'))).toBe('2024-02-29T12:00');
    expect(fromMinutes(toMinutes('2000-02-29T00:00'))).toBe('2000-02-29T00:00');
    expect(fromMinutes(toMinutes('2024-05-08'))).toBe('2024-05-08T00:00');
    expect(fromMinutes(toMinutes('2024-05-08T10:00:30'))).toBe('2024-05-08T10:00');
    expect(isLocalDateTime('2024-05-08T10:00')).toBe(true);
    expect(isLocalDateTime(45000)).toBe(false);
  });

  it('knows the weekday of a day index (2024-05-08 is a Wednesday)', () => {
    expect(weekdayOfDayIndex(dayIndexOf(toMinutes('2024-05-08T16:30')))).toBe(3);
    expect(weekdayOfDayIndex(dayIndexOf(toMinutes('1969-12-31T23:59')))).toBe(3);
  });

  it('converts Excel serials both ways (45420.6875 is 2024-05-08 16:30)', () => {
    expect(fromExcelSerial(45420.6875)).toBe('2024-05-08T16:30');
    expect(toExcelSerial('2024-05-08T16:30')).toBeCloseTo(45420.6875, 10);
    expect(fromExcelSerial(toExcelSerial('2023-10-15T10:00'))).toBe('2023-10-15T10:00');
  });
});

describe('minutesReader', () => {
  // Texts near each other in time (same day, next minute, a day before 1970), malformed ones and
  // impossible times on a date just read: the reader gives what toMinutes gives, in any order.
  const near = fc.oneof(
    fc.integer({ min: reference('1969-12-30T00:00'), max: reference('1970-01-02T23:59') }),
    fc.integer({ min: reference('2024-02-28T00:00'), max: reference('2024-03-01T23:59') }),
  );
  const text = fc.oneof(
    near.map(fromMinutes),
    fc.tuple(near, fc.constantFrom('T24:00', 'T10:60', 'T1x:00', 'T09:3', ' 09:30', 'T09:30:00')).map(([m, tail]) => fromMinutes(m).slice(0, 10) + tail),
    fc.constantFrom('2024-02-30T10:00', '2023-02-29T10:00', '2024-02-29', '', 'garbage', '2024-02-29T10:00 '),
  );

  it('reads every text of a column in any order as toMinutes does', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), (texts) => {
        const read = minutesReader();
        expect(texts.map(read)).toEqual(texts.map(toMinutes));
      }),
      { numRuns: 500 },
    );
  });

  it('reads the doc example', () => {
    const read = minutesReader();
    expect(read('2024-03-01T09:30')).toBe(toMinutes('2024-03-01T09:30'));
    expect(read('2024-03-01T10:00')).toBe(28488120);
    expect(read('2024-03-01T24:00')).toBeNaN();
    expect(read('2024-02-30T10:00')).toBeNaN();
    expect(read('2024-03-01T23:59')).toBe(toMinutes('2024-03-01T23:59'));
  });
});
