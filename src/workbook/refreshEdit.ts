/**
 * What `refresh` changes in a team's structured workbook, as a package edit (packageEdit.ts):
 * - in the Tickets table, only the cells whose completed value differs from what the cell
 *   holds (a derived due time, a state, a masked contact, a renumbered duplicate, a row adopted
 *   from below the table); a cell that could not be read is kept exactly as typed; extra
 *   columns are never touched;
 * - Ticket_Log and Subtasks grow over rows typed directly below them (their cells unchanged);
 * - the statistics and summary sheets are written anew from the plan.
 * Pure: no host, no I/O.
 */
import { FIELD_META } from '../core/schema/fieldMeta';
import type { Ticket, TicketField } from '../core/schema/ticket';
import { cellText, cellToLocal, cellToNumber } from './cells';
import type { OwnedSheetEdit, TableEdit, TableRowEdit, WorkbookEdit } from './packageEdit';
import { colLetter } from './plan';
import { DATETIME_FORMAT, ticketColumnRoles } from './ticketTable';
import type { PlanCell, RawCell, SheetPlan, TableData } from './types';

export interface RefreshEditInput {
  /** The Tickets table as read, rows typed below it included in `rows`. */
  tickets: TableData;
  /** True when Tickets is a plain range (no table part). */
  ticketsIsRange: boolean;
  /** Completed tickets and the sheet row of each. */
  completed: readonly Ticket[];
  rows: readonly number[];
  /** Cells that could not be read: `${sheetRow}|${header}`. */
  unreadable: ReadonlySet<string>;
  /** Ticket_Log / Subtasks as read (rows below included), with their number of rows inside the ref. */
  grown: readonly { table: TableData; refRows: number }[];
  /** Owned sheets: the plan's sheet and the workbook's sheet it replaces. */
  owned: readonly { plan: SheetPlan; sheet: string }[];
}

/**
 * The cell to write for one ticket field, or undefined when the cell already says the same.
 * @example fieldCell('slaState', '正常', '正常') === undefined
 * @example fieldCell('slaState', '已超时', '正常') === '已超时'
 */
export function fieldCell(f: TicketField, raw: RawCell, value: unknown): PlanCell | undefined {
  if (FIELD_META[f].kind === 'datetime') {
    const now = cellToLocal(raw);
    const want = (value as string | null) ?? null;
    if (now === want) return undefined;
    return want === null ? null : { datetime: want, numFmt: DATETIME_FORMAT };
  }
  const want = f === 'coOwners' ? (value as string[]).join('、') : value;
  const wantText = want === null || want === undefined ? '' : cellText(want as RawCell);
  if (cellText(raw) === wantText) return undefined;
  if (wantText === '') return null;
  return typeof want === 'number' ? want : wantText;
}

/** The new cells of one Tickets row (undefined where nothing changes). */
export function ticketRowCells(headers: readonly string[], raw: readonly RawCell[], t: Ticket, sheetRow: number, unreadable: ReadonlySet<string>): (PlanCell | undefined)[] {
  return ticketColumnRoles(headers).map((role, j) => {
    if (unreadable.has(`${sheetRow}|${headers[j]}`)) return undefined;
    const v = raw[j] ?? null;
    if ('extra' in role) return undefined;
    if ('rating' in role) {
      const want = t.ratings[role.rating] ?? null;
      const now = cellToNumber(v);
      return now === want || (now === undefined && want === null) ? undefined : want;
    }
    if (role.field === 'ratings') return undefined;
    return fieldCell(role.field, v, t[role.field]);
  });
}

function ticketsEdit(input: RefreshEditInput): TableEdit {
  const t = input.tickets;
  const at = new Map(input.rows.map((r, k) => [r, k]));
  const rows: TableRowEdit[] = t.rows.map((raw, i) => {
    const sheetRow = t.headerRow + 1 + i;
    const k = at.get(sheetRow);
    if (k === undefined) return { from: i };
    const cells = ticketRowCells(t.headers, raw, input.completed[k], sheetRow, input.unreadable);
    return cells.some((c) => c !== undefined) ? { from: i, cells } : { from: i };
  });
  return {
    table: 'Tickets',
    rows,
    ...(input.ticketsIsRange ? { range: { sheet: t.sheet, headerRow: t.headerRow, left: t.left ?? 1, width: t.headers.length } } : {}),
  };
}

const asPlanCell = (v: PlanCell, type: string | undefined): PlanCell =>
  typeof v === 'string' && (type === 'datetime' || type === 'date') ? { datetime: v, numFmt: DATETIME_FORMAT } : v;

/** Every cell of a planned sheet, and the refs of its tables. */
export function sheetCells(plan: SheetPlan, sheet: string): OwnedSheetEdit {
  const cells = new Map<number, Map<number, PlanCell>>();
  const put = (r: number, c: number, v: PlanCell): void => {
    if (v === null || v === undefined) return;
    let row = cells.get(r);
    if (!row) cells.set(r, (row = new Map()));
    row.set(c, v);
  };
  const tableRefs = new Map<string, string>();
  for (const b of plan.blocks) {
    if (b.kind === 'cells') {
      b.rows.forEach((row, ri) => row.forEach((v, ci) => put(b.top + ri, b.left + ci, v)));
      continue;
    }
    if (b.caption) put(b.top - 1, b.left, b.caption);
    b.columns.forEach((c, ci) => put(b.top, b.left + ci, c.header));
    b.rows.forEach((row, ri) => row.forEach((v, ci) => put(b.top + 1 + ri, b.left + ci, asPlanCell(v, b.columns[ci]?.type))));
    tableRefs.set(b.name, `${colLetter(b.left)}${b.top}:${colLetter(b.left + b.columns.length - 1)}${b.top + Math.max(1, b.rows.length)}`);
  }
  return { sheet, cells, tableRefs };
}

export function refreshEdit(input: RefreshEditInput): WorkbookEdit {
  const grown: TableEdit[] = input.grown
    .filter((g) => g.table.rows.length > g.refRows)
    .map((g) => ({ table: g.table.name, rows: g.table.rows.map((_, i) => ({ from: i })) }));
  return { tables: [ticketsEdit(input), ...grown], ownedSheets: input.owned.map((o) => sheetCells(o.plan, o.sheet)) };
}
