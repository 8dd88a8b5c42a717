/**
 * The reverse of the plan: settings, tickets, log lines and subtasks from the tables of a
 * structured workbook, whichever host read them. Bad cells become problems that name the sheet,
 * the row and the column; nothing throws on a supervisor's typo.
 */
import { canonicalOrSelf } from '../core/i18n/vocabulary';
import { LOG_KINDS, STATUSES, SUBTASK_STATUSES } from '../core/schema/enums';
import { SUBTASK_NEEDS, type LogEntry, type Subtask } from '../core/schema/log';
import type { Ticket } from '../core/schema/ticket';
import { isReservedNumber } from '../core/numbering/reservedNumbers';
import type { Settings } from '../core/settings/settings';
import { quotable, type Problem } from '../core/validation/problem';
import { cellText, cellToLocal } from './cells';
import { configProblemMessage, type ConfigProblemCode } from './configMessages';
import { CONFIG_TABLES, metaOf, settingsFromTables, type ConfigProblem } from './configTables';
import { columnsByHeader, missingColumnProblem } from './columnsByHeader';
import { redactTable } from './redactTable';
import { ticketsFromTable } from './ticketTable';
import type { RawCell, TableData } from './types';

export const PLAN_TABLES = ['Tickets', 'Ticket_Log', 'Subtasks', ...CONFIG_TABLES] as const;

export interface PlanTables {
  schemaVersion: number | null;
  preset: string | null;
  settings: Settings;
  tickets: Ticket[];
  /** Sheet row of each ticket. */
  ticketRows: number[];
  logs: LogEntry[];
  subtasks: Subtask[];
  /** Cells of Tickets that could not be read; secrets and unmasked contacts in Tickets, Ticket_Log and Subtasks. */
  problems: Problem[];
  /** Config, log and subtask rows that could not be used. */
  configProblems: ConfigProblem[];
  /** Tickets, Ticket_Log and Subtasks as they may be written again (through the redactor). */
  cleanTables: Map<string, TableData>;
}

/** Column keys of Ticket_Log and Subtasks, in their planned order. */
export const LOG_KEYS = ['ticketId', 'at', 'kind', 'channel', 'content', 'nextStep', 'by', 'status'] as const;
export const SUBTASK_KEYS = ['ticketId', 'title', 'owner', 'status', 'due', 'dependsOn', 'needs'] as const;

/**
 * The 0-based column of each key, found by its header in any language (-1: not there; columnsByHeader).
 * @example columnsOf({ headers: ['Time', 'Ticket No.'] } as TableData, ['ticketId', 'at']) // → [1, 0]
 */
export const columnsOf = (t: Pick<TableData, 'headers'>, keys: readonly string[]): number[] => columnsByHeader(t.headers, keys);

/** One non-empty body row: a cell by key position, its sheet row, and a problem reporter. */
interface RowReader {
  cell: (k: number) => RawCell | null;
  text: (k: number) => string;
  bad: (k: number, code: ConfigProblemCode) => void;
}

/**
 * A line whose ticket number names no ticket of the workbook is reported (the line is still read:
 * its ticket may have been archived with its number typed wrong, and the line is kept as typed).
 */
const checkTicket = (known: KnownTickets | undefined, text: (k: number) => string, bad: RowReader['bad']): void => {
  const id = text(0);
  if (known && id && !known.has(id)) bad(0, 'unknownTicket');
};

/**
 * Reports every check of a line that fails, each on its own cell; true when one did (the line is
 * not used, and stays as typed).
 * @example failed(bad, [[true, 0, 'missingTicketId'], [false, 1, 'invalidDateTime']]) // → true, one problem on column 1
 */
function failed(bad: RowReader['bad'], checks: readonly (readonly [boolean, number, ConfigProblemCode])[]): boolean {
  const fails = checks.filter(([ok]) => !ok);
  for (const [, k, code] of fails) bad(k, code);
  return fails.length > 0;
}

/** Walks the non-empty body rows of `t`, columns found by the keys' header spellings. */
function eachRow<T>(t: TableData, keys: readonly string[], problems: ConfigProblem[], read: (r: RowReader) => T | void): T[] {
  const ix = columnsOf(t, keys);
  // A column a person deleted is read as blank, and named once.
  keys.forEach((k, p) => ix[p] < 0 && problems.push(missingColumnProblem(t, k)));
  const out: T[] = [];
  t.rows.forEach((cells, i) => {
    if (cells.every((c) => c === null || c === '')) return;
    const row = t.headerRow + 1 + i;
    const cell = (k: number) => cells[ix[k]] ?? null;
    const text = (k: number) => cellText(cell(k));
    const bad = (k: number, code: ConfigProblemCode): void => {
      const params = { value: quotable(text(k)) };
      problems.push({ table: t.name, sheet: t.sheet, row, column: quotable(t.headers[ix[k]] ?? ''), value: params.value, message: configProblemMessage(code, 'zh-CN', params), code, params });
    };
    const v = read({ cell, text, bad });
    if (v) out.push(v);
  });
  return out;
}

/** The log lines of `t`; with `known` (the workbook's ticket numbers), a line naming none of them is reported too. */
export function logFromTable(t: TableData, problems: ConfigProblem[], known?: KnownTickets): LogEntry[] {
  return eachRow<LogEntry>(t, LOG_KEYS, problems, ({ cell, text, bad }) => {
    const ticketId = text(0);
    checkTicket(known, text, bad);
    const at = cellToLocal(cell(1));
    const kind = canonicalOrSelf('logKind', text(2));
    const status = canonicalOrSelf('status', text(7));
    const fails = failed(bad, [
      [Boolean(ticketId), 0, 'missingTicketId'],
      [at !== undefined, 1, 'invalidDateTime'],
      [(LOG_KINDS as readonly string[]).includes(kind), 2, 'logKind'],
      [!status || (STATUSES as readonly string[]).includes(status), 7, 'invalidStatus'],
    ]);
    if (fails || at === undefined) return;
    return {
      ticketId,
      at,
      kind: kind as LogEntry['kind'],
      channel: canonicalOrSelf('channel', text(3)),
      content: text(4),
      nextStep: text(5),
      by: text(6),
      status: (status || null) as LogEntry['status'],
    };
  });
}

/** The subtasks of `t`; with `known`, one naming no ticket of the workbook is reported too. */
export function subtasksFromTable(t: TableData, problems: ConfigProblem[], known?: KnownTickets): Subtask[] {
  return eachRow<Subtask>(t, SUBTASK_KEYS, problems, ({ cell, text, bad }) => {
    const ticketId = text(0);
    checkTicket(known, text, bad);
    const title = text(1);
    const status = canonicalOrSelf('subtaskStatus', text(3)) || '待处理';
    const due = cellToLocal(cell(4));
    const needs = canonicalOrSelf('subtaskNeeds', text(6));
    const fails = failed(bad, [
      [Boolean(ticketId), 0, 'missingTicketId'],
      [Boolean(title), 1, 'missingSubtaskTitle'],
      [(SUBTASK_STATUSES as readonly string[]).includes(status), 3, 'subtaskStatus'],
      [due !== undefined, 4, 'invalidDateTime'],
      [(SUBTASK_NEEDS as readonly string[]).includes(needs), 6, 'subtaskNeeds'],
    ]);
    if (fails || due === undefined) return;
    return { ticketId, title, owner: text(2), status: status as Subtask['status'], due, dependsOn: text(5), needs: needs as Subtask['needs'] };
  });
}

/**
 * The ticket numbers a line may name: the workbook's tickets' (as typed, trimmed) and, with the
 * workbook's numbering, the numbers its archives took (Config_Reserved).
 * @example knownTickets([{ id: ' CS1 ' }, { id: '' }]).has('CS1') === true
 */
export function knownTickets(tickets: readonly Pick<Ticket, 'id'>[], numbering?: Settings['numbering']): KnownTickets {
  const ids = new Set(tickets.map((x) => x.id.trim()).filter(Boolean));
  return { has: (id) => ids.has(id) || (numbering !== undefined && isReservedNumber(numbering, id)) };
}

/** The ticket numbers a Ticket_Log or Subtasks line may name: the table's, and archived ones. */
export interface KnownTickets {
  has(id: string): boolean;
}

/**
 * Everything a structured workbook holds. `baseFor(preset)` supplies the settings a Config
 * table falls back to (the preset's own).
 */
export function readPlanTables(tables: Map<string, TableData>, baseFor: (preset: string | null) => Settings): PlanTables {
  const meta = metaOf(tables);
  const { settings, problems: configProblems } = settingsFromTables(tables, baseFor(meta.preset));
  // Everything read from the tables we own goes through the redactor first (core/privacy).
  const privacy: Problem[] = [];
  const cleanTables = new Map<string, TableData>();
  const clean = (name: string): TableData | undefined => {
    const t = tables.get(name);
    if (!t) return undefined;
    const r = redactTable(t, { contacts: settings.masking.contacts });
    privacy.push(...r.problems);
    cleanTables.set(name, r.table);
    return r.table;
  };
  const ticketTable = clean('Tickets');
  const read = ticketTable ? ticketsFromTable(ticketTable) : { tickets: [], rows: [], problems: [] };
  const logTable = clean('Ticket_Log');
  const subTable = clean('Subtasks');
  const known = ticketTable ? knownTickets(read.tickets, settings.numbering) : undefined;
  return {
    schemaVersion: meta.schemaVersion,
    preset: meta.preset,
    settings,
    tickets: read.tickets,
    ticketRows: read.rows,
    logs: logTable ? logFromTable(logTable, configProblems, known) : [],
    subtasks: subTable ? subtasksFromTable(subTable, configProblems, known) : [],
    problems: [...read.problems, ...privacy].sort((a, b) => a.row - b.row),
    configProblems,
    cleanTables,
  };
}
