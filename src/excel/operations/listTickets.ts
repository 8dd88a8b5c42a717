/** The ticket list (customer history, number preview). */
import type { Ticket } from '../../core/schema/ticket';
import type { Session } from '../session';
import { loadState } from '../workbookState';
import { ticketsOf } from './ticketRows';

export async function listTickets(s: Session): Promise<Ticket[]> {
  return ticketsOf(await loadState(s, { Tickets: 'all' })).rows.map((r) => r.ticket);
}
