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
