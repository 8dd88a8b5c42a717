/** 检查 › 定位: selects a problem's cell in the Tickets table. */
import { FIELD_META } from '../../core/schema/fieldMeta';
import type { TicketField } from '../../core/schema/ticket';
import { rangeAt } from '../rangeAt';
import type { Session } from '../session';
import { loadState } from '../workbookState';

export async function selectCell(s: Session, row: number, field: string): Promise<void> {
  const state = await loadState(s, {});
  const shape = state.shapes.Tickets;
  if (!shape) return;
  const labels = field in FIELD_META ? Object.values(FIELD_META[field as TicketField].labels) : [field];
  const col = Math.max(0, shape.headers.findIndex((h) => labels.includes(h) || h === field));
  const ws = s.workbook.worksheets.getItem(shape.sheet);
  ws.activate();
  rangeAt(ws, row - 1, shape.firstColumn - 1 + col).select();
  await s.sync();
}
