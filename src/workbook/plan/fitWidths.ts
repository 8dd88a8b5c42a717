/**
 * Column widths that fit the content: as wide as the longest value (a CJK character counts two),
 * the header folded on two lines, capped so long text wraps instead of running off the page.
 */
import { isPlanDateTime, isPlanFormula, type ColumnPlan, type PlanCell } from '../types';

/** Rows looked at (a register of 100,000 rows is as wide as its first few thousand). */
export const FIT_SAMPLE_ROWS = 2000;
/** Narrowest column, and the widest a column grows before its text wraps. */
export const MIN_WIDTH = 6;
export const WRAP_WIDTH: Record<'text' | 'longText', number> = { text: 22, longText: 36 };
const DATETIME_WIDTH = 16;

/**
 * Display width of a text in character units: East Asian wide characters count 2.
 * @example textWidth('售后ab') // → 6
 */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
  }
  return w;
}

/**
 * Width a bold label needs, in character units: wide characters 2, others 1.25 (bold Latin in the
 * heading font runs wider than the 7 px digit a width unit is; measured on LibreOffice renders), rounded up.
 * @example labelWidth('Period end') // → 13
 * @example labelWidth('统计时点') // → 8
 */
export function labelWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += textWidth(ch) === 2 ? 2 : 1.25;
  return Math.ceil(w - 1e-9);
}

/** Room a table header leaves for its filter button, in character units. */
export const FILTER_BUTTON = 2;

const cellWidth = (v: PlanCell | undefined, type: ColumnPlan['type']): number => {
  if (v === null || v === undefined) return 0;
  if (type === 'datetime' || isPlanDateTime(v)) return DATETIME_WIDTH;
  if (isPlanFormula(v)) return v.result === null || v.result === undefined ? 0 : textWidth(String(v.result));
  return textWidth(String(v));
};

/**
 * The columns with widths fitted to header and values; text wider than the wrap width wraps.
 * @example fitWidths([{ key: 'a', header: '受理时间', type: 'text', width: 30 }], [['电话']])[0].width // → 6
 */
export function fitWidths(columns: readonly ColumnPlan[], rows: readonly PlanCell[][]): ColumnPlan[] {
  const sample = rows.length > FIT_SAMPLE_ROWS ? rows.slice(0, FIT_SAMPLE_ROWS) : rows;
  return columns.map((c, j) => {
    const headerWidth = Math.ceil(textWidth(c.header) / 2) + 1; // folded on two lines
    let widest = 0;
    for (const r of sample) widest = Math.max(widest, cellWidth(r[j], c.type));
    const want = Math.max(MIN_WIDTH, headerWidth, widest + 1);
    const cap = c.type === 'longText' ? WRAP_WIDTH.longText : c.type === 'text' ? WRAP_WIDTH.text : want;
    const width = Math.min(want, cap);
    return { ...c, width, ...(want > cap || c.wrap ? { wrap: true } : {}) };
  });
}

/** Points per line of 11 pt text, and the padding of a row. */
export const LINE_POINTS = 15;

/**
 * The height of a table row whose wrapped cells need more than one line, or null for the default
 * height. Hosts that do not fit rows on open (LibreOffice, viewers) then show the whole text.
 * @example wrappedRowHeight(['一二三四五六七八九十'], [{ key: 'a', header: '', type: 'text', width: 11, wrap: true }]) // → 32
 */
export function wrappedRowHeight(cells: readonly PlanCell[], columns: readonly ColumnPlan[]): number | null {
  let lines = 1;
  columns.forEach((c, j) => {
    const v = cells[j];
    if (!c.wrap || typeof v !== 'string' || v === '') return;
    const perLine = Math.max(1, c.width - 1);
    const n = v.split('\n').reduce((a, part) => a + Math.max(1, Math.ceil(textWidth(part) / perLine)), 0);
    lines = Math.max(lines, n);
  });
  return lines > 1 ? lines * LINE_POINTS + 2 : null;
}
