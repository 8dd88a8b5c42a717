/**
 * Writes rows the engine completed (检查, and rows typed into the grid): each row's changed cells
 * behind a read of the row as Excel holds it when the request runs. Rows a co-author moved
 * between the syncs (insert, delete, sort) are put back as they were and reported as moved; the
 * Ticket_Log and Subtasks lines are masked (and, for 检查, completed) in the same request; the
 * log lines of the rows that were written go in after, so none names a ticket it does not belong to.
 */
import type { CompletedRow } from '../../core/engine/completeTable';
import { sameTicket } from '../../core/engine/sameTicket';
import type { LogEntry } from '../../core/schema/log';
import { BlockWriter } from '../blockWriter';
import { ticketRowFor } from '../cellValues';
import { appendRows, dropBlankPlaceholder, logRow, restoreRow, writeRowGuarded, type GuardedWrite } from '../rowWrites';
import type { Session } from '../session';
import { widenTicketRules } from '../tableRules';
import type { Capabilities } from '../requirements';
import type { Locale } from '../../core/schema/fieldMeta';
import type { WorkbookState } from '../workbookState';
import { maskSideTables, type LineCompletion } from './maskSideTables';
import { ticketOfCells } from './ticketRows';

export interface WriteOutcome {
  written: number;
  /** Rows left as they were because a co-author moved rows under the write. */
  moved: number;
}

/**
 * The row to write: the completed ticket's cells, except those the reader could not use, kept as typed.
 * @example keptAsTyped(['', 'x'], ['2024-13-45', 'y'], ['受理时间', '客户'], 5, new Set(['5|受理时间'])) // → ['2024-13-45', 'x']
 */
export function keptAsTyped<T>(next: readonly T[], prev: readonly unknown[], headers: readonly string[], sheetRow: number, unreadable: ReadonlySet<string>): T[] {
  // A kept cell is written back as read (so it is no change at all).
  return next.map((v, j) => (unreadable.has(`${sheetRow}|${headers[j]}`) ? (prev[j] as T) : v));
}

export async function writeCompleted(
  s: Session,
  caps: Capabilities,
  locale: Locale,
  state: WorkbookState,
  changed: readonly CompletedRow[],
  newLog: readonly LogEntry[],
  /** Cells the reader could not use (`sheetRow|header`, unreadableCells): kept as typed, as the command keeps them. */
  unreadable: ReadonlySet<string>,
  onProgress?: (done: number, total: number, stage: string) => void,
  /** 检查: the Ticket_Log and Subtasks lines to complete as refresh does (without it they are only masked). */
  toComplete?: LineCompletion,
): Promise<WriteOutcome> {
  const shape = state.shapes.Tickets!;
  const writer = new BlockWriter(s);
  const guards: { g: GuardedWrite; c: CompletedRow }[] = [];
  let k = 0;
  for (const c of changed) {
    const prev = state.data.Tickets?.rows[c.index] ?? [];
    const g = await writeRowGuarded(writer, s, shape, c.index, prev, keptAsTyped(ticketRowFor(c.ticket, shape.headers), prev, shape.headers, c.row, unreadable));
    if (g) guards.push({ g, c });
    onProgress?.(++k, changed.length, 'write');
  }
  await widenTicketRules(writer, s, caps, state, locale);
  await writer.finish();
  const moved = guards.filter(({ g, c }) => {
    const there = ticketOfCells(shape, g.pre.formulas[0] ?? []);
    return !there || !sameTicket(there, c.before);
  });
  for (const m of moved) await restoreRow(writer, s, shape, m.g);
  await writer.finish();
  await maskSideTables(writer, s, state, toComplete);
  const lost = new Set(moved.map((m) => m.c.ticket.id));
  const lines = newLog.filter((l) => !lost.has(l.ticketId));
  const logShape = state.shapes.Ticket_Log;
  if (logShape && lines.length) {
    const probe = await appendRows(writer, s, logShape, lines.map((l) => logRow(logShape.headers, l, { contacts: state.settings.masking.contacts })));
    await writer.finish();
    await dropBlankPlaceholder(s, logShape, probe);
  }
  return { written: guards.length - moved.length, moved: moved.length };
}
