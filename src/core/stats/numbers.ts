/** Small numeric helpers of the statistics: rounding, mean, median, and fractions (shares: shareRule.ts). */

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
