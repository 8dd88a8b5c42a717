import fc from 'fast-check';
import { fraction, mean, median, percentShares, roundTo } from './numbers';

describe('numbers', () => {
  it('computes mean and median, with the median of an even count as the mean of the middle two', () => {
    expect(mean([12, 30])).toBe(21);
    expect(median([30, 12, 5])).toBe(12);
    expect(median([30, 12, 5, 1])).toBe(8.5);
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
  });

  it('rounds without -0 and gives null fractions when nothing is measured', () => {
    expect(roundTo(2 / 3, 4)).toBe(0.6667);
    expect(Object.is(roundTo(-0.00001, 2), 0)).toBe(true);
    expect(fraction(1, 0)).toBeNull();
    expect(fraction(1, 4)).toBe(0.25);
  });

  it('splits three equal groups into 33.4 + 33.3 + 33.3', () => {
    expect(percentShares([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
  });

  it('keeps exact shares exact and gives zeros for nothing', () => {
    expect(percentShares([15, 10, 8, 17])).toEqual([30, 20, 16, 34]);
    expect(percentShares([])).toEqual([]);
    expect(percentShares([0, 0])).toEqual([0, 0]);
  });

  it('gives the leftover tenths to the largest remainders', () => {
    // 1/7 = 14.2857 %, 6/7 = 85.7142 %: exact tenths 142.857 and 857.142 → 143 + 857.
    expect(percentShares([1, 6])).toEqual([14.3, 85.7]);
  });

  it('property: shares add up to exactly 100 and stay within 0.1 of the exact share', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10_000), { minLength: 1, maxLength: 40 }).filter((xs) => xs.some((x) => x > 0)), (counts) => {
        const shares = percentShares(counts);
        const total = counts.reduce((a, b) => a + b, 0);
        expect(shares.reduce((a, s) => a + Math.round(s * 10), 0)).toBe(1000);
        shares.forEach((s, i) => expect(Math.abs(s - (counts[i] * 100) / total)).toBeLessThan(0.1 + 1e-9));
      }),
    );
  });
});
