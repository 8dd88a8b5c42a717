/**
 * 更新 › 子任务: overwrites the ticket's Subtasks rows in place, appends the rest, deletes the
 * surplus. Every overwritten or deleted row is read in the request that changes it; a row that
 * turns out to be another ticket's (a co-author moved rows between the syncs) is put back.
 */
import type { Subtask } from '../../core/schema/log';
import { BlockWriter } from '../blockWriter';
import type { OutValue } from '../cellValues';
import { HostError } from '../errors';
import { appendRows, dropBlankPlaceholder, isBlankRow, restoreRow, subtaskRow, writeRowGuarded, type GuardedWrite } from '../rowWrites';
import type { Session } from '../session';
import { keyColumnOf, loadState, readRows } from '../workbookState';

export async function saveSubtasks(s: Session, ticketId: string, subtasks: Subtask[]): Promise<void> {
  const state = await loadState(s, { Subtasks: 'ids' });
  const shape = state.shapes.Subtasks;
  if (!shape) throw new HostError('noSubtasksTable');
  const key = keyColumnOf('Subtasks', shape.headers);
  const ours = (cells: readonly unknown[]): boolean => String(cells[key] ?? '').trim() === ticketId;
  const mine = (state.ids.Subtasks ?? []).flatMap((x, i) => (x === ticketId ? [i] : []));
  const old = await readRows(s, shape, mine);
  const rows = subtasks.map((t) => subtaskRow(shape.headers, { ...t, ticketId }));
  const writer = new BlockWriter(s);
  const guards: GuardedWrite[] = [];
  for (let k = 0; k < Math.min(rows.length, mine.length); k++) {
    const g = await writeRowGuarded(writer, s, shape, mine[k], old.get(mine[k]) ?? [], rows[k]);
    if (g) guards.push(g);
  }
  // Surplus rows bottom up, each read in the request that deletes it.
  const table = s.workbook.tables.getItem('Subtasks');
  const surplus = mine.slice(rows.length).reverse();
  const deleted: Excel.Range[] = [];
  for (const i of surplus)
    await writer.add(300, () => {
      deleted.push(table.getDataBodyRange().getRow(i).load('formulas'));
      table.rows.getItemAt(i).delete();
    });
  await writer.finish();
  const moved = guards.filter((g) => !ours(g.pre.formulas[0] ?? []));
  for (const g of moved) await restoreRow(writer, s, shape, g);
  // Another ticket's row deleted by mistake goes back, at the end.
  const theirs = deleted.map((r) => (r.formulas[0] ?? []) as OutValue[]).filter((c) => !isBlankRow(c) && !ours(c));
  shape.bodyRows -= surplus.length;
  await appendRows(writer, s, { ...shape, placeholderOnly: false }, theirs);
  await writer.finish();
  if (moved.length || theirs.length) throw new HostError('rowsKeptMoving', { id: ticketId });
  const probe = await appendRows(writer, s, shape, rows.slice(mine.length));
  await writer.finish();
  await dropBlankPlaceholder(s, shape, probe);
}
