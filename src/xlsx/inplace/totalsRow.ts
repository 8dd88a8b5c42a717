/**
 * Tables with Excel's total row (Table Design → Total Row) are edited in place only while their
 * body keeps its rows (refresh): the total row stays under it. An edit that would move the total
 * row (archive removes rows; new rows) is refused with one line in the run's language, before
 * anything is written.
 */
import { t } from '../../cli/messages';
import { UnusableInputError } from '../read/unusable';
import type { TableRowEdit } from './types';

/** The refusal for table `table`. */
export const totalsRowRefusal = (table: string): UnusableInputError => new UnusableInputError(t('editTotalsRow', { table }));

/**
 * The body a table with a total row keeps: `rows` with the body's remaining rows kept as they are,
 * or null when the edit moves, removes or adds rows.
 * @example keptBody([{ from: 0, cells: ['x'] }], 3) // [{ from: 0, cells: ['x'] }, { from: 1 }, { from: 2 }]
 * @example keptBody([{ from: 1 }], 3) // null
 */
export function keptBody(rows: readonly TableRowEdit[], bodyRows: number): TableRowEdit[] | null {
  if (rows.length > bodyRows || rows.some((r, i) => r.from !== i)) return null;
  return [...rows, ...Array.from({ length: bodyRows - rows.length }, (_, k) => ({ from: rows.length + k }))];
}
