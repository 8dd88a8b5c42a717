import { parseDateTime } from '../core/parse/parseDateTime';
import { cellToHHmm, cellToLocal } from './cells';

describe('cellToLocal', () => {
  it('reads a bare time (a day fraction, or a Date on 1899-12-30) as a problem, never a date-time', () => {
    expect(cellToLocal(0.4166666)).toBeUndefined();
    expect(cellToLocal(new Date(Date.UTC(1899, 11, 30, 10, 0)))).toBeUndefined();
    expect(cellToLocal('1899-12-30 10:00')).toBeUndefined();
  });
  it('reads a date-time of a sane year', () => {
    expect(cellToLocal(new Date(Date.UTC(2024, 2, 5, 10, 0)))).toBe('2024-03-05T10:00');
    expect(cellToLocal(45356.5)).toBe('2024-03-05T12:00');
  });
  it('reads every date-time import reads (one rule, core/parse/parseDateTime), so a typed 2024年3月5日 is not a problem in a structured workbook', () => {
    for (const [typed, want] of [
      ['2024年3月5日 10:00', '2024-03-05T10:00'],
      ['2024/3/5 10:00', '2024-03-05T10:00'],
      ['2024.03.05', '2024-03-05T00:00'],
      ['20240305', '2024-03-05T00:00'],
      ['2024-03-05T10:00:40', '2024-03-05T10:00'],
    ] as const) {
      expect(cellToLocal(typed)).toBe(want);
      expect(cellToLocal(typed)).toBe(parseDateTime(typed));
    }
    // A time with seconds is in its minute, whichever way the cell holds it (import floors too).
    expect(cellToLocal(new Date(Date.UTC(2024, 2, 5, 10, 59, 40)))).toBe('2024-03-05T10:59');
    // Without a year there is no date: a problem, not a guess.
    expect(cellToLocal('3月5日')).toBeUndefined();
    expect(cellToLocal('下周一上午')).toBeUndefined();
    expect(cellToLocal('  ')).toBeNull();
  });
});

describe('cellToHHmm', () => {
  it('reads 24:00 as the end of the day, however the cell holds it', () => {
    expect(cellToHHmm(1)).toBe('24:00');
    // Excel stores 24:00 as serial 1: 1900-01-00 24:00, which exceljs reads as 1899-12-31 00:00.
    expect(cellToHHmm(new Date(Date.UTC(1899, 11, 31, 0, 0)))).toBe('24:00');
    expect(cellToHHmm('24:00')).toBe('24:00');
    expect(cellToHHmm(new Date(Date.UTC(1899, 11, 30, 9, 0)))).toBe('09:00');
  });
});
