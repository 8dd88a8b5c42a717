/**
 * Whether a row still holds the ticket the agent loaded: the same number, received at the same
 * time, for the same customer. Two co-authors can give two tickets the same number; the time and
 * customer tell them apart until 检查 renumbers the later one.
 */
import type { Ticket } from '../schema/ticket';

/** What identifies a ticket's row between reading it and writing it. */
export type TicketRef = Pick<Ticket, 'id' | 'receivedAt' | 'customerName'>;

/**
 * @example sameTicket({ id: 'CS1', receivedAt: '2024-05-08T09:00', customerName: '王*' }, { id: 'CS1', receivedAt: '2024-05-08T09:00', customerName: '李*' }) // false
 */
export function sameTicket(a: TicketRef, b: TicketRef): boolean {
  return a.id.trim() === b.id.trim() && (a.receivedAt ?? null) === (b.receivedAt ?? null) && a.customerName.trim() === b.customerName.trim();
}
