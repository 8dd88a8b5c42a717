/**
 * Response and resolution due times of a ticket from the SLA rules and the business calendar.
 * Response counts from receipt; resolution from receipt, or from the last reopen (a reopened
 * ticket gets a fresh resolution clock even after a breach). Both stop while 等待客户; the response
 * clock only for pauses that began before the first response.
 */
import { toMinutes } from '../time/localDateTime';
import { addDuration } from '../calendar/addDuration';
import { compileCalendar } from '../calendar/compileCalendar';
import type { LogEntry } from '../schema/log';
import type { Ticket } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import type { LocalDateTime } from '../time/localDateTime';
import { findSlaRule } from './findSlaRule';
import { lastReopenAt, pauseIntervals } from './statusTimeline';

export interface DueTimes {
  responseDue: LocalDateTime | null;
  resolveDue: LocalDateTime | null;
}

/**
 * Null dues when receivedAt or priority is missing or no rule applies. With `asOf`, a pause
 * still running counts as ending then (the due moves on while the customer is awaited);
 * without it, a due not reached before that pause began is null (the clock is stopped).
 */
export function computeDueTimes(
  t: Pick<Ticket, 'receivedAt' | 'priority' | 'customerLevel'> & Partial<Pick<Ticket, 'firstResponseAt'>>,
  settings: Settings,
  log: readonly LogEntry[] = [],
  asOf?: LocalDateTime,
): DueTimes {
  const none: DueTimes = { responseDue: null, resolveDue: null };
  if (t.receivedAt === null || t.priority === null) return none;
  const rule = findSlaRule(t.priority, t.customerLevel, settings.sla);
  if (!rule) return none;
  const cal = compileCalendar(settings.calendar);
  const pauses = pauseIntervals(log, asOf);
  const reopen = lastReopenAt(log);
  const resolveFrom = reopen !== null && toMinutes(reopen) >= toMinutes(t.receivedAt) ? reopen : t.receivedAt;
  // Once answered, a later pause no longer concerns the response.
  const answered = t.firstResponseAt ? toMinutes(t.firstResponseAt) : Infinity;
  const responsePauses = pauses.filter((p) => toMinutes(p.from) < answered);
  return {
    responseDue: addDuration(t.receivedAt, rule.response, cal, { pauses: responsePauses }),
    resolveDue: addDuration(resolveFrom, rule.resolve, cal, { pauses }),
  };
}

/** The ticket's stored due times, or freshly computed ones when it has none yet. */
export function dueTimesOf(t: Ticket, settings: Settings, log?: readonly LogEntry[]): DueTimes {
  if (t.responseDue !== null || t.resolveDue !== null) return { responseDue: t.responseDue, resolveDue: t.resolveDue };
  return computeDueTimes(t, settings, log);
}
