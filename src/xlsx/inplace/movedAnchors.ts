/**
 * What a worksheet anchors to a table's cells outside the cells themselves — hyperlinks and
 * merged ranges in the sheet's tail, notes (movedNotes.ts) — follows the table's rows when they move (archive): an
 * anchor in a row that moves moves with it, one in a row that leaves the table goes with the
 * row; anchors outside the table's columns, or reaching past them, stay where they are.
 */
import { colLetters, parseRange } from '../read/cellRef';
import type { TailEdit } from './tailText';
import type { Dropped, TableRowEdit } from './types';
import type { PlacedTable } from './tableRows';

/**
 * Where each original body row of the table went: its new sheet row, or null when it left; rows
 * that stay where they were are not listed.
 * @example rowMoves({ headerRow: 1, left: 1, right: 2, refBottom: 4 }, [{ from: 1 }, { from: 2 }]) // Map { 2 => null, 3 => 2, 4 => 3 }
 */
export function rowMoves(t: PlacedTable, rows: readonly TableRowEdit[]): Map<number, number | null> {
  const bodyTop = t.headerRow + 1;
  const to = new Map<number, number>();
  rows.forEach((r, i) => {
    if (r.from !== null) to.set(bodyTop + r.from, bodyTop + i);
  });
  const out = new Map<number, number | null>();
  for (let r = bodyTop; r <= t.refBottom; r++) {
    const n = to.get(r);
    if (n !== r) out.set(r, n ?? null);
  }
  return out;
}

/**
 * A range's new ref when all its rows moved by one distance, null when it leaves, undefined when it stays.
 * @example movedRef('B5', { headerRow: 1, left: 1, right: 3, refBottom: 5 }, new Map([[3, null], [4, 3], [5, 4]])) === 'B4'
 */
export function movedRef(ref: string, t: PlacedTable, moves: ReadonlyMap<number, number | null>): string | null | undefined {
  const b = parseRange(ref.includes(':') ? ref : `${ref}:${ref}`);
  if (!b || b.left < t.left || b.right > t.right) return undefined;
  const targets = new Set<number | null>();
  for (let r = b.top; r <= b.bottom; r++) {
    const m = moves.has(r) ? moves.get(r)! : r;
    targets.add(m === null ? null : m - r);
  }
  if (targets.size !== 1) return targets.has(null) ? null : undefined;
  const d = [...targets][0];
  if (d === null) return null;
  if (d === 0) return undefined;
  const one = b.top === b.bottom && b.left === b.right && !ref.includes(':');
  return one ? `${colLetters(b.left)}${b.top + d}` : `${colLetters(b.left)}${b.top + d}:${colLetters(b.right)}${b.bottom + d}`;
}

/**
 * The tail edit moving hyperlinks and merged ranges with the table's rows (see the module comment);
 * hyperlinks that leave are counted in `dropped`.
 * @example anchorsFollowRows({ headerRow: 1, left: 1, right: 2, refBottom: 3 }, new Map([[2, null], [3, 2]]))('<mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells>') === '<mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells>'
 */
export function anchorsFollowRows(t: PlacedTable, moves: ReadonlyMap<number, number | null>, dropped?: Dropped): TailEdit {
  return (tail) => {
    if (moves.size === 0) return null;
    let changed = false;
    const edit = (container: string, item: string) => (x: string): string =>
      x.replace(new RegExp(`<((?:[\\w.-]+:)?)${container}\\b([^>]*)>([\\s\\S]*?)</\\1${container}>`), (whole, pre: string, attrs: string, inner: string) => {
        let kept = 0;
        const items = inner.replace(new RegExp(`<(?:[\\w.-]+:)?${item}\\b[^>]*?\\sref="([^"]*)"[^>]*?(?:/>|>[\\s\\S]*?</(?:[\\w.-]+:)?${item}>)`, 'g'), (el: string, ref: string) => {
          const to = movedRef(ref, t, moves);
          if (to === undefined) {
            kept += 1;
            return el;
          }
          changed = true;
          if (to === null) {
            if (dropped && item === 'hyperlink') dropped.links += 1;
            return '';
          }
          kept += 1;
          return el.replace(`ref="${ref}"`, `ref="${to}"`);
        });
        if (kept === 0) return '';
        return `<${pre}${container}${attrs.replace(/\scount="\d+"/, ` count="${kept}"`)}>${items}</${pre}${container}>`;
      });
    const out = edit('hyperlinks', 'hyperlink')(edit('mergeCells', 'mergeCell')(tail));
    return changed ? out : null;
  };
}
