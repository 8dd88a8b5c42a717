/**
 * Which tickets `servicebook archive` moves: finished (已完成 / 已关闭), received before the cut,
 * with a number that is theirs alone. Open tickets never move; neither does a ticket without a
 * number, without a receipt time, or whose number appears twice (its log lines could not be told
 * apart) — those stay and are counted as kept back.
 */
import { findDuplicateIds } from '../numbering/findDuplicates';
import { DONE_STATUSES } from '../schema/enums';
import type { Ticket } from '../schema/ticket';
import { toMinutes, type LocalDateTime } from '../time/localDateTime';

export interface ArchiveSelection {
  /** Indexes (into the given tickets) of the tickets that move, in order. */
  moving: number[];
  /** Finished tickets before the cut that stay because their number is missing or shared. */
  keptBack: number[];
}

/**
 * @example selectForArchive([{ id: 'A1', status: '已完成', receivedAt: '2024-01-02T09:00' }, { id: 'A2', status: '处理中', receivedAt: '2024-01-02T09:00' }], '2025-01-01T00:00')
 *   // { moving: [0], keptBack: [] }
 */
export function selectForArchive(tickets: readonly Pick<Ticket, 'id' | 'status' | 'receivedAt'>[], cut: LocalDateTime): ArchiveSelection {
  const cutMinutes = toMinutes(cut);
  const shared = new Set(findDuplicateIds(tickets.map((t) => t.id)).map((d) => d.id));
  const moving: number[] = [];
  const keptBack: number[] = [];
  tickets.forEach((t, i) => {
    if (t.status === null || !DONE_STATUSES.includes(t.status) || t.receivedAt === null) return;
    if (!(toMinutes(t.receivedAt) < cutMinutes)) return;
    const id = t.id.trim();
    if (id === '' || shared.has(id)) keptBack.push(i);
    else moving.push(i);
  });
  return { moving, keptBack };
}
