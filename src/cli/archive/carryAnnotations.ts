/**
 * `servicebook archive`: the notes and hyperlinks a team hung on the rows that move go into the
 * archive with them — onto the same ticket's cell in the archive's Tickets table (the same log
 * line's, the same subtask's), found by ticket number and by column header, whatever the order
 * and language of the working workbook's columns. What cannot be placed (a column the archive
 * does not have) is counted, so the command can say so.
 */
import { cellText } from '../../workbook/cells';
import { headerSpellings, HEADERS } from '../../workbook/labels';
import { ticketColumnRoles } from '../../workbook/ticketTable';
import { ticketNumberColumn } from '../../workbook/rowsOfTickets';
import type { PlanAnnotation, TableData, TablePlan, WorkbookPlan } from '../../workbook/types';
import type { Removal } from './planArchive';

export const ARCHIVED_TABLES = ['Tickets', 'Ticket_Log', 'Subtasks'] as const;

export interface Carried {
  carried: { notes: number; links: number };
  left: { notes: number; links: number };
}

/**
 * The rows of each ticket number, in order.
 * @example rowsByTicket(['A', 'B', 'A']) // Map { 'A' => [0, 2], 'B' => [1] }
 */
export function rowsByTicket(ids: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  ids.forEach((id, r) => {
    const rows = out.get(id);
    if (rows) rows.push(r);
    else out.set(id, [r]);
  });
  return out;
}

/** The plan's table of that name. */
function tablePlan(plan: WorkbookPlan, name: string): TablePlan | undefined {
  for (const s of plan.sheets) for (const b of s.blocks) if (b.kind === 'table' && b.name === name) return b;
  return undefined;
}

/**
 * The field a header of a working table names: a ticket field by any of its labels (Tickets), a
 * log line's or subtask's field by any of its spellings; null for a team's own column.
 * @example fieldOfHeader('Tickets', 'Description') // 'description'
 * @example fieldOfHeader('Ticket_Log', 'Content') // 'content'
 */
export function fieldOfHeader(table: string, header: string): string | null {
  if (table === 'Tickets') {
    const role = ticketColumnRoles([header])[0];
    return 'field' in role ? role.field : null;
  }
  const h = header.trim();
  return Object.keys(HEADERS).find((k) => headerSpellings(k).some((s) => s.trim() === h)) ?? null;
}

/**
 * The archive column a working workbook's header names: the column of the same field, whatever
 * the language of either header, else (a team's own column) the one with the same header; -1
 * when the archive has no such column.
 * @example archiveColumn('Tickets', [{ key: 'id', header: '工单编号' }, { key: 'description', header: '问题描述' }], 'Description') // 1
 */
export function archiveColumn(table: string, columns: readonly { key: string; header: string }[], header: string): number {
  const field = fieldOfHeader(table, header);
  const byField = field === null ? -1 : columns.findIndex((c) => c.key === field);
  return byField >= 0 ? byField : columns.findIndex((c) => c.header.trim() === header.trim());
}

/**
 * Places the annotations of the moving rows (`found`, by table, at working body rows) on the
 * archive plan's tables; returns how many were carried and how many could not be.
 */
export function carryAnnotations(working: ReadonlyMap<string, TableData>, found: ReadonlyMap<string, readonly PlanAnnotation[]>, removal: Removal, plan: WorkbookPlan): Carried {
  const out: Carried = { carried: { notes: 0, links: 0 }, left: { notes: 0, links: 0 } };
  for (const name of ARCHIVED_TABLES) {
    const w = working.get(name);
    const target = tablePlan(plan, name);
    const moving = new Set(removal[name]);
    const annotations = (found.get(name) ?? []).filter((a) => moving.has(a.row));
    if (!w || !annotations.length) continue;
    // Each ticket's rows in order, in the working table and in the archive's: the k-th row of a
    // ticket (a log line, a subtask) is the k-th there too.
    const idCol = ticketNumberColumn(w);
    const targetIdCol = target ? target.columns.findIndex((c) => c.key === (name === 'Tickets' ? 'id' : 'ticketId')) : -1;
    const workingRows = rowsByTicket(w.rows.map((cells) => cellText(cells[idCol] ?? null).trim()));
    const targetRows = rowsByTicket(target && targetIdCol >= 0 ? target.rows.map((cells) => String(cells[targetIdCol] ?? '').trim()) : []);
    for (const a of annotations) {
      const id = cellText(w.rows[a.row]?.[idCol] ?? null).trim();
      const k = (workingRows.get(id) ?? []).indexOf(a.row);
      const row = k >= 0 ? (targetRows.get(id)?.[k] ?? -1) : -1;
      const col = target ? archiveColumn(name, target.columns, String(w.headers[a.col] ?? '')) : -1;
      const tally = row >= 0 && col >= 0 ? out.carried : out.left;
      if (a.note !== undefined) tally.notes++;
      if (a.link) tally.links++;
      if (target && row >= 0 && col >= 0) (target.annotations ??= []).push({ ...a, row, col });
    }
  }
  return out;
}
