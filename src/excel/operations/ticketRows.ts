/**
 * Reading helpers the operations share: tickets and log lines of a loaded state, one ticket's
 * row found by its number, the rows of Ticket_Log or Subtasks that belong to a ticket, and the
 * used part of the active sheet.
 */
import type { LogEntry } from '../../core/schema/log';
import type { Ticket } from '../../core/schema/ticket';
import type { Problem } from '../../core/validation/problem';
import type { ConfigProblem } from '../../workbook/configTables';
import { knownTickets, logFromTable, subtasksFromTable } from '../../workbook/readPlan';
import { redactTable } from '../../workbook/redactTable';
import { ticketsFromTable } from '../../workbook/ticketTable';
import type { TableData } from '../../workbook/types';
import { rawOf } from '../cellValues';
import type { RowTicket } from '../checks';
import { HostError } from '../errors';
import { readBody } from '../readTables';
import type { Session } from '../session';
import { readRows, type LargeShape, type WorkbookState } from '../workbookState';

export function ticketsOf(state: WorkbookState): { rows: RowTicket[]; problems: ReturnType<typeof ticketsFromTable>['problems'] } {
  const data = state.data.Tickets;
  if (!data) return { rows: [], problems: [] };
  const r = ticketsFromTable(data);
  return { rows: r.tickets.map((ticket, i) => ({ ticket, row: r.rows[i], index: r.rows[i] - data.headerRow - 1 })), problems: r.problems };
}

/**
 * The secrets and unmasked contacts in the Tickets, Ticket_Log and Subtasks cells as read, one
 * problem per cell: the command's reading rule (redactTable), so 检查 reports what refresh and
 * validate do.
 * The cells themselves are masked when the completed rows are written.
 */
export function privacyProblemsOf(state: WorkbookState): Problem[] {
  const opts = { contacts: state.settings.masking.contacts };
  return [state.data.Tickets, state.data.Ticket_Log, state.data.Subtasks].flatMap((t) => (t ? redactTable(t, opts).problems : []));
}

/**
 * The problems of the Ticket_Log and Subtasks lines as read (an unreadable time or word, a ticket
 * number naming no ticket of `tickets`): the command's reading rule (readPlanTables, over the
 * redacted tables), so 检查 reports what refresh and validate do. The lines stay as typed.
 */
export function lineProblemsOf(state: WorkbookState, tickets: readonly RowTicket[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const known = knownTickets(tickets.map((r) => r.ticket), state.settings.numbering);
  const clean = (t: TableData): TableData => redactTable(t, { contacts: state.settings.masking.contacts }).table;
  if (state.data.Ticket_Log) logFromTable(clean(state.data.Ticket_Log), problems, known);
  if (state.data.Subtasks) subtasksFromTable(clean(state.data.Subtasks), problems, known);
  return problems;
}

export const logsOf = (state: WorkbookState): LogEntry[] => (state.data.Ticket_Log ? logFromTable(state.data.Ticket_Log, []) : []);

/** One body row read as a ticket (null when blank). */
export function ticketOfCells(shape: LargeShape, cells: readonly unknown[]): Ticket | null {
  const table: TableData = { name: 'Tickets', sheet: shape.sheet, headerRow: shape.headerRow, headers: shape.headers, rows: [cells.map(rawOf)] };
  return ticketsFromTable(table).tickets[0] ?? null;
}

/**
 * The body index of the one row that holds ticket number `id`. Two rows with one number (two
 * co-authors registered at once) are refused: which one is meant cannot be known until 检查
 * renumbers the later one.
 */
export function indexOfNumber(state: WorkbookState, id: string): number {
  const shape = state.shapes.Tickets;
  const want = id.trim();
  const hits = (state.ids.Tickets ?? []).flatMap((x, i) => (x === want ? [i] : []));
  if (!shape || !hits.length) throw new HostError('ticketNotFound', { id: want });
  if (hits.length > 1) throw new HostError('ambiguousNumber', { id: want, rows: hits.map((i) => shape.headerRow + 1 + i).join(', ') });
  return hits[0];
}

export async function rowsOfTicket(s: Session, state: WorkbookState, table: 'Ticket_Log' | 'Subtasks', id: string): Promise<{ data: TableData; indexes: number[] } | null> {
  const shape = state.shapes[table];
  const ids = state.ids[table];
  if (!shape || !ids) return null;
  const idx = ids.flatMap((x, i) => (x === id ? [i] : []));
  const rows = await readRows(s, shape, idx);
  return { data: { name: table, sheet: shape.sheet, headerRow: shape.headerRow, headers: shape.headers, rows: idx.map((i) => rows.get(i)!.map(rawOf)) }, indexes: idx };
}

/** Reads the used part of the active sheet from A1, block by block. */
export async function readActiveGrid(s: Session): Promise<{ sheet: string; grid: unknown[][] }> {
  const ws = s.workbook.worksheets.getActiveWorksheet().load('name');
  // getUsedRange (ExcelApi 1.1) of an empty sheet is A1 alone.
  const used = ws.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
  const a1 = ws.getRange('A1').load('values');
  await s.sync();
  const blank = used.rowIndex === 0 && used.columnIndex === 0 && used.rowCount === 1 && used.columnCount === 1 && (a1.values[0]?.[0] ?? '') === '';
  if (blank) return { sheet: ws.name, grid: [] };
  const rows = used.rowIndex + used.rowCount;
  const cols = used.columnIndex + used.columnCount;
  const grid = await readBody(s, { name: ws.name, sheet: ws.name, headerRow: 0, firstColumn: 1, headers: Array(cols).fill(''), bodyRows: rows });
  return { sheet: ws.name, grid };
}
