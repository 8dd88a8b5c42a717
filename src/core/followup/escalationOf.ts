/**
 * Escalation (seed 004): 总监 when an open ticket is overdue by followUp.directorAfterOverdueHours
 * clock hours or more; 主管 when it is overdue at all, was not accepted within
 * followUp.acceptWithinHours business hours of receipt, or misses its progress note; else ''.
 * Done tickets never escalate.
 */
import { toMinutes } from '../time/localDateTime';
import { addDuration } from '../calendar/addDuration';
import { compileCalendar } from '../calendar/compileCalendar';
import type { Escalation } from '../schema/enums';
import type { LogEntry } from '../schema/log';
import type { Ticket } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import { dueTimesOf } from '../sla/computeDueTimes';
import { breachedSince, isOpenTicket, isOverdue } from '../sla/isOverdue';
import type { LocalDateTime } from '../time/localDateTime';
import { needsProgressUpdate } from './progressDueAt';

/** Not confirmed by the owner (still 待受理, no acceptedAt) past the acceptance window. */
export function acceptanceOverdue(t: Ticket, asOf: LocalDateTime, settings: Settings): boolean {
  if (t.acceptedAt !== null || t.status !== '待受理' || t.receivedAt === null) return false;
  const due = addDuration(t.receivedAt, { amount: settings.followUp.acceptWithinHours, unit: 'bh' }, compileCalendar(settings.calendar));
  return due !== null && toMinutes(asOf) > toMinutes(due);
}

/** `log` is used only when the ticket carries no due times yet (they are then computed). */
export function escalationOf(t: Ticket, asOf: LocalDateTime, settings: Settings, log?: readonly LogEntry[]): Escalation {
  if (!isOpenTicket(t)) return '';
  const withDues = { ...t, ...dueTimesOf(t, settings, log) };
  const since = isOverdue(withDues, asOf) ? breachedSince(withDues, asOf) : null;
  if (since !== null) {
    const overdueMinutes = toMinutes(asOf) - toMinutes(since);
    return overdueMinutes >= settings.followUp.directorAfterOverdueHours * 60 ? '总监' : '主管';
  }
  return acceptanceOverdue(t, asOf, settings) || needsProgressUpdate(t, asOf, settings) ? '主管' : '';
}
