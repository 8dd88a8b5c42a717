/**
 * The live SLA state of a ticket (时效状态): 正常, 即将超时 (an unmet due within
 * followUp.warningHours clock hours), 已超时, and for done tickets 按时完成 / 超时完成.
 */
import { toMinutes } from '../time/localDateTime';
import type { SlaState } from '../schema/enums';
import type { Ticket } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import type { LocalDateTime } from '../time/localDateTime';
import { dueTimesOf } from './computeDueTimes';
import { breachedSince, isOpenTicket } from './isOverdue';

/** Null when the ticket has no due times (no receipt time, priority or rule), or finished at an unknown time. */
export function slaStateOf(t: Ticket, asOf: LocalDateTime, settings: Settings): SlaState | null {
  const dues = dueTimesOf(t, settings);
  if (dues.responseDue === null && dues.resolveDue === null) return null;
  const withDues = { ...t, ...dues };
  if (!isOpenTicket(t)) {
    // A done ticket without a first response answered when it was resolved.
    const responded = t.firstResponseAt ?? t.resolvedAt;
    const lateResponse = dues.responseDue !== null && responded !== null && toMinutes(responded) > toMinutes(dues.responseDue);
    const lateResolve = dues.resolveDue !== null && t.resolvedAt !== null && toMinutes(t.resolvedAt) > toMinutes(dues.resolveDue);
    if (lateResponse || lateResolve) return '超时完成';
    // Finished with no resolution time (imported history): nobody can say it was on time.
    return t.resolvedAt === null ? null : '按时完成';
  }
  if (breachedSince(withDues, asOf) !== null) return '已超时';
  const now = toMinutes(asOf);
  const unmet = [t.firstResponseAt === null ? dues.responseDue : null, dues.resolveDue].filter((d): d is string => d !== null);
  const warnMinutes = settings.followUp.warningHours * 60;
  return unmet.some((d) => toMinutes(d) - now <= warnMinutes) ? '即将超时' : '正常';
}
