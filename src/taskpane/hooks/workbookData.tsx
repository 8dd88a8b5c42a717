/**
 * What several tabs share about the open workbook: its status, its settings (the Config_ tables)
 * and the ticket list — fetched once and cached until a write changes it.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { HostStatus } from '../../excel/serviceBookHost';
import { isNewerSchema, type Settings } from '../../core/settings/settings';
import type { Ticket } from '../../core/schema/ticket';
import { useHost } from './hostContext';
import { useErrorText } from './useAction';

export interface WorkbookData {
  status: HostStatus | null;
  settings: Settings | null;
  loading: boolean;
  error: string | null;
  /** Re-reads status and settings (after setup or convert). */
  reload: () => Promise<void>;
  /** The tickets of the Tickets table, read once and cached. */
  tickets: () => Promise<Ticket[]>;
  /** Keeps the cache (and the ticket count, when `added`) in step after this pane wrote a ticket. */
  remember: (t: Ticket, added?: boolean) => void;
  invalidateTickets: () => void;
}

const WorkbookContext = createContext<WorkbookData | null>(null);

export function WorkbookProvider({ children }: { children: ReactNode }) {
  const host = useHost();
  const [status, setStatus] = useState<HostStatus | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const cache = useRef<Promise<Ticket[]> | null>(null);
  const errorText = useErrorText();

  const reload = useCallback(async () => {
    setLoading(true);
    setError(null);
    cache.current = null;
    try {
      const s = await host.status();
      setStatus(s);
      setSettings(s.structured ? await host.readSettings() : null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setLoading(false);
    }
  }, [host, errorText]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // Rows typed straight into the grid are completed by the host's Table.onChanged handler, when
  // the host has one (the Office.js host does); it is (re)started once the Tickets table exists.
  const structured = status?.structured === true;
  useEffect(() => {
    if (!structured || !host.watchTickets) return;
    let stop: (() => Promise<void>) | null = null;
    let alive = true;
    host
      .watchTickets(() => {
        cache.current = null;
      })
      .then(
        (f) => (alive ? (stop = f) : void f().catch(() => undefined)),
        () => undefined,
      );
    return () => {
      alive = false;
      void stop?.().catch(() => undefined);
    };
  }, [host, structured]);

  const tickets = useCallback(() => {
    if (!cache.current) {
      cache.current = host.listTickets();
      cache.current.catch(() => {
        cache.current = null;
      });
    }
    return cache.current;
  }, [host]);

  const remember = useCallback((t: Ticket, added = false) => {
    if (added) setStatus((st) => (st ? { ...st, ticketCount: st.ticketCount + 1 } : st));
    if (!cache.current) return;
    cache.current = cache.current.then((list) => {
      const i = list.findIndex((x) => x.id === t.id);
      return i < 0 ? [...list, t] : list.map((x, j) => (j === i ? t : x));
    });
  }, []);

  const invalidateTickets = useCallback(() => {
    cache.current = null;
  }, []);

  const value = useMemo(
    () => ({ status, settings, loading, error, reload, tickets, remember, invalidateTickets }),
    [status, settings, loading, error, reload, tickets, remember, invalidateTickets],
  );
  return <WorkbookContext.Provider value={value}>{children}</WorkbookContext.Provider>;
}

export function useWorkbook(): WorkbookData {
  const v = useContext(WorkbookContext);
  if (!v) throw new Error('useWorkbook outside <WorkbookProvider>');
  return v;
}

/**
 * True when a newer ServiceBook made the workbook (isNewerSchema): the pane shows it and writes
 * nothing, so every writing button is off (the host refuses the write as well).
 * @example useReadOnly() // true for a workbook whose Config_Meta says schema version 999
 */
export function useReadOnly(): boolean {
  const { status } = useWorkbook();
  return status !== null && isNewerSchema(status.schemaVersion);
}
