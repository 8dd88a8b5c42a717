/**
 * A ticket's SLA outcome in business minutes, for data exports (`servicebook export --format`):
 * how long the first response and the resolution took on the business calendar (less the
 * stretches in 等待客户), and by how much the worse of its two due times was missed.
 */
import { businessMinutesBetween } from '../calendar/businessMinutesBetween';
import type { BusinessCalendar } from '../calendar/compileCalendar';
import type { LogEntry } from '../schema/log';
import type { Ticket } from '../schema/ticket';
import { toMinutes, type LocalDateTime } from '../time/localDateTime';
import { isOpenTicket } from './isOverdue';
import { pauseIntervals } from './statusTimeline';

export interface SlaOutcome {
  /** Receipt → first response; null when either is unknown. */
  firstResponseBusinessMinutes: number | null;
  /** Receipt → resolution; null when either is unknown. */
  resolutionBusinessMinutes: number | null;
  /**
   * Business minutes past the due time that was missed by most (a response answered late, or
   * still unanswered at `asOf`; a resolution late, or still open at `asOf`); 0 when every due
   * was met or is still ahead; null when the ticket has no due time or finished at an unknown time.
   */
  breachBusinessMinutes: number | null;
}

const span = (a: LocalDateTime | null, b: LocalDateTime | null, cal: BusinessCalendar, log: readonly LogEntry[], asOf: LocalDateTime): number | null => {
  if (a === null || b === null) return null;
  const m = businessMinutesBetween(a, b, cal, { pauses: pauseIntervals(log, asOf) });
  return Number.isFinite(m) ? m : null;
};

/**
 * Outcome of a completed ticket (its due times set) with its own log lines, as of `asOf`.
 * @example slaOutcome({ ...ticket, receivedAt: '2024-03-04T09:00', firstResponseAt: '2024-03-04T10:30', responseDue: '2024-03-04T10:00', resolveDue: '2024-03-05T09:00', resolvedAt: null, status: '处理中' }, [], cal, '2024-03-04T11:00')
 *   // { firstResponseBusinessMinutes: 90, resolutionBusinessMinutes: null, breachBusinessMinutes: 30 }
 */
export function slaOutcome(t: Ticket, log: readonly LogEntry[], cal: BusinessCalendar, asOf: LocalDateTime): SlaOutcome {
  const open = isOpenTicket(t);
  const late = (due: LocalDateTime | null, met: LocalDateTime | null): number | null => {
    if (due === null) return null;
    const end = met ?? (open ? asOf : null);
    if (end === null) return null; // finished at an unknown time: nobody can say
    if (toMinutes(end) <= toMinutes(due)) return 0;
    return span(due, end, cal, log, asOf) ?? 0;
  };
  const response = late(t.responseDue, t.firstResponseAt ?? (open ? null : t.resolvedAt));
  const resolve = late(t.resolveDue, t.resolvedAt);
  const breach = response === null && resolve === null ? null : Math.max(response ?? 0, resolve ?? 0);
  return {
    firstResponseBusinessMinutes: span(t.receivedAt, t.firstResponseAt, cal, log, asOf),
    resolutionBusinessMinutes: span(t.receivedAt, t.resolvedAt, cal, log, asOf),
    breachBusinessMinutes: breach,
  };
}
