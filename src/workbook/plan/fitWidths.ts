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

const WIDE = '\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6\\u{20000}-\\u{3ffff}';
/** Punctuation that never starts a line: it goes to the next line with the word before it. */
const CLOSING = '，。、；：！？）」』】》〉”’,.;:!?)\\]';
/** A wrapping unit: a Latin word or one wide character, with its closing punctuation and trailing spaces. */
const TOKEN = new RegExp(`(?:[^\\s${WIDE}“”‘’]+|.)[${CLOSING}]*\\s*`, 'gu');
/** Curly quotes take a full width in a CJK font, which the hosts pick for them next to CJK text. */
const wrapWidth = (s: string): number => textWidth(s) + (s.match(/[“”‘’]/g)?.length ?? 0);

/**
 * Width a table header needs folded on two lines (the header row's height): the narrowest split
 * at a space or between CJK characters, each half in bold, plus one unit of padding.
 * @example headerWidth('Customer ID') // → 11
 * @example headerWidth('受理时间') // → 5
 */
export function headerWidth(header: string): number {
  const tokens = header.match(TOKEN) ?? [];
  let best = labelWidth(header.trim());
  for (let k = 1; k < tokens.length; k++) best = Math.min(best, Math.max(labelWidth(tokens.slice(0, k).join('').trim()), labelWidth(tokens.slice(k).join('').trim())));
  return best + 1;
}

/**
 * The columns with widths fitted to header and values; text wider than the wrap width wraps.
 * @example fitWidths([{ key: 'a', header: '受理时间', type: 'text', width: 30 }], [['电话']])[0].width // → 6
 */
export function fitWidths(columns: readonly ColumnPlan[], rows: readonly PlanCell[][]): ColumnPlan[] {
  const sample = rows.length > FIT_SAMPLE_ROWS ? rows.slice(0, FIT_SAMPLE_ROWS) : rows;
  return columns.map((c, j) => {
    let widest = 0;
    for (const r of sample) widest = Math.max(widest, cellWidth(r[j], c.type));
    const want = Math.max(MIN_WIDTH, headerWidth(c.header), widest + 1);
    const cap = c.type === 'longText' ? WRAP_WIDTH.longText : c.type === 'text' ? WRAP_WIDTH.text : want;
    const width = Math.min(want, cap);
    return { ...c, width, ...(want > cap || c.wrap ? { wrap: true } : {}) };
  });
}

/** Points per line of 11 pt Latin text (Excel's Calibri 11 row), and the padding of a row. */
export const LINE_POINTS = 15;
/**
 * Points per line of 11 pt CJK text: the CJK fallback fonts run taller than Calibri (LibreOffice
 * draws Noto Sans CJK lines 15.7 pt apart, Excel's 微軟正黑體/等线 need about 17).
 */
export const CJK_LINE_POINTS = 17;
const ROW_PADDING = 2;

/**
 * Lines a text takes in a column of `width` units, wrapped as the hosts do: Latin words move whole
 * to the next line at a space (a word longer than a line is cut), a CJK character (2 units) breaks
 * anywhere but never in half, closing punctuation stays with what it closes; each line of the
 * text's own line breaks starts a new line.
 * @example wrappedLines('aaaaaa bbbbbb cccccc', 11) // → 3
 * @example wrappedLines('一二三四五', 10) // → 2
 * @example wrappedLines('一二三四，五', 10) // → 2
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(2, width - 1);
  let lines = 0;
  for (const part of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const token of part.match(TOKEN) ?? []) {
      const w = wrapWidth(token.trimEnd());
      if (used > 0 && used + w > room) {
        lines += 1;
        used = 0;
      }
      if (w > room) {
        // A word longer than a line: cut into full lines, the rest starts the next line.
        const full = Math.ceil(w / room) - 1;
        lines += full;
        used = w - full * room;
      } else used += wrapWidth(token);
    }
  }
  return lines;
}

/**
 * The height of a table row whose wrapped cells need more than one line, or null for the default
 * height: the tallest wrapped cell's lines, each CJK_LINE_POINTS when the cell holds CJK text,
 * else LINE_POINTS. Hosts that do not fit rows on open (LibreOffice, viewers) then show the whole text.
 * @example wrappedRowHeight(['一二三四五六七八九十'], [{ key: 'a', header: '', type: 'text', width: 11, wrap: true }]) // → 36
 * @example wrappedRowHeight(['Summarise and send to product'], [{ key: 'a', header: '', type: 'text', width: 11, wrap: true }]) // → 47
 */
export function wrappedRowHeight(cells: readonly PlanCell[], columns: readonly ColumnPlan[]): number | null {
  let lines = 1;
  let points = 0;
  columns.forEach((c, j) => {
    const v = cells[j];
    if (!c.wrap || typeof v !== 'string' || v === '') return;
    const h = cellHeight(v, c.width);
    lines = Math.max(lines, h.lines);
    points = Math.max(points, h.points);
  });
  return lines > 1 ? points + ROW_PADDING : null;
}

interface CellHeight {
  readonly lines: number;
  readonly points: number;
}

/** Remembered cell heights by column width, then text: a register's 100,000 rows repeat a few thousand texts. */
const heights = new Map<number, Map<string, CellHeight>>();
const HEIGHTS_KEPT = 50_000;
const LONGEST_KEPT = 2000;

/**
 * The lines a wrapped text takes in a column of `width` units, and their points (CJK_LINE_POINTS
 * each when it holds CJK text, else LINE_POINTS); remembered, as it is a function of the two.
 * @example cellHeight('一二三四五', 10) // → { lines: 2, points: 34 }
 */
function cellHeight(text: string, width: number): CellHeight {
  let byText = heights.get(width);
  if (!byText) {
    if (heights.size >= 64) heights.clear();
    heights.set(width, (byText = new Map()));
  }
  let h = byText.get(text);
  if (!h) {
    const lines = wrappedLines(text, width);
    h = { lines, points: lines * (textWidth(text) > text.length ? CJK_LINE_POINTS : LINE_POINTS) };
    if (byText.size >= HEIGHTS_KEPT) byText.clear();
    if (text.length <= LONGEST_KEPT) byText.set(text, h);
  }
  return h;
}
