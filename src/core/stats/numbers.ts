/** Small numeric helpers of the statistics: rounding, mean, median, shares that add up to 100. */

/** Rounds to `digits` decimals; never returns -0 (it would print as "-0" in some hosts). */
export function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
}

export const roundOrNull = (x: number | null, digits: number): number | null => (x === null ? null : roundTo(x, digits));

export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}

/** Median; the mean of the two middle values when the count is even. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** part / whole, or null when there is nothing to measure. */
export const fraction = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * Percentages with one decimal in which equal counts read equal, adding up to exactly 100 whenever
 * that is possible. Largest remainder on tenths of a percent, taken by groups of equal counts: a
 * group gets its extra tenth for every member or for none. Tenths no whole group can take go to the
 * largest count that no other entry shares (its share moves by at most a few tenths); when every
 * count is shared ([1, 1, 1]) no such entry exists and the sum stays short (33.3 × 3 = 99.9), since
 * equal counts showing unequal shares (33.4 / 33.3) reads as a different number of tickets.
 * All zeros (or an empty list) give zeros.
 *
 * @example percentShares([2, 1, 1]) // → [50, 25, 25]
 * @example percentShares([15, 1, 1, 1, 1, 1, 1]) // → [71.2, 4.8, 4.8, 4.8, 4.8, 4.8, 4.8]
 */
export function percentShares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return counts.map(() => 0);
  const UNITS = 1000; // tenths of a percent
  const groups = new Map<number, { exact: number; size: number; units: number }>();
  for (const c of counts) {
    const g = groups.get(c);
    if (g) g.size += 1;
    else groups.set(c, { exact: (c * UNITS) / total, size: 1, units: Math.floor((c * UNITS) / total) });
  }
  let left = UNITS;
  for (const g of groups.values()) left -= g.units * g.size;
  const byRemainder = [...groups.entries()].sort((a, b) => b[1].exact - b[1].units - (a[1].exact - a[1].units) || b[0] - a[0]);
  for (const [, g] of byRemainder) {
    if (g.size <= left && g.exact > g.units) {
      g.units += 1;
      left -= g.size;
    }
  }
  const absorber = [...groups.entries()].filter(([, g]) => g.size === 1).sort((a, b) => b[0] - a[0])[0]?.[1];
  if (left > 0 && absorber) {
    // Either the absorber takes what is left, or the best group that did not fit rounds up and
    // the absorber gives back the difference: whichever moves the absorber less.
    const up = byRemainder.find(([, g]) => g !== absorber && g.size > left && g.exact > g.units)?.[1];
    const takeAll = Math.abs(absorber.units + left - absorber.exact);
    const giveBack = up && absorber.units - (up.size - left) >= 0 ? Math.abs(absorber.units - (up.size - left) - absorber.exact) : Infinity;
    if (up && giveBack < takeAll) {
      absorber.units -= up.size - left;
      up.units += 1;
    } else absorber.units += left;
  }
  return counts.map((c) => groups.get(c)!.units / 10);
}
