/**
 * Progress cadence (seed 002: every 6 h; seed 001: 24 h): an open ticket needs a progress note
 * every followUp.progressEveryHours business hours, counted from the latest note, else from
 * acceptance, else from receipt. A ticket waiting for the customer needs none.
 */
import { toMinutes } from '../time/localDateTime';
import { addDuration } from '../calendar/addDuration';
import { compileCalendar } from '../calendar/compileCalendar';
import type { Ticket } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import { isOpenTicket } from '../sla/isOverdue';
import { PAUSE_STATUS } from '../sla/statusTimeline';
import type { LocalDateTime } from '../time/localDateTime';

type ProgressFields = Pick<Ticket, 'status' | 'lastUpdateAt' | 'acceptedAt' | 'receivedAt'>;

export function progressDueAt(t: ProgressFields, settings: Settings): LocalDateTime | null {
  if (!isOpenTicket(t) || t.status === PAUSE_STATUS) return null;
  const since = t.lastUpdateAt ?? t.acceptedAt ?? t.receivedAt;
  if (since === null) return null;
  return addDuration(since, { amount: settings.followUp.progressEveryHours, unit: 'bh' }, compileCalendar(settings.calendar));
}

/** Past the progress due time without a newer note. */
export function needsProgressUpdate(t: ProgressFields, asOf: LocalDateTime, settings: Settings): boolean {
  const due = progressDueAt(t, settings);
  return due !== null && toMinutes(asOf) > toMinutes(due);
}
