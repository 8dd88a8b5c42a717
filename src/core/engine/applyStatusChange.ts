/**
 * A status change from the 更新 tab: the updated ticket plus the Ticket_Log line (kind 变更) that
 * records it. The derived fields (due times, slaState, escalation) are left to completeTicket,
 * which the host calls next with the log including this line (a reopen restarts resolution
 * from the reopen time, which only the log knows).
 */
import { DONE_STATUSES, type Status } from '../schema/enums';
import type { LogEntry } from '../schema/log';
import type { Ticket } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import { toMinutes, type LocalDateTime } from '../time/localDateTime';

export interface StatusChangeOptions {
  by?: string;
  channel?: string;
  note?: string;
  nextStep?: string;
}

const isDone = (s: Status | null): boolean => s !== null && DONE_STATUSES.includes(s);

export function applyStatusChange(
  t: Ticket,
  newStatus: Status,
  at: LocalDateTime,
  settings: Settings,
  opts: StatusChangeOptions = {},
): { ticket: Ticket; log: LogEntry } {
  const from = t.status ?? settings.initialStatus;
  const ticket: Ticket = { ...t, status: newStatus };
  const notes: string[] = [];

  if (ticket.firstResponseAt === null && newStatus !== '待受理') ticket.firstResponseAt = at;
  // Reaching done sets the resolution time; 已完成 → 已关闭 keeps the original one.
  if (isDone(newStatus) && (!isDone(from) || ticket.resolvedAt === null)) ticket.resolvedAt = at;
  if (newStatus === '重新打开') {
    ticket.resolvedAt = null;
    // The earlier rating belongs to the earlier resolution: it stays as history in the log.
    if (t.satisfaction !== null) notes.push(`原满意度 ${t.satisfaction}`);
    const dims = Object.entries(t.ratings);
    if (dims.length > 0) notes.push(`原分项评分 ${dims.map(([k, v]) => `${k}${v}`).join('、')}`);
    ticket.satisfaction = null;
    ticket.ratings = {};
    ticket.revisitDue = null;
  }
  if (ticket.lastUpdateAt === null || toMinutes(at) > toMinutes(ticket.lastUpdateAt)) ticket.lastUpdateAt = at;

  const content = [`状态：${from} → ${newStatus}`, ...notes, opts.note ?? ''].filter((s) => s !== '').join('；');
  const log: LogEntry = {
    ticketId: t.id,
    at,
    kind: '变更',
    channel: opts.channel ?? '',
    content,
    nextStep: opts.nextStep ?? '',
    by: opts.by ?? t.owner,
    status: newStatus,
  };
  return { ticket, log };
}
