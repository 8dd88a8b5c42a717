/**
 * What `refresh` changes in a team's structured workbook, as a package edit (packageEdit.ts):
 * - in the Tickets table, only the cells whose completed value (in the workbook's language)
 *   differs from what the cell holds (a derived due time, a state, a masked contact, a
 *   renumbered duplicate, a row adopted from below the table); a cell that could not be read is
 *   kept exactly as typed (a secret in it masked); an extra column's cell or a header changes only when the redactor
 *   (core/privacy, through readPlanTables) masked a secret in it;
 * - Ticket_Log and Subtasks grow over rows typed directly below them; a line naming a ticket of
 *   the workbook is completed as a Tickets row is (a time typed as text becomes a date cell, a
 *   list word in another accepted spelling the workbook's own); a line naming no ticket, and a
 *   cell that cannot be read, are kept as typed; the redactor's masks are written everywhere;
 * - the statistics and summary sheets are written anew from the plan.
 * Pure: no host, no I/O.
 */
import { fieldWord } from '../core/i18n/fieldVocabulary';
import { canonicalFor, wordFor, type VocabularyKind } from '../core/i18n/vocabulary';
import { FIELD_META, type Locale } from '../core/schema/fieldMeta';
import type { LocalDateTime } from '../core/time/localDateTime';
import type { Ticket, TicketField } from '../core/schema/ticket';
import { cellText, cellToLocal, cellToNumber } from './cells';
import type { OwnedSheetEdit, TableEdit, TableRowEdit, WorkbookEdit } from './packageEdit';
import { colLetter } from './plan';
import { columnsOf, LOG_KEYS, SUBTASK_KEYS, type KnownTickets } from './readPlan';
import { DATETIME_FORMAT, localeOfHeaders, ticketColumnRoles } from './ticketTable';
import type { PlanCell, RawCell, SheetPlan, TableData } from './types';

export interface RefreshEditInput {
  /** The Tickets table as read, rows typed below it included in `rows`. */
  tickets: TableData;
  /** The same through the redactor (same shape). */
  cleanTickets: TableData;
  /** True when Tickets is a plain range (no table part). */
  ticketsIsRange: boolean;
  /** Completed tickets and the sheet row of each. */
  completed: readonly Ticket[];
  rows: readonly number[];
  /** Cells that could not be read: `${sheetRow}|${header}`. */
  unreadable: ReadonlySet<string>;
  /** Ticket_Log / Subtasks as read (rows below included) and through the redactor, with the rows their ref covered. */
  others: readonly { raw: TableData; clean: TableData; refRows: number }[];
  /** The ticket numbers of the workbook as read (a log line or subtask naming none of them is kept as typed). */
  knownTickets: KnownTickets;
  /** Owned sheets: the plan's sheet and the workbook's sheet it replaces. */
  owned: readonly { plan: SheetPlan; sheet: string }[];
}

/**
 * A time typed as text, as the date cell it becomes.
 * @example typedDate('2024-03-05T14:30') // → { datetime: '2024-03-05T14:30', numFmt: DATETIME_FORMAT, typed: true }
 */
const typedDate = (at: LocalDateTime): PlanCell => ({ datetime: at, numFmt: DATETIME_FORMAT, typed: true });

/**
 * The cell to write for one ticket field, or undefined when the cell already says the same.
 * @example fieldCell('slaState', '正常', '正常') === undefined
 * @example fieldCell('slaState', '已超时', '正常') === '已超时'
 */
export function fieldCell(f: TicketField, raw: RawCell, value: unknown, locale: Locale = 'zh-CN'): PlanCell | undefined {
  if (FIELD_META[f].kind === 'datetime') {
    const now = cellToLocal(raw);
    const want = (value as string | null) ?? null;
    // A time typed as text (`2024/3/5 14:30`) becomes a date cell even when it says the same time.
    if (now === want) return typeof raw === 'string' && want !== null ? typedDate(want) : undefined;
    return want === null ? null : { datetime: want, numFmt: DATETIME_FORMAT };
  }
  const want = f === 'coOwners' ? (value as string[]).join('、') : typeof value === 'string' && value !== '' ? fieldWord(f, value, locale) : value;
  const wantText = want === null || want === undefined ? '' : cellText(want as RawCell);
  if (cellText(raw) === wantText) return undefined;
  if (wantText === '') return null;
  return typeof want === 'number' ? want : wantText;
}

/**
 * A cell the redactor changed, as text to write; undefined when it did not.
 * @example cleanedCell('卡4111111111111111', '卡4111********1111') === '卡4111********1111'
 */
export function cleanedCell(raw: RawCell | undefined, clean: RawCell | undefined): PlanCell | undefined {
  if (raw === clean || clean === undefined) return undefined;
  return clean instanceof Date ? undefined : clean;
}

/** The new cells of one Tickets row (undefined where nothing changes). */
export function ticketRowCells(headers: readonly string[], raw: readonly RawCell[], clean: readonly RawCell[], t: Ticket, sheetRow: number, unreadable: ReadonlySet<string>, locale: Locale): (PlanCell | undefined)[] {
  return ticketColumnRoles(headers).map((role, j) => {
    const v = raw[j] ?? null;
    // Kept as typed, but never with a secret in it.
    if (unreadable.has(`${sheetRow}|${headers[j]}`)) return cleanedCell(v, clean[j]);
    if ('extra' in role) return cleanedCell(v, clean[j]);
    if ('rating' in role) {
      const want = t.ratings[role.rating] ?? null;
      const now = cellToNumber(v);
      return now === want || (now === undefined && want === null) ? undefined : want;
    }
    if (role.field === 'ratings') return undefined;
    return fieldCell(role.field, v, t[role.field], locale);
  });
}

/** New header texts where the redactor changed one, or undefined when none changed. */
const headerEdits = (raw: TableData, clean: TableData): (string | undefined)[] | undefined =>
  raw.headers.some((h, i) => h !== clean.headers[i]) ? raw.headers.map((h, i) => (h !== clean.headers[i] ? clean.headers[i] : undefined)) : undefined;

function ticketsEdit(input: RefreshEditInput): TableEdit {
  const t = input.tickets;
  const locale = localeOfHeaders(t.headers);
  const at = new Map(input.rows.map((r, k) => [r, k]));
  const rows: TableRowEdit[] = t.rows.map((raw, i) => {
    const sheetRow = t.headerRow + 1 + i;
    const k = at.get(sheetRow);
    const clean = input.cleanTickets.rows[i] ?? raw;
    const cells = k === undefined ? raw.map((v, j) => cleanedCell(v, clean[j])) : ticketRowCells(t.headers, raw, clean, input.completed[k], sheetRow, input.unreadable, locale);
    return cells.some((c) => c !== undefined) ? { from: i, cells } : { from: i };
  });
  const headers = headerEdits(t, input.cleanTickets);
  return {
    table: 'Tickets',
    rows,
    ...(headers ? { headers } : {}),
    ...(input.ticketsIsRange ? { range: { sheet: t.sheet, headerRow: t.headerRow, left: t.left ?? 1, width: t.headers.length } } : {}),
  };
}

/**
 * A planned value as the cell to write: a time in a date or time column becomes a date cell.
 * @example asPlanCell('2024-03-01T09:30', 'datetime') // { datetime: '2024-03-01T09:30', numFmt: DATETIME_FORMAT }
 */
export const asPlanCell = (v: PlanCell, type: string | undefined): PlanCell =>
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

/** What a Ticket_Log or Subtasks column holds that refresh completes: a time, or words of a list. */
type LineRole = 'datetime' | VocabularyKind;

const LINE_ROLES: Record<string, { keys: readonly string[]; roles: Partial<Record<string, LineRole>> }> = {
  Ticket_Log: { keys: LOG_KEYS, roles: { at: 'datetime', kind: 'logKind', channel: 'channel', status: 'status' } },
  Subtasks: { keys: SUBTASK_KEYS, roles: { due: 'datetime', status: 'subtaskStatus', needs: 'subtaskNeeds' } },
};

/**
 * A typed cell of a log line or subtask, completed: text that reads as a time becomes a date
 * cell, a list word in another accepted spelling the workbook's own; undefined when the cell
 * stays as it is (already right, a real date, or unreadable — kept as typed).
 * @example lineCell('datetime', '2024/3/5 14:30', 'zh-CN') // → { datetime: '2024-03-05T14:30', numFmt: DATETIME_FORMAT, typed: true }
 * @example lineCell('logKind', 'Contact', 'zh-CN') // → '沟通'
 * @example lineCell('datetime', '下周一上午', 'zh-CN') // → undefined
 */
export function lineCell(role: LineRole, raw: RawCell | undefined, locale: Locale): PlanCell | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  if (role === 'datetime') {
    const at = cellToLocal(raw);
    return at ? typedDate(at) : undefined;
  }
  const canonical = canonicalFor(role, raw.trim());
  if (canonical === null) return undefined;
  const want = wordFor(role, canonical, locale);
  return want === raw ? undefined : want;
}

/** Where a table's ticket number is and which of its columns refresh completes (by 0-based column). */
interface LineColumns {
  id: number;
  roles: ReadonlyMap<number, LineRole>;
}

/** The columns of Ticket_Log or Subtasks that refresh completes; null for another table. */
function lineColumnsOf(t: TableData): LineColumns | null {
  const spec = LINE_ROLES[t.name];
  if (!spec) return null;
  const cols = columnsOf(t, spec.keys);
  return { id: cols[0], roles: new Map(spec.keys.flatMap((k, p) => (spec.roles[k] ? [[cols[p], spec.roles[k]!] as const] : []))) };
}

/** The new cells of one log line or subtask (undefined where nothing changes): masks everywhere, completion only on a line naming a known ticket. */
function lineCells(cells: readonly RawCell[], clean: readonly RawCell[] | undefined, cols: LineColumns | null, known: KnownTickets, locale: Locale): (PlanCell | undefined)[] {
  const masked = cells.map((v, j) => cleanedCell(v, clean?.[j]));
  if (!cols || !known.has(cellText(cells[cols.id] ?? null))) return masked;
  return masked.map((m, j) => {
    const role = cols.roles.get(j);
    return m !== undefined || !role ? m : lineCell(role, cells[j], locale);
  });
}

/**
 * The new cells of every line of Ticket_Log or Subtasks (undefined where nothing changes): the
 * redactor's masks everywhere, completion (lineCell) only on a line naming a known ticket. The
 * rule both hosts apply: refresh's package edit and 检查's cell writes (src/excel).
 * @example const t = { name: 'Subtasks', sheet: '子任务', headerRow: 1, headers: ['工单编号', '子任务', '负责人', '状态'], rows: [['CS1', 'a', '李*', 'Doing'], ['CS9', 'b', '王*', 'Doing']] };
 * completedLines(t, t, new Set(['CS1']), 'zh-CN') // → [[undefined, undefined, undefined, '进行中'], [undefined, undefined, undefined, undefined]]
 */
export function completedLines(raw: TableData, clean: TableData, known: KnownTickets, locale: Locale): (PlanCell | undefined)[][] {
  const cols = lineColumnsOf(raw);
  return raw.rows.map((cells, i) => lineCells(cells, clean.rows[i], cols, known, locale));
}

/** Ticket_Log or Subtasks: grown over the rows typed below it, its lines completed and masked. */
function otherEdit(raw: TableData, clean: TableData, refRows: number, known: KnownTickets, locale: Locale): TableEdit | null {
  const rows: TableRowEdit[] = completedLines(raw, clean, known, locale).map((out, i) => (out.some((c) => c !== undefined) ? { from: i, cells: out } : { from: i }));
  const headers = headerEdits(raw, clean);
  if (raw.rows.length <= refRows && !headers && rows.every((r) => !r.cells)) return null;
  return { table: raw.name, rows, ...(headers ? { headers } : {}) };
}

export function refreshEdit(input: RefreshEditInput): WorkbookEdit {
  const locale = localeOfHeaders(input.tickets.headers);
  const others = input.others.flatMap((o) => otherEdit(o.raw, o.clean, o.refRows, input.knownTickets, locale) ?? []);
  return { tables: [ticketsEdit(input), ...others], ownedSheets: input.owned.map((o) => sheetCells(o.plan, o.sheet)) };
}
