/**
 * Rows appended to a ServiceBook table of an existing workbook, as a package edit
 * (packageEdit.ts): `servicebook archive --append` adds the moved tickets, log lines and
 * subtasks to the archive this way, so everything else in it stays as it was. Every body row
 * keeps its place and cells; the planned rows follow, each value under the column whose header
 * is the planned column's (a column the plan lacks stays empty). Pure: no host, no I/O.
 */
import type { TableEdit } from './packageEdit';
import { asPlanCell } from './refreshEdit';
import type { TableData, TablePlan } from './types';

/**
 * @example appendRows({ name: 'Ticket_Log', sheet: 'S', headerRow: 1, headers: ['工单编号', '内容'], rows: [['A', 'x']] }, { columns: [{ key: 'content', header: '内容', type: 'text', width: 50 }, { key: 'ticketId', header: '工单编号', type: 'text', width: 16 }], rows: [['y', 'B']] })
 *   // { table: 'Ticket_Log', rows: [{ from: 0 }, { from: null, cells: ['B', 'y'] }] }
 */
export function appendRows(t: TableData, planned: Pick<TablePlan, 'columns' | 'rows'>, asRange = false): TableEdit {
  const at = t.headers.map((h) => planned.columns.findIndex((c) => c.header === h.trim()));
  const added = planned.rows.map((row) => ({ from: null, cells: at.map((j) => (j < 0 ? undefined : asPlanCell(row[j] ?? null, planned.columns[j].type))) }));
  return {
    table: t.name,
    rows: [...t.rows.map((_, i) => ({ from: i })), ...added],
    ...(asRange ? { range: { sheet: t.sheet, headerRow: t.headerRow, left: t.left ?? 1, width: t.headers.length } } : {}),
  };
}
