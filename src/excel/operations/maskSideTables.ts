/**
 * 检查 does to Ticket_Log and Subtasks what refresh does, by the command's rule
 * (src/workbook/refreshEdit `completedLines`): ID-card and bank-card numbers (and, when the
 * workbook masks contacts, phones and e-mail addresses) typed by hand are replaced by their masked
 * forms; on a line naming a ticket of the workbook, a time typed as text becomes a date serial with
 * the table's date format and a list word in another accepted spelling the workbook's own. A cell
 * that cannot be read and a line naming no ticket are kept as typed. Only the cells that change are
 * written, each behind a read of its row: a row a co-author moved between the syncs is put back as
 * it was and left for the next check.
 */
import type { Locale } from '../../core/schema/fieldMeta';
import type { KnownTickets } from '../../workbook/readPlan';
import { redactTable } from '../../workbook/redactTable';
import { completedLines } from '../../workbook/refreshEdit';
import { isPlanDateTime, type TableData } from '../../workbook/types';
import type { BlockWriter } from '../blockWriter';
import { planCellOut, sameCell, type OutValue } from '../cellValues';
import { restoreRow, writeRowGuarded, type GuardedWrite } from '../rowWrites';
import type { Session } from '../session';
import type { WorkbookState } from '../workbookState';

export const SIDE_TABLES = ['Ticket_Log', 'Subtasks'] as const;

/** The lines to complete: the tickets they may name and the workbook's language. */
export interface LineCompletion {
  known: KnownTickets;
  locale: Locale;
}

/** The row to write, its cells as Office.js takes them, and the number format of each date cell written. */
export interface SideRowEdit {
  index: number;
  prev: readonly unknown[];
  next: OutValue[];
  formats: (string | undefined)[];
}

/**
 * The body rows of a table whose cells masking or completion changes.
 * @example sideRowEdits({ name: 'Subtasks', sheet: '子任务', headerRow: 1, headers: ['工单编号', '子任务'], rows: [['CS1', 'ok'], ['CS1', '卡4111111111111111']] }, { contacts: true }, { known: new Set(['CS1']), locale: 'zh-CN' })
 * // → [{ index: 1, prev: ['CS1', '卡4111111111111111'], next: ['CS1', '卡4111********1111'], formats: [undefined, undefined] }]
 */
export function sideRowEdits(table: TableData, opts: { contacts: boolean }, lines: LineCompletion): SideRowEdit[] {
  const clean = redactTable(table, opts).table;
  return completedLines(table, clean, lines.known, lines.locale).flatMap((cells, index) => {
    if (cells.every((c) => c === undefined)) return [];
    const prev = table.rows[index];
    const next = cells.map((c, j) => (c === undefined ? ((prev[j] ?? '') as OutValue) : planCellOut(c)));
    const formats = cells.map((c) => (c !== undefined && isPlanDateTime(c) ? c.numFmt : undefined));
    return [{ index, prev, next, formats }];
  });
}

/** Masks and completes the lines of Ticket_Log and Subtasks (masks only without `lines`); returns how many rows were written. */
export async function maskSideTables(writer: BlockWriter, s: Session, state: WorkbookState, lines: LineCompletion = { known: new Set(), locale: 'zh-CN' }): Promise<number> {
  const opts = { contacts: state.settings.masking.contacts };
  const guards: { g: GuardedWrite; table: (typeof SIDE_TABLES)[number]; prev: readonly unknown[] }[] = [];
  for (const table of SIDE_TABLES) {
    const data = state.data[table];
    const shape = state.shapes[table];
    if (!data || !shape) continue;
    for (const m of sideRowEdits(data, opts, lines)) {
      const g = await writeRowGuarded(writer, s, shape, m.index, m.prev, m.next, m.formats);
      if (g) guards.push({ g, table, prev: m.prev });
    }
  }
  await writer.finish();
  const moved = guards.filter(({ g, prev }) => g.runs.some((r) => (g.pre.formulas[0] ?? []).slice(r.start, r.end).some((v, k) => !sameCell(v, prev[r.start + k]))));
  for (const m of moved) await restoreRow(writer, s, state.shapes[m.table]!, m.g);
  await writer.finish();
  return guards.length - moved.length;
}
