/**
 * "Check rows" as pure steps: the rows are completed by the engine's table rule (completeTable:
 * later duplicates renumbered, status changes the log has not seen recorded), then validated and
 * the open tickets sorted into the check lists. The Office.js layer only reads before and
 * writes after.
 */
import type { CompletedRow, Renumbering, TableRow } from '../core/engine/completeTable';
import { needsProgressUpdate } from '../core/followup/progressDueAt';
import type { LogEntry } from '../core/schema/log';
import type { Ticket } from '../core/schema/ticket';
import type { Settings } from '../core/settings/settings';
import { isOverdue } from '../core/sla/isOverdue';
import { toMinutes, type LocalDateTime } from '../core/time/localDateTime';
import type { Problem } from '../core/validation/problem';
import { validateTickets } from '../core/validation/validateTicket';

/** A Tickets row as the host reads it (body index, sheet row, ticket). */
export type RowTicket = TableRow;

export interface CheckOutcome {
  completed: CompletedRow[];
  renumbered: Renumbering[];
  newLog: LogEntry[];
  problems: Problem[];
  lists: { overdue: Ticket[]; dueSoon: Ticket[]; escalated: Ticket[]; needsProgress: Ticket[]; revisitsDue: Ticket[] };
}

export function checkLists(tickets: readonly Ticket[], logs: readonly LogEntry[], settings: Settings, asOf: LocalDateTime): CheckOutcome['lists'] {
  const now = toMinutes(asOf);
  const revisited = new Set(logs.filter((l) => l.kind === '回访').map((l) => l.ticketId));
  const open = (t: Ticket) => t.status !== '已完成' && t.status !== '已关闭';
  return {
    overdue: tickets.filter((t) => isOverdue(t, asOf)),
    dueSoon: tickets.filter((t) => open(t) && t.slaState === '即将超时'),
    escalated: tickets.filter((t) => open(t) && t.escalation !== ''),
    needsProgress: tickets.filter((t) => needsProgressUpdate(t, asOf, settings)),
    revisitsDue: tickets.filter((t) => t.revisitDue !== null && !revisited.has(t.id) && toMinutes(t.revisitDue) <= now + 24 * 60),
  };
}

export function checkProblems(rows: readonly RowTicket[], settings: Settings): Problem[] {
  const out: Problem[] = [];
  for (const r of rows) out.push(...validateTickets([r.ticket], settings, r.row));
  return out;
}
