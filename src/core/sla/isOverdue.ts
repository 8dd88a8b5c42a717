/**
 * Overdue: the rule described once in `overdueRule.ts`, evaluated for one ticket. A response is
 * met only by a first response at or before its due: a late response leaves the ticket breached
 * (as helpdesks report it) until it is done. An unknown response time is not late; a ticket
 * waiting for the customer is not overdue.
 */
import { toMinutes } from '../time/localDateTime';
import { isOpenStatus } from '../schema/enums';
import type { Ticket } from '../schema/ticket';
import type { LocalDateTime } from '../time/localDateTime';
import { evaluateRule, OVERDUE_RULE, UNANSWERED_STATUS, type RuleTicket } from './overdueRule';

const after = (a: LocalDateTime, b: LocalDateTime): boolean => toMinutes(a) > toMinutes(b);

/**
 * A ticket without a status counts as open.
 * @example isOpenTicket({ status: '等待客户' }) // true
 */
export const isOpenTicket = (t: Pick<Ticket, 'status'>): boolean => t.status === null || isOpenStatus(t.status);

/**
 * The first response, if any, came after its due.
 * @example respondedLate({ responseDue: '2024-05-09T16:30', firstResponseAt: '2024-05-09T16:31' }) // true
 */
export const respondedLate = (t: Pick<Ticket, 'responseDue' | 'firstResponseAt'>): boolean =>
  t.responseDue !== null && t.firstResponseAt !== null && after(t.firstResponseAt, t.responseDue);

/**
 * The earliest due time the ticket has passed without meeting it (open or not), or null. A
 * response due counts only while the ticket is 待受理 with no response, or was answered late.
 * @example breachedSince({ status: '待受理', responseDue: '2024-05-09T16:30', resolveDue: null, firstResponseAt: null }, '2024-05-10T09:00') // '2024-05-09T16:30'
 */
export function breachedSince(t: RuleTicket, asOf: LocalDateTime): LocalDateTime | null {
  const missed: LocalDateTime[] = [];
  const unanswered = t.status === UNANSWERED_STATUS && t.firstResponseAt === null;
  if (t.responseDue !== null && after(asOf, t.responseDue) && (unanswered || respondedLate(t))) missed.push(t.responseDue);
  if (t.resolveDue !== null && after(asOf, t.resolveDue)) missed.push(t.resolveDue);
  return missed.length ? missed.reduce((a, b) => (after(a, b) ? b : a)) : null;
}

/**
 * Open, its clock running, and past a due it did not meet (OVERDUE_RULE).
 * @example isOverdue({ status: '等待客户', responseDue: '2024-05-09T16:30', resolveDue: null, firstResponseAt: null }, '2024-05-10T09:00') // false
 */
export function isOverdue(t: RuleTicket, asOf: LocalDateTime): boolean {
  return evaluateRule(OVERDUE_RULE, t, { now: asOf, warningHours: 0 });
}
