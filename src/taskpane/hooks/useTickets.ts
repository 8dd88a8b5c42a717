/** The cached ticket list (read once per pane session) and "now" in the workbook's time zone. */
import { useCallback, useEffect, useState } from 'react';
import type { Ticket } from '../../core/schema/ticket';
import type { Settings } from '../../core/settings/settings';
import { localNow } from '../../core/calendar/localNow';
import { useWorkbook } from './workbookData';
import { useErrorText } from './useAction';

export function useTicketList(enabled = true): { tickets: Ticket[] | null; error: string | null; refresh: () => void } {
  const wb = useWorkbook();
  const errorText = useErrorText();
  const [tickets, setTickets] = useState<Ticket[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    if (!enabled || !wb.status?.structured) return;
    let alive = true;
    wb.tickets().then(
      (list) => alive && setTickets(list),
      (e) => alive && setError(errorText(e)),
    );
    return () => {
      alive = false;
    };
  }, [enabled, wb, wb.status, version, errorText]);
  return { tickets, error, refresh };
}

/** The workbook-local time now; the zone comes from the business calendar. */
export const nowIn = (settings: Settings | null): string => localNow(settings?.calendar.timeZone ?? 'Asia/Shanghai');
