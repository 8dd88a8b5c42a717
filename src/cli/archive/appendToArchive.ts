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
import type { TablePlan, TableData, WorkbookPlan } from '../../workbook/types';
import type { Carried } from './carryAnnotations';
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
  /** The notes and hyperlinks of the moving rows (carryAnnotations.ts), to go onto the appended rows. */
  carry?: (appended: WorkbookPlan) => Carried;
}

/** The appended rows would run into another table below one of the archive's tables. */
export class NoRoomError extends Error {}

export async function appendToArchive(a: ArchiveAppend): Promise<{ warnings: string[]; carried: { notes: number; links: number } }> {
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
  // What a team hung on the moving rows goes onto the appended rows: below the archive's own,
  // in the archive's column of the same header (appendRows places the cells the same way).
  const carried = a.carry?.({ sheets: [{ name: '', blocks: planned.map(([, p]) => p) }] } as unknown as WorkbookPlan).carried ?? { notes: 0, links: 0 };
  const annotations = planned.flatMap(([name, p]) => {
    const t = s.tables.get(name);
    if (!p.annotations?.length) return [];
    // A Tickets range (no table part) has nowhere to hold them: none placed, all counted back.
    const placeable = t && !(name === 'Tickets' && s.ticketsIsRange) ? t : null;
    const items = placeable ? p.annotations.map((x) => ({ ...x, row: placeable.rows.length + x.row, col: placeable.headers.findIndex((h) => h.trim() === p.columns[x.col].header) })).filter((x) => x.col >= 0) : [];
    carried.notes -= p.annotations.filter((x) => x.note !== undefined).length - items.filter((x) => x.note !== undefined).length;
    carried.links -= p.annotations.filter((x) => x.link).length - items.filter((x) => x.link).length;
    return items.length ? [{ table: name, items }] : [];
  });
  const { plan, owned, warnings } = ownedSheetsEdit({ loaded: a.loaded, locale, tickets: a.completed, stats: a.stats, fixedAsOf: a.fixedAsOf });
  await editWorkbook(a.archive, a.dest, { tables: edits, ownedSheets: owned.map((o) => sheetCells(o.plan, o.sheet)), ownedPlan: plan, annotations });
  return { warnings, carried };
}
