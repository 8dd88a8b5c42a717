/**
 * Overdue: an open ticket past a due time it has not met. A response is met only by a first
 * response at or before its due: a late response leaves the ticket breached (as helpdesks
 * report it) until it is done.
 */
import { toMinutes } from '../time/localDateTime';
import { isOpenStatus } from '../schema/enums';
import type { Ticket } from '../schema/ticket';
import type { LocalDateTime } from '../time/localDateTime';

type DueFields = Pick<Ticket, 'status' | 'responseDue' | 'resolveDue' | 'firstResponseAt'>;

const after = (a: LocalDateTime, b: LocalDateTime): boolean => toMinutes(a) > toMinutes(b);

/** A ticket without a status counts as open. */
export const isOpenTicket = (t: Pick<Ticket, 'status'>): boolean => t.status === null || isOpenStatus(t.status);

/** The first response, if any, came after its due. */
export const respondedLate = (t: Pick<Ticket, 'responseDue' | 'firstResponseAt'>): boolean =>
  t.responseDue !== null && t.firstResponseAt !== null && after(t.firstResponseAt, t.responseDue);

/** The earliest due time the ticket has passed without meeting it (open or not), or null. */
export function breachedSince(t: DueFields, asOf: LocalDateTime): LocalDateTime | null {
  const missed: LocalDateTime[] = [];
  if (t.responseDue !== null && after(asOf, t.responseDue) && (t.firstResponseAt === null || respondedLate(t))) {
    missed.push(t.responseDue);
  }
  if (t.resolveDue !== null && after(asOf, t.resolveDue)) missed.push(t.resolveDue);
  return missed.length ? missed.reduce((a, b) => (after(a, b) ? b : a)) : null;
}

/** Open and past responseDue without a timely first response, or past resolveDue. */
export function isOverdue(t: DueFields, asOf: LocalDateTime): boolean {
  return isOpenTicket(t) && breachedSince(t, asOf) !== null;
}
