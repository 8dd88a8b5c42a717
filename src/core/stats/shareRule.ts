/**
 * The one rule for a share (占比), described once: a count over a total as a percentage rounded
 * on its own to one decimal, ROUND(count ÷ total × 100, 1). Equal counts read equal, and anyone
 * who recomputes a share from the count shown finds the share shown; the shares of one list add
 * up to 100 give or take 0.05 per row (three thirds are 33.3 each, 99.9). A total of 0 gives 0.
 *
 * The engine evaluates the description (`shareOf`, `sharesOf`) and the statistics sheet writes it
 * as a formula (`shareFormula`). Both sides round the integer ratio count × 10^(2+decimals) ÷ total
 * half up (an exact half is exact in binary), so Excel, LibreOffice and the engine agree to the last
 * bit instead of disagreeing on a 0.05 that floating point holds as 0.04999….
 */

/** A share as data: a percentage (scale 100) with one decimal. */
export const SHARE_RULE = { scale: 100, decimals: 1 } as const;

/** count × this ÷ total is the share in its last decimal's units (tenths of a percent: 1000). */
const UNITS = SHARE_RULE.scale * 10 ** SHARE_RULE.decimals;
const STEP = 10 ** SHARE_RULE.decimals;

/**
 * The share of `count` in `total`, in percent with one decimal; 0 when the total is 0.
 * @example shareOf(4, 21) // 19
 * @example shareOf(1, 3) // 33.3
 */
export function shareOf(count: number, total: number): number {
  if (!(total > 0)) return 0;
  const r = Math.round((count * UNITS) / total) / STEP;
  return r === 0 ? 0 : r;
}

/**
 * Each count's share of their sum (see shareOf).
 * @example sharesOf([4, 17]) // [19, 81]
 * @example sharesOf([1, 1, 1]) // [33.3, 33.3, 33.3]
 */
export function sharesOf(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => shareOf(c, total));
}

/**
 * The rule as an Excel formula (no leading `=`) over a count and a total, each a reference or an
 * expression.
 * @example shareFormula('E24', 'SUM($E$24:$E$30)') // 'IF(SUM($E$24:$E$30)=0,0,ROUND(E24*1000/SUM($E$24:$E$30),0)/10)'
 */
export function shareFormula(count: string, total: string): string {
  return `IF(${total}=0,0,ROUND(${count}*${UNITS}/${total},0)/${STEP})`;
}
