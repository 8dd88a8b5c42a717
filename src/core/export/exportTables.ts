/**
 * The three tables of a data export (`servicebook export --format json|jsonl|csv|parquet`):
 * tickets with their SLA outcome, Ticket_Log lines and Subtasks, each row tagged with the team
 * and the source file it came from. Column names are the canonical English keys; every column
 * has one type so Parquet can carry it (`timestamp` = workbook-local wall time).
 */
import { compileCalendar, type BusinessCalendar } from '../calendar/compileCalendar';
import type { LogEntry, Subtask } from '../schema/log';
import { TICKET_FIELDS, type Ticket, type TicketField } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import { isOverdue } from '../sla/isOverdue';
import { slaOutcome } from '../sla/slaOutcome';
import type { LocalDateTime } from '../time/localDateTime';

export type ExportType = 'string' | 'int' | 'double' | 'timestamp' | 'bool';
export type ExportValue = string | number | boolean | null;

export interface ExportColumn {
  name: string;
  type: ExportType;
}

export interface ExportTable {
  name: 'tickets' | 'ticket_log' | 'subtasks';
  columns: ExportColumn[];
  /** Row-major values in column order; timestamps as `yyyy-MM-ddTHH:mm`. */
  rows: ExportValue[][];
}

/** One input's completed rows: a working workbook, an archive, another team's workbook. */
export interface ExportSource {
  team: string;
  source: string;
  settings: Settings;
  tickets: readonly Ticket[];
  logs: readonly LogEntry[];
  subtasks: readonly Subtask[];
}

const TIMES: readonly TicketField[] = ['receivedAt', 'acceptedAt', 'responseDue', 'resolveDue', 'firstResponseAt', 'resolvedAt', 'lastUpdateAt', 'revisitDue', 'archivedAt'];

/** The type of a ticket field in an export. */
export function ticketFieldType(f: TicketField): ExportType {
  if (TIMES.includes(f)) return 'timestamp';
  if (f === 'satisfaction') return 'int';
  return 'string';
}

/** A ticket field as one export value: lists joined with 、, ratings as JSON text. */
function ticketValue(t: Ticket, f: TicketField): ExportValue {
  const v = t[f];
  if (f === 'coOwners') return (v as string[]).join('、');
  if (f === 'ratings') return Object.keys(t.ratings).length ? JSON.stringify(t.ratings) : null;
  return v as ExportValue;
}

const SOURCE_COLUMNS: ExportColumn[] = [
  { name: 'team', type: 'string' },
  { name: 'source', type: 'string' },
];

export const TICKET_COLUMNS: ExportColumn[] = [
  ...SOURCE_COLUMNS,
  ...TICKET_FIELDS.map((name) => ({ name, type: ticketFieldType(name) })),
  { name: 'extra', type: 'string' },
  { name: 'overdue', type: 'bool' },
  { name: 'firstResponseBusinessMinutes', type: 'int' },
  { name: 'resolutionBusinessMinutes', type: 'int' },
  { name: 'breachBusinessMinutes', type: 'int' },
];

export const LOG_COLUMNS: ExportColumn[] = [
  ...SOURCE_COLUMNS,
  ...(['ticketId', 'at', 'kind', 'channel', 'content', 'nextStep', 'by', 'status'] as const).map((name) => ({ name, type: name === 'at' ? ('timestamp' as const) : ('string' as const) })),
];

export const SUBTASK_COLUMNS: ExportColumn[] = [
  ...SOURCE_COLUMNS,
  ...(['ticketId', 'title', 'owner', 'status', 'due', 'dependsOn', 'needs'] as const).map((name) => ({ name, type: name === 'due' ? ('timestamp' as const) : ('string' as const) })),
];

function logsByTicket(logs: readonly LogEntry[]): Map<string, LogEntry[]> {
  const m = new Map<string, LogEntry[]>();
  for (const l of logs) {
    const xs = m.get(l.ticketId);
    if (xs) xs.push(l);
    else m.set(l.ticketId, [l]);
  }
  return m;
}

/**
 * The export tables of several sources, in source order then row order; SLA outcomes as of
 * `asOf`, each on its source's own calendar.
 * @example exportTables([{ team: 'A', source: 'a.xlsx', settings, tickets: [t], logs: [], subtasks: [] }], '2024-03-31T23:00')[0].rows[0].slice(0, 3)
 *   // ['A', 'a.xlsx', t.id]
 */
export function exportTables(sources: readonly ExportSource[], asOf: LocalDateTime): ExportTable[] {
  const tickets: ExportValue[][] = [];
  const log: ExportValue[][] = [];
  const subtasks: ExportValue[][] = [];
  for (const s of sources) {
    const cal: BusinessCalendar = compileCalendar(s.settings.calendar);
    const own = logsByTicket(s.logs);
    for (const t of s.tickets) {
      const o = slaOutcome(t, own.get(t.id) ?? [], cal, asOf);
      const extra = Object.keys(t.extra).length ? JSON.stringify(t.extra) : null;
      tickets.push([s.team, s.source, ...TICKET_FIELDS.map((f) => ticketValue(t, f)), extra, isOverdue(t, asOf), o.firstResponseBusinessMinutes, o.resolutionBusinessMinutes, o.breachBusinessMinutes]);
    }
    for (const l of s.logs) log.push([s.team, s.source, l.ticketId, l.at, l.kind, l.channel, l.content, l.nextStep, l.by, l.status]);
    for (const x of s.subtasks) subtasks.push([s.team, s.source, x.ticketId, x.title, x.owner, x.status, x.due, x.dependsOn, x.needs]);
  }
  return [
    { name: 'tickets', columns: TICKET_COLUMNS, rows: tickets },
    { name: 'ticket_log', columns: LOG_COLUMNS, rows: log },
    { name: 'subtasks', columns: SUBTASK_COLUMNS, rows: subtasks },
  ];
}
