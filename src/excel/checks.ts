/**
 * "Check rows" as a pure step: complete every row with the engine, renumber later duplicates
 * (never reusing a number), note status changes the log has not seen, validate, and sort the
 * open tickets into the check lists. The Office.js layer only reads before and writes after.
 */
import { applyStatusChange } from '../core/engine/applyStatusChange';
import { completeTicket } from '../core/engine/completeTicket';
import { needsProgressUpdate } from '../core/followup/progressDueAt';
import { createNumberAllocator } from '../core/numbering/nextTicketNumber';
import { laterDuplicateRows } from '../core/numbering/findDuplicates';
import type { LogEntry } from '../core/schema/log';
import type { Ticket } from '../core/schema/ticket';
import type { Settings } from '../core/settings/settings';
import { isOverdue } from '../core/sla/isOverdue';
import { toMinutes, type LocalDateTime } from '../core/time/localDateTime';
import type { Problem } from '../core/validation/problem';
import { validateTickets } from '../core/validation/validateTicket';

export interface RowTicket {
  /** 0-based body index in the Tickets table. */
  index: number;
  /** 1-based sheet row. */
  row: number;
  ticket: Ticket;
}

export interface CompletedRow extends RowTicket {
  before: Ticket;
}

export interface CheckOutcome {
  completed: CompletedRow[];
  renumbered: { row: number; from: string; to: string }[];
  newLog: LogEntry[];
  problems: Problem[];
  lists: { overdue: Ticket[]; dueSoon: Ticket[]; escalated: Ticket[]; needsProgress: Ticket[]; revisitsDue: Ticket[] };
}

export function logsById(logs: readonly LogEntry[]): Map<string, LogEntry[]> {
  const m = new Map<string, LogEntry[]>();
  for (const l of logs) {
    const xs = m.get(l.ticketId);
    if (xs) xs.push(l);
    else m.set(l.ticketId, [l]);
  }
  return m;
}

/** The latest status the log recorded for a ticket, or null. */
function loggedStatus(log: readonly LogEntry[]): LogEntry['status'] {
  const withStatus = log.filter((l) => l.status !== null && l.at !== null).sort((a, b) => toMinutes(a.at!) - toMinutes(b.at!));
  return withStatus.length ? withStatus[withStatus.length - 1].status : null;
}

/**
 * Completes the given rows. `allIds` are the numbers of every row of the table (so numbers
 * are never reused); only rows in `rows` are completed and checked for duplicates against
 * earlier rows.
 */
export function completeRows(
  rows: readonly RowTicket[],
  allIds: readonly string[],
  logs: readonly LogEntry[],
  settings: Settings,
  asOf: LocalDateTime,
  by = 'ServiceBook',
): Pick<CheckOutcome, 'completed' | 'renumbered' | 'newLog'> {
  const allocator = createNumberAllocator(settings.numbering.pattern, allIds.filter(Boolean));
  const later = new Set(laterDuplicateRows([...allIds]));
  const byId = logsById(logs);
  const completed: CompletedRow[] = [];
  const renumbered: CheckOutcome['renumbered'] = [];
  const newLog: LogEntry[] = [];
  for (const r of rows) {
    const before = r.ticket;
    let t = before;
    const dup = later.has(r.index) && before.id !== '';
    if (dup) t = { ...t, id: '' };
    const own = dup ? [] : (byId.get(before.id) ?? []);
    const lines: LogEntry[] = [];
    const seen = loggedStatus(own);
    if (t.id && own.length && t.status && seen && seen !== t.status) {
      const change = applyStatusChange({ ...t, status: seen }, t.status, asOf, settings, { by });
      t = change.ticket;
      lines.push(change.log);
    }
    t = completeTicket(t, { settings, asOf, allocator, log: [...own, ...lines] });
    if (dup) renumbered.push({ row: r.row, from: before.id, to: t.id });
    if (!before.id || dup)
      lines.unshift({ ticketId: t.id, at: asOf, kind: '受理', channel: t.channel, content: dup ? `编号重复，由 ${before.id} 改为 ${t.id}` : t.subject || t.description.slice(0, 80), nextStep: '', by, status: t.status });
    newLog.push(...lines.map((l) => ({ ...l, ticketId: t.id })));
    completed.push({ ...r, before, ticket: t });
  }
  return { completed, renumbered, newLog };
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
