/**
 * Rows typed straight into the grid are completed as they change (Table.onChanged, ExcelApi 1.7).
 * Co-authors' edits (source Remote) are theirs to complete. The add-in's own writes raise the
 * event too (source Local, like typing): they are switched off where Excel allows it
 * (`context.runtime.enableEvents`, 1.8) and otherwise recognised by the rows they wrote, so a
 * write never starts another read.
 */
import { completeTable } from '../../core/engine/completeTable';
import { unreadableCells } from '../../workbook/unreadableCells';
import type { RawCell } from '../../workbook/types';
import { rawOf } from '../cellValues';
import type { RowTicket } from '../checks';
import { readBody } from '../readTables';
import type { Session } from '../session';
import { loadState, readRows } from '../workbookState';
import { logFromTable } from '../../workbook/readPlan';
import { ticketsFromTable } from '../../workbook/ticketTable';
import { asOfFor, workbookLocale, type OpEnv } from './env';
import { writeCompleted } from './writeCompleted';

/**
 * 1-based sheet rows covered by an event address such as `A5:C7` or `Sheet!B9`.
 * @example rowsOfAddress('A5:C7') // { from: 5, to: 7 }
 */
export function rowsOfAddress(address: string): { from: number; to: number } | null {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const nums = [...local.matchAll(/\$?[A-Za-z]*\$?(\d+)/g)].map((m) => Number(m[1]));
  if (!nums.length) return null;
  return { from: Math.min(...nums), to: Math.max(...nums) };
}

/** Completes the Tickets rows `from`…`to` (sheet rows); returns rows written and renumbered. */
export async function completeEditedRows(s: Session, env: OpEnv, from: number, to: number): Promise<{ completed: number; renumbered: number } | null> {
  const state = await loadState(s, { Tickets: 'ids', Ticket_Log: 'ids' });
  const shape = state.shapes.Tickets;
  if (!shape) return null;
  const indexes: number[] = [];
  for (let r = from; r <= to; r++) if (r - shape.headerRow - 1 >= 0 && r - shape.headerRow - 1 < shape.bodyRows) indexes.push(r - shape.headerRow - 1);
  // A paste can touch thousands of rows: read them in blocks like any large read.
  const block = indexes.length ? await readBody(s, shape, { from: indexes[0], to: indexes[indexes.length - 1] + 1 }) : [];
  const cells = new Map(indexes.map((i, k) => [i, block[k]]));
  state.data.Tickets = { name: 'Tickets', sheet: shape.sheet, headerRow: shape.headerRow, headers: shape.headers, rows: Array.from({ length: shape.bodyRows }, (_, i) => (cells.get(i) ?? []).map(rawOf)) };
  const subset: RowTicket[] = [];
  const unreadable = unreadableCells(ticketsFromTable(state.data.Tickets).problems);
  for (const i of indexes) {
    const row = cells.get(i)!;
    if (row.every((v) => v === '' || v === null)) continue;
    const t = ticketsFromTable({ ...state.data.Tickets, rows: [row.map(rawOf) as RawCell[]] }).tickets[0];
    if (t) subset.push({ index: i, row: shape.headerRow + 1 + i, ticket: t });
  }
  // Only the log lines of the edited tickets (one sync), not the whole log.
  const wanted = new Set(subset.map((r) => r.ticket.id).filter(Boolean));
  const logShape = state.shapes.Ticket_Log;
  const logIdx = (state.ids.Ticket_Log ?? []).flatMap((x, i) => (wanted.has(x) ? [i] : []));
  const logRows = logShape ? await readRows(s, logShape, logIdx) : new Map<number, unknown[]>();
  const ownLog = logShape ? logFromTable({ name: 'Ticket_Log', sheet: logShape.sheet, headerRow: logShape.headerRow, headers: logShape.headers, rows: logIdx.map((i) => logRows.get(i)!.map(rawOf)) }, []) : [];
  const out = completeTable(subset, ownLog, { settings: state.settings, asOf: asOfFor(env, state.settings), allIds: state.ids.Tickets ?? [], usedIds: state.ids.Ticket_Log, record: true, locale: workbookLocale(env, state) });
  const changed = out.completed.filter((c) => JSON.stringify(c.ticket) !== JSON.stringify(c.before));
  if (!changed.length) return null;
  const w = await writeCompleted(s, env.caps, workbookLocale(env, state), state, changed, out.newLog, unreadable);
  return { completed: w.written, renumbered: out.renumbered.length };
}
