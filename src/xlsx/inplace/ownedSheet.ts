/**
 * A sheet ServiceBook owns (statistics, summary) written anew from its plan: every cell is the
 * plan's; a cell keeps the style index of the cell that was at its place, or takes the style of
 * the nearest cell above it in its column (a table that grew), so the sheet keeps its look.
 */
import type { PlanCell } from '../../workbook/types';
import { colLetters } from '../read/cellRef';
import { cellXml } from './cellXml';
import { cellsOf, inSheetText, rewriteRows, type SheetXml } from './sheetXml';

const LOOK_UP = 40;

export function writeOwnedSheet(sheet: SheetXml, cells: ReadonlyMap<number, ReadonlyMap<number, PlanCell>>, dateStyles: readonly boolean[], date1904 = false): Buffer[] {
  const styleAt = new Map<number, Map<number, number | null>>();
  const stylesOf = (r: number): Map<number, number | null> => {
    let m = styleAt.get(r);
    if (!m) {
      const item = sheet.byRow.get(r);
      m = new Map((item ? cellsOf(item.inner, sheet.prefix) : []).map((c) => [c.col, c.style]));
      styleAt.set(r, m);
    }
    return m;
  };
  const styleFor = (r: number, c: number): number | null => {
    for (let k = r; k >= Math.max(1, r - LOOK_UP); k--) {
      const s = stylesOf(k).get(c);
      if (s !== undefined) return s;
    }
    return null;
  };
  const lastOld = sheet.rows.length ? sheet.rows[sheet.rows.length - 1].row : 0;
  const lastNew = Math.max(0, ...cells.keys());
  return rewriteRows(sheet, 1, Math.max(lastOld, lastNew), (r) => {
    const item = sheet.byRow.get(r);
    const row = cells.get(r);
    if (!row) return item ? { attrs: item.attrs, cells: [] } : null;
    const out = [...row.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([c, v]) => {
        const s = styleFor(r, c);
        return inSheetText(sheet, cellXml(`${colLetters(c)}${r}`, s, v, s !== null && Boolean(dateStyles[s]), sheet.prefix, date1904));
      });
    return { attrs: item?.attrs ?? '', cells: out };
  });
}
