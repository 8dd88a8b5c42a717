/**
 * The live SLA state of a ticket (时效状态): 正常, 即将超时 (DUE_SOON_RULE), 已超时 (OVERDUE_RULE),
 * and for done tickets 按时完成 / 超时完成. The same rules colour the rows of the workbook.
 */
import { compileCalendar } from '../calendar/compileCalendar';
import { toMinutes } from '../time/localDateTime';
import type { SlaState } from '../schema/enums';
import type { Ticket } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import type { LocalDateTime } from '../time/localDateTime';
import { dueTimesOf } from './computeDueTimes';
import { isOpenTicket } from './isOverdue';
import { DUE_SOON_RULE, evaluateRule, OVERDUE_RULE } from './overdueRule';

/**
 * Null when the ticket has no due times (no receipt time, priority or rule), or finished at an
 * unknown time with nothing known to be late.
 */
export function slaStateOf(t: Ticket, asOf: LocalDateTime, settings: Settings): SlaState | null {
  const dues = dueTimesOf(t, settings);
  if (dues.responseDue === null && dues.resolveDue === null) return null;
  const withDues = { ...t, ...dues };
  if (!isOpenTicket(t)) {
    // An unknown time is neither late nor on time.
    const lateResponse = dues.responseDue !== null && t.firstResponseAt !== null && toMinutes(t.firstResponseAt) > toMinutes(dues.responseDue);
    const lateResolve = dues.resolveDue !== null && t.resolvedAt !== null && toMinutes(t.resolvedAt) > toMinutes(dues.resolveDue);
    if (lateResponse || lateResolve) return '超时完成';
    return t.resolvedAt === null ? null : '按时完成';
  }
  const clock = { now: asOf, warningHours: settings.followUp.warningHours, sla: settings.sla, calendar: compileCalendar(settings.calendar) };
  if (evaluateRule(OVERDUE_RULE, withDues, clock)) return '已超时';
  return evaluateRule(DUE_SOON_RULE, withDues, clock) ? '即将超时' : '正常';
}
