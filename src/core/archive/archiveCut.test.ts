import { cutForBefore, cutForKeep, parseKeep } from './archiveCut';

describe('archive cut', () => {
  it.each([
    ['12m', { amount: 12, unit: 'm' }],
    [' 2Y ', { amount: 2, unit: 'y' }],
    ['90d', { amount: 90, unit: 'd' }],
  ])('parses --keep %s', (s, k) => expect(parseKeep(s)).toEqual(k));

  it.each(['0m', 'm', '12', '1.5y', '3 months', '-1y'])('refuses --keep %j', (s) => expect(parseKeep(s)).toBeNull());

  it.each([
    [{ amount: 3, unit: 'm' } as const, '2025-06-15T10:00', '2025-04-01T00:00'],
    [{ amount: 1, unit: 'y' } as const, '2025-06-15T10:00', '2025-01-01T00:00'],
    [{ amount: 2, unit: 'y' } as const, '2025-06-15T10:00', '2024-01-01T00:00'],
    [{ amount: 1, unit: 'q' } as const, '2025-06-15T10:00', '2025-04-01T00:00'],
    [{ amount: 4, unit: 'q' } as const, '2025-06-15T10:00', '2024-07-01T00:00'],
    [{ amount: 2, unit: 'w' } as const, '2025-06-15T10:00', '2025-06-02T00:00'], // a Sunday: its week began Mon 9 June
    [{ amount: 1, unit: 'd' } as const, '2025-06-15T10:00', '2025-06-15T00:00'],
    [{ amount: 12, unit: 'm' } as const, '2024-03-01T00:00', '2023-04-01T00:00'],
  ])('keeps the last %j up to %s: cut at %s', (keep, asOf, cut) => expect(cutForKeep(keep, asOf)).toBe(cut));

  it('cuts --before at 00:00 of the day, or at the time given', () => {
    expect(cutForBefore('2025-01-01')).toBe('2025-01-01T00:00');
    expect(cutForBefore('2025-01-01 12:30')).toBe('2025-01-01T12:30');
    expect(cutForBefore('2025-13-01')).toBeNull();
    expect(cutForBefore('last year')).toBeNull();
  });
});
