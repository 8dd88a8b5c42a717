/** Seed 001: a finished ticket rated at or below followUp.reopenAtOrBelow (default 2) should be offered for reopening. */
import type { Ticket } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import { isOpenTicket } from '../sla/isOverdue';

export function shouldProposeReopen(t: Pick<Ticket, 'status' | 'satisfaction'>, settings: Settings): boolean {
  return !isOpenTicket(t) && t.satisfaction !== null && t.satisfaction <= settings.followUp.reopenAtOrBelow;
}
