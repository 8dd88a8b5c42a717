/** Revisit (seed 002): a satisfied customer (4–5) is called back within followUp.revisitWorkingDays working days of resolution. */
import { addDuration } from '../calendar/addDuration';
import { compileCalendar } from '../calendar/compileCalendar';
import type { Ticket } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import type { LocalDateTime } from '../time/localDateTime';

export const SATISFIED_AT_OR_ABOVE = 4;

export function revisitDueOf(t: Pick<Ticket, 'satisfaction' | 'resolvedAt'>, settings: Settings): LocalDateTime | null {
  if (t.satisfaction === null || t.satisfaction < SATISFIED_AT_OR_ABOVE || t.resolvedAt === null) return null;
  return addDuration(t.resolvedAt, { amount: settings.followUp.revisitWorkingDays, unit: 'wd' }, compileCalendar(settings.calendar));
}
