/**
 * What the statistics need to know about one ticket over time, read once per ticket:
 * its key times in minutes, its reopen times, and whether it was open at a given moment.
 */
import { toMinutes } from '../time/localDateTime';
import type { LogEntry } from '../schema/log';
import { DONE_STATUSES, type Status } from '../schema/enums';
import type { Ticket } from '../schema/ticket';
import type { LocalDateTime } from '../time/localDateTime';

export interface TicketTimes {
  ticket: Ticket;
  received: number | null;
  resolved: number | null;
  firstResponse: number | null;
  responseDue: number | null;
  resolveDue: number | null;
  /** When the ticket was reopened (sorted), see `reopenTimes`. */
  reopens: number[];
  /** Its status is 重新打开 but nothing dates the reopen: it counts in the period of the as-of time. */
  reopenedAtUnknownTime: boolean;
}

const REOPENED: Status = '重新打开';

/** Parsed with [CAL]'s allocation-free toMinutes (same results as toMinutes): 5 times per ticket. */
const minutesOrNull = (t: LocalDateTime | null): number | null => {
  if (!t) return null;
  const m = toMinutes(t);
  return Number.isNaN(m) ? null : m;
};

/** Log lines that reopened a ticket, by ticket id. */
export function reopenLogByTicket(log: readonly LogEntry[] | undefined): Map<string, number[]> {
  const byTicket = new Map<string, number[]>();
  for (const e of log ?? []) {
    if (e.status !== REOPENED) continue;
    const m = minutesOrNull(e.at);
    if (m === null) continue;
    const list = byTicket.get(e.ticketId);
    if (list) list.push(m);
    else byTicket.set(e.ticketId, [m]);
  }
  return byTicket;
}

/**
 * Reopen times: the ticket's 重新打开 lines in Ticket_Log; when it has none but its status is
 * 重新打开, its lastUpdateAt stands in (the log was not kept or not given).
 */
export function reopenTimes(t: Ticket, logReopens: Map<string, number[]>): number[] {
  const fromLog = t.id ? logReopens.get(t.id) : undefined;
  if (fromLog && fromLog.length > 0) return [...fromLog].sort((a, b) => a - b);
  if (t.status === REOPENED) {
    const m = minutesOrNull(t.lastUpdateAt);
    if (m !== null) return [m];
  }
  return [];
}

export function ticketTimes(t: Ticket, logReopens: Map<string, number[]>): TicketTimes {
  const reopens = reopenTimes(t, logReopens);
  return {
    ticket: t,
    received: minutesOrNull(t.receivedAt),
    resolved: minutesOrNull(t.resolvedAt),
    firstResponse: minutesOrNull(t.firstResponseAt),
    responseDue: minutesOrNull(t.responseDue),
    resolveDue: minutesOrNull(t.resolveDue),
    reopens,
    reopenedAtUnknownTime: reopens.length === 0 && t.status === REOPENED,
  };
}

const isDone = (s: Status | null): boolean => s !== null && DONE_STATUSES.includes(s);

/**
 * Open at minute m: received before m and not resolved before m (a reopen after the resolution
 * and before m makes it open again). A finished ticket without a resolvedAt counts as closed,
 * since when it closed is unknown — otherwise it would sit in every later backlog.
 */
export function wasOpenAt(x: TicketTimes, m: number): boolean {
  if (x.received === null || x.received >= m) return false;
  if (x.resolved === null) return !isDone(x.ticket.status);
  if (x.resolved >= m) return true;
  const resolved = x.resolved;
  return x.reopens.some((r) => r >= resolved && r < m);
}

/**
 * The ticket as it stood at minute m, for a ticket open at m: later responses and resolutions
 * are removed, so the SLA check sees what was known then. Returns the ticket itself when nothing
 * changes (the usual case at the current as-of time).
 */
export function ticketAt(x: TicketTimes, m: number): Ticket {
  const t = x.ticket;
  const laterResponse = x.firstResponse !== null && x.firstResponse > m;
  const stillOpenStatus = !isDone(t.status);
  if (!laterResponse && stillOpenStatus) return t;
  const responded = x.firstResponse !== null && !laterResponse;
  return {
    ...t,
    firstResponseAt: responded ? t.firstResponseAt : null,
    status: stillOpenStatus ? t.status : responded ? '处理中' : '待受理',
    resolvedAt: stillOpenStatus ? t.resolvedAt : null,
  };
}
