/**
 * Which body rows of a ServiceBook table belong to given tickets, by the ticket-number column
 * (`工单编号` in Tickets, Ticket_Log and Subtasks, in any locale): what `servicebook archive`
 * removes from the working workbook. Rows are 0-based body indexes as read (blank rows count).
 */
import { cellText } from './cells';
import { headerSpellings } from './labels';
import { ticketColumnRoles } from './ticketTable';
import type { TableData } from './types';

/** Index of the ticket-number column of Tickets (`id`) or of Ticket_Log / Subtasks (`ticketId`). */
export function ticketNumberColumn(t: TableData): number {
  if (t.name === 'Tickets') {
    const i = ticketColumnRoles(t.headers).findIndex((r) => 'field' in r && r.field === 'id');
    return i >= 0 ? i : 0;
  }
  const sp = headerSpellings('ticketId');
  const i = t.headers.findIndex((h) => sp.includes(h.trim()));
  return i >= 0 ? i : 0;
}

/**
 * @example bodyRowsOfTickets({ name: 'Ticket_Log', sheet: '处理记录', headerRow: 1, headers: ['工单编号', '时间'], rows: [['A1', null], ['B2', null], [' A1', null]] }, new Set(['A1'])) // [0, 2]
 */
export function bodyRowsOfTickets(t: TableData, ids: ReadonlySet<string>): number[] {
  const c = ticketNumberColumn(t);
  const out: number[] = [];
  t.rows.forEach((cells, i) => {
    if (ids.has(cellText(cells[c] ?? null).trim())) out.push(i);
  });
  return out;
}
