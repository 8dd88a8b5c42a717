/** Registering a ticket: the host write, plus the cached list for history and numbering. */
import type { Ticket } from '../../core/schema/ticket';
import { useHost } from './hostContext';
import { useAction } from './useAction';
import { useTicketList } from './useTickets';
import { useWorkbook } from './workbookData';

/** `started`: the agent has begun a ticket, so the list is worth reading. */
export function useNewTicket(started = true) {
  const host = useHost();
  const wb = useWorkbook();
  const list = useTicketList(started);
  const add = useAction(async (_p, draft: Ticket, by: string) => {
    const saved = await host.addTicket(draft, by);
    wb.remember(saved, true);
    list.refresh();
    return saved;
  });
  return { settings: wb.settings, status: wb.status, tickets: list.tickets, listError: list.error, add };
}
