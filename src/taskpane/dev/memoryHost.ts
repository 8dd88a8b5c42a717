/**
 * An in-memory ServiceBookHost over the core rules, for developing the pane without Excel
 * (a webpack build with SERVICEBOOK_HOST=memory uses it) and for the pane's own tests.
 * It is not the product: the add-in uses src/excel's Office.js host.
 */
import type { CheckReport, HostStatus, ServiceBookHost, SheetDetection, TicketChange, TicketRef, TicketWithHistory } from '../../excel/serviceBookHost';
import { HostError } from '../../excel/errors';
import { checkLists } from '../../excel/checks';
import { calendarYearProblems } from '../../workbook/calendarYears';
import type { Ticket } from '../../core/schema/ticket';
import type { LogEntry, Subtask } from '../../core/schema/log';
import type { Settings } from '../../core/settings/settings';
import type { Locale } from '../../core/schema/fieldMeta';
import { getPreset } from '../../core/presets/index';
import { completeTicket } from '../../core/engine/completeTicket';
import { createNumberAllocator } from '../../core/numbering/nextTicketNumber';
import { numbersInUse } from '../../core/numbering/reservedNumbers';
import { validateTickets } from '../../core/validation/validateTicket';
import { computeStats } from '../../core/stats/computeStats';
import { localNow } from '../../core/calendar/localNow';

export interface MemoryHostOptions {
  locale?: Locale;
  tickets?: Ticket[];
  presetId?: string;
  /** Fixed "now" for reproducible runs. */
  asOf?: string;
}

export function createMemoryHost(opts: MemoryHostOptions = {}): ServiceBookHost & { tickets: Ticket[]; log: LogEntry[]; selected: number | null } {
  let settings: Settings | null = opts.presetId ? getPreset(opts.presetId).settings : null;
  const tickets: Ticket[] = [...(opts.tickets ?? [])];
  const log: LogEntry[] = [];
  let subtasks: Subtask[] = [];
  const now = () => opts.asOf ?? localNow(settings?.calendar.timeZone ?? 'Asia/Shanghai');
  const need = (): Settings => {
    if (!settings) throw new HostError('noTicketsTable');
    return settings;
  };
  const host = {
    tickets,
    log,
    selected: null as number | null,
    async status(): Promise<HostStatus> {
      return { structured: settings !== null, schemaVersion: settings ? settings.schemaVersion : null, preset: settings?.preset ?? null, ticketCount: tickets.length, missing: [] };
    },
    displayLocale: () => opts.locale ?? 'zh-CN',
    readSettings: async () => need(),
    async setupWorkbook(presetId: string, onProgress?: (d: number, t: number, s: string) => void) {
      onProgress?.(0, 1, 'setup');
      settings = getPreset(presetId).settings;
      onProgress?.(1, 1, 'setup');
      return { renamed: [], skipped: [] };
    },
    async detectCurrentSheet(): Promise<SheetDetection> {
      return { sheetName: 'Sheet1', guess: null, presetGuess: { id: 'standard', confidence: 0 }, preview: [] };
    },
    async convertCurrentSheet() {
      return { imported: 0, numbered: 0, problems: [], redactions: 0, unmapped: [], renamed: [], skipped: [] };
    },
    listTickets: async () => [...tickets],
    async addTicket(draft: Ticket, by: string) {
      const s = need();
      const at = now();
      const t = completeTicket(draft, { settings: s, asOf: at, allocator: createNumberAllocator(s.numbering.pattern, numbersInUse(s.numbering, tickets.map((x) => x.id))) });
      tickets.push(t);
      log.push({ ticketId: t.id, at: t.receivedAt ?? at, kind: '受理', channel: t.channel, content: t.subject || t.description.slice(0, 60), nextStep: '', by, status: t.status });
      host.selected = tickets.length - 1;
      return t;
    },
    async readSelectedTicket(): Promise<TicketWithHistory | null> {
      const i = host.selected;
      if (i === null || !tickets[i]) return null;
      const t = tickets[i];
      return { ticket: t, row: i + 1, log: log.filter((l) => l.ticketId === t.id), subtasks: subtasks.filter((x) => x.ticketId === t.id) };
    },
    async updateTicket(ref: TicketRef, change: TicketChange, by: string) {
      const s = need();
      const id = ref.id;
      const hits = tickets.flatMap((t, k) => (t.id === id ? [k] : []));
      if (!hits.length) throw new HostError('ticketNotFound', { id });
      if (hits.length > 1) throw new HostError('ambiguousNumber', { id, rows: hits.map((k) => k + 2).join(', ') });
      const i = hits[0];
      const at = now();
      const mine = log.filter((l) => l.ticketId === id);
      const statusChanged = change.fields.status !== undefined && change.fields.status !== tickets[i].status;
      if (change.note || statusChanged) {
        const note = change.note ?? { kind: '变更' as const, content: `${tickets[i].status ?? ''} → ${change.fields.status}`, channel: '', nextStep: '' };
        const line: LogEntry = { ticketId: id, at, by, status: statusChanged ? change.fields.status ?? null : null, ...note };
        log.push(line);
        mine.push(line);
      }
      tickets[i] = completeTicket({ ...tickets[i], ...change.fields }, { settings: s, asOf: at, log: mine });
      return tickets[i];
    },
    async saveSubtasks(ticketId: string, list: Subtask[]) {
      subtasks = [...subtasks.filter((x) => x.ticketId !== ticketId), ...list];
    },
    async checkRows(): Promise<CheckReport> {
      const s = need();
      const at = now();
      // The same lists and notes as the Office.js host (src/excel/checks.ts, workbook/calendarYears.ts).
      return {
        asOf: at,
        problems: validateTickets(tickets, s, 2),
        completed: 0,
        renumbered: [],
        ...checkLists(tickets, log, s, at),
        configProblems: calendarYearProblems(tickets, s.calendar),
      };
    },
    async selectCell(row: number) {
      host.selected = row - 2;
    },
    async refreshStats(period: Parameters<ServiceBookHost['refreshStats']>[0]) {
      return computeStats(tickets, { period, asOf: now(), settings: need(), log });
    },
  };
  return host;
}
