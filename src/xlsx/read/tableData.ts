/**
 * A table's cells out of its sheet's grid. The ref is not trusted: it is clamped to the cells
 * that hold values (a ref over the whole sheet costs nothing), and the non-blank rows typed
 * directly below it (which LibreOffice, WPS and scripts do not add to the table) are returned as
 * `below`, so nothing typed there is dropped — up to another table of the sheet.
 */
import type { RawCell, TableData } from '../../workbook/types';
import type { Box } from './cellRef';

const blank = (v: RawCell | undefined): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** True when row `r` (1-based) holds a value in columns left..right. */
function rowHasValue(grid: RawCell[][], r: number, left: number, right: number): boolean {
  const cells = grid[r - 1];
  if (!cells) return false;
  for (let c = left; c <= Math.min(right, cells.length); c++) if (!blank(cells[c - 1])) return true;
  return false;
}

export interface TableShape {
  name: string;
  sheet: string;
  box: Box;
  headerRowCount: number;
  totalsRowCount: number;
  /** Column names from the table part (used when a header cell is empty). */
  columns: readonly string[];
  /** The other tables of the sheet: rows typed below stop at the first row one of them holds. */
  others?: readonly Box[];
}

/**
 * True when sheet row `r` of columns left..right belongs to one of `boxes`.
 * @example inOtherTable(5, 1, 3, [{ top: 5, left: 2, bottom: 6, right: 4 }]) === true
 */
export const inOtherTable = (r: number, left: number, right: number, boxes: readonly Box[]): boolean =>
  boxes.some((b) => r >= b.top && r <= b.bottom && b.left <= right && b.right >= left);

export function tableFromGrid(grid: RawCell[][], t: TableShape): TableData {
  const { box } = t;
  const headerRow = t.headerRowCount > 0 ? box.top : box.top - 1;
  const bodyTop = headerRow + 1;
  const refBottom = box.bottom - t.totalsRowCount;
  let bottom = Math.min(refBottom, grid.length);
  while (bottom >= bodyTop && !rowHasValue(grid, bottom, box.left, box.right)) bottom--;
  // Width: the last header or body column with a value (a ref may claim XFD).
  let right = box.left - 1;
  for (let r = Math.max(1, headerRow); r <= Math.max(bottom, headerRow); r++) {
    const cells = grid[r - 1];
    if (!cells) continue;
    for (let c = Math.min(box.right, cells.length); c > right; c--)
      if (!blank(cells[c - 1])) {
        right = c;
        break;
      }
  }
  right = Math.max(right, Math.min(box.right, box.left - 1 + t.columns.filter(Boolean).length));
  const at = (r: number, c: number): RawCell => grid[r - 1]?.[c - 1] ?? null;
  const headers: string[] = [];
  for (let c = box.left; c <= right; c++) {
    const h = t.headerRowCount > 0 ? at(headerRow, c) : null;
    headers.push(h === null ? (t.columns[c - box.left] ?? '') : String(h));
  }
  const rowOf = (r: number): RawCell[] => {
    const row: RawCell[] = [];
    for (let c = box.left; c <= right; c++) row.push(at(r, c));
    return row;
  };
  const rows: RawCell[][] = [];
  for (let r = bodyTop; r <= bottom; r++) rows.push(rowOf(r));
  // Rows typed directly below the ref (only when the ref ends before the data does).
  const below: RawCell[][] = [];
  // Another table there (a team's own, no blank row between) is not typed rows: adoption stops at it.
  if (t.totalsRowCount === 0 && bottom === refBottom)
    for (let r = refBottom + 1; rowHasValue(grid, r, box.left, right) && !inOtherTable(r, box.left, right, t.others ?? []); r++) below.push(rowOf(r));
  return { name: t.name, sheet: t.sheet, headerRow, left: box.left, headers, rows, ...(below.length ? { below } : {}), ...(t.totalsRowCount > 0 ? { totalsRow: true } : {}) };
}
