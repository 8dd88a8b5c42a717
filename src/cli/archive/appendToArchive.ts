/**
 * `servicebook archive --append`: the moved tickets, log lines and subtasks are appended to the
 * existing archive's Tickets, Ticket_Log and Subtasks tables and its statistics and summary
 * sheets are regenerated — through the in-place editor (src/xlsx/inplace), as `refresh` edits a
 * workbook — so whatever else the archive holds (a team's sheets, comments, charts, formats)
 * is copied byte for byte. Writes the edited archive completely to `dest`.
 */
import type { Locale } from '../../core/schema/fieldMeta';
import type { LogEntry, Subtask } from '../../core/schema/log';
import type { Ticket } from '../../core/schema/ticket';
import type { StatsReport } from '../../core/stats/computeStats';
import type { LocalDateTime } from '../../core/time/localDateTime';
import { appendRows } from '../../workbook/appendEdit';
import { logSheet } from '../../workbook/plan/logSheet';
import { subtasksSheet } from '../../workbook/plan/subtasksSheet';
import { ticketsSheet } from '../../workbook/plan/ticketsSheet';
import { sheetCells } from '../../workbook/refreshEdit';
import { hasRoomBelow } from '../../workbook/roomBelow';
import { localeOfHeaders } from '../../workbook/ticketTable';
import type { TablePlan, TableData } from '../../workbook/types';
import type { TableEdit } from '../../workbook/packageEdit';
import { editWorkbook } from '../../xlsx/inplace';
import { ownedSheetsEdit } from '../inPlace';
import type { Loaded, Structure } from '../pipeline';

export interface ArchiveAppend {
  archive: string;
  dest: string;
  loaded: Loaded & { structure: Structure };
  /** Every ticket of the archive afterwards, completed (its statistics and summary). */
  completed: Ticket[];
  stats: StatsReport;
  /** What is appended: tickets (completed), their log lines and subtasks. */
  added: { tickets: Ticket[]; logs: LogEntry[]; subtasks: Subtask[] };
  fixedAsOf: LocalDateTime | null;
}

/** The appended rows would run into another table below one of the archive's tables. */
export class NoRoomError extends Error {}

export async function appendToArchive(a: ArchiveAppend): Promise<{ warnings: string[] }> {
  const s = a.loaded.structure;
  const tickets = s.tables.get('Tickets')!;
  const locale: Locale = localeOfHeaders(tickets.headers);
  const table = (p: { blocks: unknown[] }): TablePlan => p.blocks[0] as TablePlan;
  const planned: [string, TablePlan][] = [
    ['Tickets', table(ticketsSheet(a.loaded.settings, locale, a.added.tickets, '').sheet)],
    ['Ticket_Log', table(logSheet(a.added.logs, locale, ''))],
    ['Subtasks', table(subtasksSheet(a.added.subtasks, locale, ''))],
  ];
  const edits: TableEdit[] = [];
  for (const [name, plan] of planned) {
    const t: TableData | undefined = s.tables.get(name);
    if (!t || plan.rows.length === 0) continue;
    if (!hasRoomBelow(t, t.rows.length + plan.rows.length, s.tables.values())) throw new NoRoomError(name);
    edits.push(appendRows(t, plan, name === 'Tickets' && s.ticketsIsRange));
  }
  const { plan, owned, warnings } = ownedSheetsEdit({ loaded: a.loaded, locale, tickets: a.completed, stats: a.stats, fixedAsOf: a.fixedAsOf });
  await editWorkbook(a.archive, a.dest, { tables: edits, ownedSheets: owned.map((o) => sheetCells(o.plan, o.sheet)), ownedPlan: plan });
  return { warnings };
}
