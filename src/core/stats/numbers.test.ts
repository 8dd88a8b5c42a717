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

  it('shows equal counts as equal shares: three equal groups are 33.3 each (the sum cannot be 100)', () => {
    expect(percentShares([1, 1, 1])).toEqual([33.3, 33.3, 33.3]);
  });

  it('lets the largest unshared count absorb the tenths no group of equal counts can take (issue 12: 4.8 and 4.7)', () => {
    // 21 tickets: 1/21 = 4.76 %; every single ticket reads 4.8, the 15 absorbs: 71.2 (exact 71.43).
    expect(percentShares([15, 1, 1, 1, 1, 1, 1])).toEqual([71.2, 4.8, 4.8, 4.8, 4.8, 4.8, 4.8]);
    expect(percentShares([2, 1, 1])).toEqual([50, 25, 25]);
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

  it('property: equal counts read equal; the sum is exactly 100 when some count is unshared; other shares stay within 0.1 of exact', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 1, maxLength: 40 }).filter((xs) => xs.some((x) => x > 0)), (counts) => {
        const shares = percentShares(counts);
        const total = counts.reduce((a, b) => a + b, 0);
        counts.forEach((c, i) => counts.forEach((d, j) => c === d && expect(shares[i]).toBe(shares[j])));
        const unshared = counts.filter((c) => counts.indexOf(c) === counts.lastIndexOf(c));
        if (unshared.length) expect(shares.reduce((a, s) => a + Math.round(s * 10), 0)).toBe(1000);
        const absorber = unshared.length ? Math.max(...unshared) : null;
        shares.forEach((s, i) => counts[i] !== absorber && expect(Math.abs(s - (counts[i] * 100) / total)).toBeLessThan(0.1 + 1e-9));
      }),
    );
  });
});
