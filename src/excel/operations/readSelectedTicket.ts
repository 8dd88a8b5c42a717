/** 更新 › 载入: the ticket in the selected row, with its log lines and subtasks. */
import { logFromTable, subtasksFromTable } from '../../workbook/readPlan';
import type { Session } from '../session';
import type { TicketWithHistory } from '../serviceBookHost';
import { loadState, readRows } from '../workbookState';
import { rowsOfTicket, ticketOfCells } from './ticketRows';

export async function readSelectedTicket(s: Session): Promise<TicketWithHistory | null> {
  const sel = s.workbook.getSelectedRange().load('rowIndex');
  const selSheet = s.workbook.getSelectedRange().worksheet.load('name');
  await s.sync();
  const state = await loadState(s, { Ticket_Log: 'ids', Subtasks: 'ids' });
  const shape = state.shapes.Tickets;
  if (!shape || selSheet.name !== shape.sheet) return null;
  const index = sel.rowIndex - shape.headerRow;
  if (index < 0 || index >= shape.bodyRows || shape.placeholderOnly) return null;
  const cells = (await readRows(s, shape, [index])).get(index)!;
  const ticket = ticketOfCells(shape, cells);
  if (!ticket) return null;
  const log = await rowsOfTicket(s, state, 'Ticket_Log', ticket.id);
  const subs = await rowsOfTicket(s, state, 'Subtasks', ticket.id);
  return {
    ticket,
    row: index + 1,
    log: log ? logFromTable(log.data, []) : [],
    subtasks: subs ? subtasksFromTable(subs.data, []) : [],
  };
}
