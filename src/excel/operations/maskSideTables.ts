/**
 * 检查 masks what refresh masks: ID-card and bank-card numbers (and, when the workbook masks
 * contacts, phones and e-mail addresses) typed by hand into Ticket_Log and Subtasks are replaced
 * by their masked forms in the cells themselves, by the command's reading rule (redactTable).
 * Only the cells that held a secret are written, each behind a read of its row: a row a co-author
 * moved between the syncs is put back as it was and left for the next check.
 */
import { redactTable } from '../../workbook/redactTable';
import type { BlockWriter } from '../blockWriter';
import { sameCell, type OutValue } from '../cellValues';
import { restoreRow, writeRowGuarded, type GuardedWrite } from '../rowWrites';
import type { Session } from '../session';
import type { WorkbookState } from '../workbookState';

export const SIDE_TABLES = ['Ticket_Log', 'Subtasks'] as const;

/**
 * The body rows of a table whose cells redaction changes, with their masked cells.
 * @example maskedRows({ name: 'Subtasks', sheet: '子任务', headerRow: 1, headers: ['子任务'], rows: [['ok'], ['卡4111111111111111']] }, { contacts: true })
 * // → [{ index: 1, prev: ['卡4111111111111111'], next: ['卡4111********1111'] }]
 */
export function maskedRows(table: Parameters<typeof redactTable>[0], opts: { contacts: boolean }): { index: number; prev: readonly unknown[]; next: OutValue[] }[] {
  const clean = redactTable(table, opts).table;
  if (clean === table) return [];
  return table.rows.flatMap((prev, index) => {
    const next = clean.rows[index];
    return next === prev ? [] : [{ index, prev, next: next.map((v) => (v ?? '') as OutValue) }];
  });
}

/** Writes the masked cells of Ticket_Log and Subtasks; returns how many rows were masked. */
export async function maskSideTables(writer: BlockWriter, s: Session, state: WorkbookState): Promise<number> {
  const opts = { contacts: state.settings.masking.contacts };
  const guards: { g: GuardedWrite; table: (typeof SIDE_TABLES)[number]; prev: readonly unknown[] }[] = [];
  for (const table of SIDE_TABLES) {
    const data = state.data[table];
    const shape = state.shapes[table];
    if (!data || !shape) continue;
    for (const m of maskedRows(data, opts)) {
      const g = await writeRowGuarded(writer, s, shape, m.index, m.prev, m.next);
      if (g) guards.push({ g, table, prev: m.prev });
    }
  }
  await writer.finish();
  const moved = guards.filter(({ g, prev }) => g.runs.some((r) => (g.pre.formulas[0] ?? []).slice(r.start, r.end).some((v, k) => !sameCell(v, prev[r.start + k]))));
  for (const m of moved) await restoreRow(writer, s, state.shapes[m.table]!, m.g);
  await writer.finish();
  return guards.length - moved.length;
}
