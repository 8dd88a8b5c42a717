import { fraction, mean, median, roundTo } from './numbers';

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
});
