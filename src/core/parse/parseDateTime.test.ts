import fc from 'fast-check';
import { fromMinutes, toExcelSerial, toMinutes } from '../time/localDateTime';
import { parseDateTime, yearOf } from './parseDateTime';

/** Minutes over the sane years (SANE_YEARS: 1970–2199); Excel serials are exact there. */
const MIN = toMinutes('1970-01-01T00:00');
const MAX = toMinutes('2199-12-31T23:59');
const localTimes = fc.integer({ min: MIN, max: MAX }).map(fromMinutes);

describe('parseDateTime', () => {
  test.each([
    ['2024/3/1', '2024-03-01T00:00'],
    ['2024-03-01', '2024-03-01T00:00'],
    ['2024.3.1', '2024-03-01T00:00'],
    ['2024年3月1日', '2024-03-01T00:00'],
    ['2024年3月1日 14:30', '2024-03-01T14:30'],
    ['2023-10-15 10:00', '2023-10-15T10:00'],
    ['2023-10-1510:00', '2023-10-15T10:00'],
    ['2023-10-15T10:00:00', '2023-10-15T10:00'],
    ['2023-10-15T10:00:00.000Z', '2023-10-15T10:00'],
    ['２０２４／３／１５　１４：３０', '2024-03-15T14:30'],
    ['20240315', '2024-03-15T00:00'],
    ['2024-03-15 下午2点30分', '2024-03-15T14:30'],
    ['3/15/2024', '2024-03-15T00:00'],
    ['Mar 15, 2024', '2024-03-15T00:00'],
    ['15 March 2024 09:05', '2024-03-15T09:05'],
  ])('%s → %s', (input, expected) => {
    expect(parseDateTime(input)).toBe(expected);
  });

  test.each([
    ['03-15 14:30', '2024-03-15T14:30'],
    ['03-1514:30', '2024-03-15T14:30'],
    ['3月15日', '2024-03-15T00:00'],
    ['10月16日10:00', '2024-10-16T10:00'],
    ['3/15', '2024-03-15T00:00'],
  ])('year-less %s takes ctx.year', (input, expected) => {
    expect(parseDateTime(input, { year: 2024 })).toBe(expected);
    expect(parseDateTime(input)).toBeNull();
  });

  test.each(['', '   ', '-', '满意', '2024-02-30', '2024-13-01', '2023-10-15 25:00', '14:30', '1-5分', '订单号20231008001', 'abc'])(
    'rejects %p',
    (input) => {
      expect(parseDateTime(input)).toBeNull();
    },
  );

  test('Excel serials, with the fraction as the time of day', () => {
    expect(parseDateTime(45208)).toBe('2023-10-09T00:00');
    expect(parseDateTime(45208.385416666664)).toBe('2023-10-09T09:15');
    expect(parseDateTime(0)).toBeNull();
    expect(parseDateTime(-3)).toBeNull();
    expect(parseDateTime(Number.NaN)).toBeNull();
    expect(parseDateTime(Infinity)).toBeNull();
  });

  test('Dates are read by their UTC fields (exceljs wall time)', () => {
    expect(parseDateTime(new Date(Date.UTC(2024, 4, 8, 16, 30)))).toBe('2024-05-08T16:30');
    expect(parseDateTime(new Date(Number.NaN))).toBeNull();
  });

  test('booleans, objects and arrays are not dates', () => {
    for (const v of [true, false, null, undefined, {}, [], () => 1]) expect(parseDateTime(v)).toBeNull();
  });

  test('round-trips every local time written as ISO, as text with a space, and as a serial', () => {
    fc.assert(
      fc.property(localTimes, (t) => {
        expect(parseDateTime(t)).toBe(t);
        expect(parseDateTime(t.replace('T', ' '))).toBe(t);
        expect(parseDateTime(toExcelSerial(t))).toBe(t);
      }),
    );
  });

  test('round-trips Chinese and slash spellings', () => {
    fc.assert(
      fc.property(localTimes, (t) => {
        const [y, mo, d, h, mi] = t.split(/[-T:]/).map(Number);
        expect(parseDateTime(`${y}年${mo}月${d}日 ${h}:${String(mi).padStart(2, '0')}`)).toBe(t);
        expect(parseDateTime(`${y}/${mo}/${d} ${h}:${String(mi).padStart(2, '0')}`)).toBe(t);
      }),
    );
  });

  test('never throws and returns a valid local time or null, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.date({ noInvalidDate: false }), fc.anything()), (v) => {
        const r = parseDateTime(v, { year: 2024 });
        expect(r === null || !Number.isNaN(toMinutes(r))).toBe(true);
      }),
    );
  });

  test('yearOf reads the year a neighbour can lend', () => {
    expect(yearOf('2024-03-15 15:20')).toBe(2024);
    expect(yearOf('03-15 14:30')).toBeNull();
  });
});

describe('parseDateTime keeps to sane years', () => {
  it('reads a bare time typed into a date-time cell (1899-12-30) as nothing, so it is reported', () => {
    expect(parseDateTime(new Date(Date.UTC(1899, 11, 30, 10, 0)))).toBeNull();
    expect(parseDateTime('1899-12-30 10:00')).toBeNull();
    expect(parseDateTime('1066-10-14')).toBeNull();
    expect(parseDateTime('2024-03-05 10:00')).toBe('2024-03-05T10:00');
  });
});

describe('the shape every export writes, `yyyy-MM-dd HH:mm`', () => {
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const isRealDay = (y: number, mo: number, d: number): boolean => {
    const day = new Date(Date.UTC(y, mo - 1, d));
    return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
  };

  test('every minute of a day reads as itself', () => {
    const wrong: string[] = [];
    for (let h = 0; h < 24; h++)
      for (let mi = 0; mi < 60; mi++) {
        const s = `2024-02-29 ${pad(h)}:${pad(mi)}`;
        if (parseDateTime(s) !== s.replace(' ', 'T')) wrong.push(s);
      }
    expect(wrong).toEqual([]);
  });

  test('any digits in that shape: the date-time when the day exists and the time is a time of day, else null', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2300 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), (y, mo, d, h, mi) => {
        const s = `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}`;
        const ok = mo >= 1 && mo <= 12 && isRealDay(y, mo, d) && h <= 23 && mi <= 59 && y >= 1970 && y <= 2199;
        expect(parseDateTime(s)).toBe(ok ? s.replace(' ', 'T') : null);
      }),
      { numRuns: 2000 },
    );
  });
});
