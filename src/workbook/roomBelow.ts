/**
 * Whether a table can grow to `rows` body rows without running into another table of the same
 * sheet (below it, overlapping its columns): `servicebook archive` grows Config_Reserved in
 * place, and must never write into the table under it (workbooks whose config sheet was laid
 * out with Config_Reserved in the stack).
 */
import type { TableData } from './types';

/**
 * @example hasRoomBelow({ name: 'A', sheet: 'S', headerRow: 2, left: 1, headers: ['x'], rows: [] }, 5, [{ name: 'B', sheet: 'S', headerRow: 5, left: 1, headers: ['y'], rows: [] }]) // false
 */
export function hasRoomBelow(t: TableData, rows: number, others: Iterable<TableData>): boolean {
  if (t.left === undefined) return false;
  const right = t.left + t.headers.length - 1;
  const bottom = t.headerRow + Math.max(1, rows);
  for (const o of others) {
    if (o.name === t.name || o.sheet !== t.sheet || o.left === undefined) continue;
    const oRight = o.left + o.headers.length - 1;
    // A caption sits in the row above a table's header: keep clear of it too.
    if (o.headerRow > t.headerRow && o.headerRow - 1 <= bottom && o.left <= right && oRight >= t.left) return false;
  }
  return true;
}
