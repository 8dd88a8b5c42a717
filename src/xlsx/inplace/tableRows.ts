/**
 * A table's new body written into its worksheet: cells of the table's columns come from the
 * row each new row keeps (`from`, its XML unchanged) with the edit's new values on top; a new
 * value keeps the style index of the cell it replaces (a team's highlight survives), or takes
 * its column's style from the table's first body row when the cell has none. A date takes a
 * date style: its cell's, else its column's, else `dateTimeStyle` (the workbook's
 * `yyyy-mm-dd hh:mm` style; a time typed as text, `typed`, stays text when there is none). Rows the table grows over (typed below its ref) take the column's
 * style on their unstyled cells, so the table's number formats reach them. A cell holding a
 * formula is the team's and is never replaced; in a row that moves it stays valid (movedFormula). Cells outside the table's columns stay
 * where they are. Rows the new body no longer covers lose their table cells.
 */
import { colLetters } from '../read/cellRef';
import { cellXml } from './cellXml';
import { movedFormula, sharedMasters, type SharedMaster } from './movedFormula';
import { cellsOf, inSheetText, readdress, rewriteRows, type CellItem, type SheetXml } from './sheetXml';
import { isPlanDateTime, type PlanCell } from '../../workbook/types';
import type { TableRowEdit } from './types';

export interface PlacedTable {
  headerRow: number;
  left: number;
  right: number;
  /** Last sheet row of the table's current body (its ref). */
  refBottom: number;
}

/** Sheet row of the new body's last row, at least one body row (Excel requires one). */
export const newBottom = (t: PlacedTable, rows: number): number => t.headerRow + Math.max(1, rows);

/**
 * A cell's XML with style index `style` (the `s` attribute set, added or replaced).
 * @example withStyle('<c r="B7" t="s"><v>1</v></c>', 7) === '<c r="B7" s="7" t="s"><v>1</v></c>'
 * @example withStyle('<c r="B7" s="0"/>', 7) === '<c r="B7" s="7"/>'
 */
export function withStyle(cellXml: string, style: number): string {
  if (/^<[^>]*?\ss="\d*"/.test(cellXml)) return cellXml.replace(/^(<[^>]*?\ss=")\d*"/, `$1${style}"`);
  return cellXml.replace(/^(<(?:[\w.-]+:)?c\b(?:\s+r="[^"]*")?)/, `$1 s="${style}"`);
}

/** Body rows looked at for a column's style (a first row may leave a column empty). */
const TEMPLATE_ROWS = 20;

/** No style of its own: no `s`, or the workbook's default style 0. */
const unstyled = (style: number | null): boolean => !style;

export function writeTableRows(
  sheet: SheetXml,
  t: PlacedTable,
  rows: readonly TableRowEdit[],
  dateStyles: readonly boolean[],
  headers?: readonly (string | undefined)[],
  dateTimeStyle: number | null = null,
  date1904 = false,
): Buffer[] {
  const bodyTop = t.headerRow + 1;
  const maxFrom = rows.reduce((m, r) => (r.from !== null && r.from > m ? r.from : m), -1);
  const oldEnd = Math.max(t.refBottom, bodyTop + maxFrom);
  const hi = Math.max(oldEnd, t.headerRow + rows.length);
  // Each row's cells are parsed when needed and not kept: a 100,000-row body held as cell
  // objects was most of the editor's memory. A row read as its own source is parsed once.
  const cellsOfRow = (r: number): CellItem[] => {
    const item = sheet.byRow.get(r);
    return item ? cellsOf(item.inner, sheet.prefix) : [];
  };
  // Each column's style: its cell in the first body row, else in the first of the next few that has one.
  const template = new Map<number, number | null>();
  for (let r = bodyTop; r <= Math.min(t.refBottom, bodyTop + TEMPLATE_ROWS - 1); r++)
    for (const c of cellsOfRow(r)) if (c.col >= t.left && c.col <= t.right && !template.has(c.col)) template.set(c.col, c.style);
  const inTable = (c: number): boolean => c >= t.left && c <= t.right;
  // Shared formulas' masters, found when a moved row first needs one; a master stays where it
  // was unless it is a table cell of a row that moves or leaves.
  let masters: Map<number, SharedMaster> | null = null;
  const masterGone = (si: number): SharedMaster | undefined => {
    masters ??= sharedMasters(sheet.xml, sheet.prefix);
    const m = masters.get(si);
    if (!m || !inTable(m.col) || m.row < bodyTop || m.row > hi) return undefined;
    return rows[m.row - bodyTop]?.from === m.row - bodyTop ? undefined : m;
  };

  const isDate = (style: number | null): boolean => style !== null && Boolean(dateStyles[style]);
  /** The style a new value takes: its cell's, else its column's; a date's must show a date. */
  const styleFor = (own: number | null, fallback: number | null, v: PlanCell): number | null => {
    const style = unstyled(own) && fallback !== null ? fallback : own;
    if (!isPlanDateTime(v) || isDate(style)) return style;
    return isDate(fallback) ? fallback : dateTimeStyle ?? style;
  };
  const put = (cells: CellItem[], col: number, r: number, v: PlanCell, fallback: number | null): void => {
    const at = cells.findIndex((c) => c.col === col);
    if (at >= 0 && cells[at].hasFormula) return;
    const style = styleFor(at >= 0 ? cells[at].style : null, fallback, v);
    // Text that already says this time stays as typed where no date style can show it.
    if (isPlanDateTime(v) && v.typed && !isDate(style)) return;
    const cell: CellItem = { col, style, hasFormula: false, xml: inSheetText(sheet, cellXml(`${colLetters(col)}${r}`, style, v, style !== null && Boolean(dateStyles[style]), sheet.prefix, date1904)) };
    if (at >= 0) cells[at] = cell;
    else cells.push(cell);
  };
  return rewriteRows(sheet, headers ? t.headerRow : bodyTop, hi, (r) => {
    const item = sheet.byRow.get(r);
    const own = cellsOfRow(r);
    if (r === t.headerRow) {
      const cells = [...own];
      headers?.forEach((h, j) => {
        if (h !== undefined && inTable(t.left + j)) put(cells, t.left + j, r, h, null);
      });
      return { attrs: item?.attrs ?? '', cells: cells.sort((a, b) => a.col - b.col).map((c) => c.xml) };
    }
    const outside = own.filter((c) => !inTable(c.col));
    const i = r - bodyTop;
    const edit = rows[i];
    let table: CellItem[] = [];
    if (edit) {
      const src = edit.from === null ? [] : (edit.from === i ? own : cellsOfRow(bodyTop + edit.from)).filter((c) => inTable(c.col));
      const from = edit.from === null ? r : bodyTop + edit.from;
      table = edit.from === i ? src : src.map((c) => ({ ...c, xml: c.hasFormula ? movedFormula(readdress(c.xml, c.col, r), from, r, c.col, masterGone) : readdress(c.xml, c.col, r) }));
      // A row typed below the table's ref: its unstyled cells take their column's style.
      if (edit.from !== null && bodyTop + edit.from > t.refBottom)
        table = table.map((c) => {
          const style = template.get(c.col);
          return unstyled(c.style) && !c.hasFormula && style ? { ...c, style, xml: withStyle(c.xml, style) } : c;
        });
      (edit.cells ?? []).forEach((v, j) => {
        const col = t.left + j;
        if (v !== undefined && inTable(col)) put(table, col, r, v, template.get(col) ?? null);
      });
    }
    if (!item && table.length === 0) return null;
    const cells = [...outside, ...table].sort((a, b) => a.col - b.col).map((c) => c.xml);
    return { attrs: item?.attrs ?? '', cells };
  });
}
