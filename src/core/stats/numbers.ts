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
 * Percentages with one decimal that add up to exactly 100 (largest-remainder method on tenths
 * of a percent). Ties in the remainder go to the earlier entry, so callers list groups in their
 * display order. All zeros (or an empty list) give zeros.
 */
export function percentShares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return counts.map(() => 0);
  const UNITS = 1000; // tenths of a percent
  const exact = counts.map((c) => (c * UNITS) / total);
  const units = exact.map(Math.floor);
  let left = UNITS - units.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rem: x - Math.floor(x) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (let k = 0; left > 0; k++, left--) units[order[k % order.length].i] += 1;
  return units.map((u) => u / 10);
}
