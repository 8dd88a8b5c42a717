import fc from 'fast-check';
import { shareFormula, shareOf, sharesOf } from './shareRule';

describe('shareRule', () => {
  it('gives each count ROUND(count ÷ total × 100, 1) on its own (issue 8: 4 of 21 is 19.0, not 18.4)', () => {
    expect(shareOf(4, 21)).toBe(19);
    expect(sharesOf([13, 4, 4])).toEqual([61.9, 19, 19]);
    expect(sharesOf([15, 1, 1, 1, 1, 1, 1])).toEqual([71.4, 4.8, 4.8, 4.8, 4.8, 4.8, 4.8]);
  });

  it('reads equal counts equal, and lets the sum be 99.9–100.1', () => {
    expect(sharesOf([1, 1, 1])).toEqual([33.3, 33.3, 33.3]);
    expect(sharesOf([1, 1, 1, 1, 1, 1])).toEqual([16.7, 16.7, 16.7, 16.7, 16.7, 16.7]);
  });

  it('rounds an exact half up, and gives zeros for nothing', () => {
    // 23 of 2000 is exactly 1.15 %, which floating point holds as 1.1499999….
    expect(shareOf(23, 2000)).toBe(1.2);
    expect(shareOf(1, 16)).toBe(6.3);
    expect(sharesOf([])).toEqual([]);
    expect(sharesOf([0, 0])).toEqual([0, 0]);
    expect(shareOf(3, 0)).toBe(0);
  });

  it('writes the rule as a formula over the count and the total', () => {
    expect(shareFormula('E24', 'SUM($E$24:$E$30)')).toBe('IF(SUM($E$24:$E$30)=0,0,ROUND(E24*1000/SUM($E$24:$E$30),0)/10)');
  });

  it('property: each share is within 0.05 of the exact percentage, and the sum within 0.05 × n of 100', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(500), { minLength: 1, maxLength: 40 }).filter((xs) => xs.some((x) => x > 0)), (counts) => {
        const total = counts.reduce((a, b) => a + b, 0);
        const shares = sharesOf(counts);
        counts.forEach((c, i) => {
          expect(Math.abs(shares[i] - (c * 100) / total)).toBeLessThanOrEqual(0.05 + 1e-9);
          counts.forEach((d, j) => c === d && expect(shares[j]).toBe(shares[i]));
        });
      }),
    );
  });
});
