/**
 * The reverse of the plan: settings, tickets, log lines and subtasks from the tables of a
 * structured workbook, whichever host read them. Bad cells become problems that name the sheet,
 * the row and the column; nothing throws on a supervisor's typo.
 */
import { LOG_KINDS, STATUSES, SUBTASK_STATUSES } from '../core/schema/enums';
import { SUBTASK_NEEDS, type LogEntry, type Subtask } from '../core/schema/log';
import type { Ticket } from '../core/schema/ticket';
import type { Settings } from '../core/settings/settings';
import type { Problem } from '../core/validation/problem';
import { cellText, cellToLocal } from './cells';
import { CONFIG_TABLES, metaOf, settingsFromTables, type ConfigProblem } from './configTables';
import { headerSpellings } from './labels';
import { ticketsFromTable } from './ticketTable';
import type { TableData } from './types';

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
  /** Cells of Tickets that could not be read. */
  problems: Problem[];
  /** Config, log and subtask rows that could not be used. */
  configProblems: ConfigProblem[];
}

function indexOf(t: TableData, key: string, pos: number): number {
  const sp = headerSpellings(key);
  const i = t.headers.findIndex((h) => sp.includes(h.trim()));
  return i >= 0 ? i : pos;
}

export function logFromTable(t: TableData, problems: ConfigProblem[]): LogEntry[] {
  const keys = ['ticketId', 'at', 'kind', 'channel', 'content', 'nextStep', 'by', 'status'];
  const ix = keys.map((k, p) => indexOf(t, k, p));
  const out: LogEntry[] = [];
  t.rows.forEach((cells, i) => {
    const g = (k: number) => cells[ix[k]] ?? null;
    if (cells.every((c) => c === null || c === '')) return;
    const row = t.headerRow + 1 + i;
    const bad = (k: number, message: string): void => {
      problems.push({ table: t.name, sheet: t.sheet, row, column: t.headers[ix[k]] ?? '', value: cellText(g(k)), message });
    };
    const ticketId = cellText(g(0));
    const at = cellToLocal(g(1));
    const kind = cellText(g(2));
    const status = cellText(g(7));
    if (!ticketId) return bad(0, '缺少工单编号');
    if (at === undefined) return bad(1, '不是有效的日期时间');
    if (!(LOG_KINDS as readonly string[]).includes(kind)) return bad(2, `应为 ${LOG_KINDS.join('、')} 之一`);
    if (status && !(STATUSES as readonly string[]).includes(status)) return bad(7, '不是有效的处理状态');
    out.push({
      ticketId,
      at,
      kind: kind as LogEntry['kind'],
      channel: cellText(g(3)),
      content: cellText(g(4)),
      nextStep: cellText(g(5)),
      by: cellText(g(6)),
      status: (status || null) as LogEntry['status'],
    });
  });
  return out;
}

export function subtasksFromTable(t: TableData, problems: ConfigProblem[]): Subtask[] {
  const keys = ['ticketId', 'title', 'owner', 'status', 'due', 'dependsOn', 'needs'];
  const ix = keys.map((k, p) => indexOf(t, k, p));
  const out: Subtask[] = [];
  t.rows.forEach((cells, i) => {
    const g = (k: number) => cells[ix[k]] ?? null;
    if (cells.every((c) => c === null || c === '')) return;
    const row = t.headerRow + 1 + i;
    const bad = (k: number, message: string): void => {
      problems.push({ table: t.name, sheet: t.sheet, row, column: t.headers[ix[k]] ?? '', value: cellText(g(k)), message });
    };
    const ticketId = cellText(g(0));
    const title = cellText(g(1));
    const status = cellText(g(3)) || '待处理';
    const due = cellToLocal(g(4));
    const needs = cellText(g(6));
    if (!ticketId) return bad(0, '缺少工单编号');
    if (!title) return bad(1, '缺少子任务内容');
    if (!(SUBTASK_STATUSES as readonly string[]).includes(status)) return bad(3, `应为 ${SUBTASK_STATUSES.join('、')} 之一`);
    if (due === undefined) return bad(4, '不是有效的日期时间');
    if (!(SUBTASK_NEEDS as readonly string[]).includes(needs)) return bad(6, `应为 ${SUBTASK_NEEDS.filter(Boolean).join('、')} 或留空`);
    out.push({ ticketId, title, owner: cellText(g(2)), status: status as Subtask['status'], due, dependsOn: cellText(g(5)), needs: needs as Subtask['needs'] });
  });
  return out;
}

/**
 * Everything a structured workbook holds. `baseFor(preset)` supplies the settings a Config
 * table falls back to (the preset's own).
 */
export function readPlanTables(tables: Map<string, TableData>, baseFor: (preset: string | null) => Settings): PlanTables {
  const meta = metaOf(tables);
  const { settings, problems: configProblems } = settingsFromTables(tables, baseFor(meta.preset));
  const ticketTable = tables.get('Tickets');
  const read = ticketTable ? ticketsFromTable(ticketTable) : { tickets: [], rows: [], problems: [] };
  const logTable = tables.get('Ticket_Log');
  const subTable = tables.get('Subtasks');
  return {
    schemaVersion: meta.schemaVersion,
    preset: meta.preset,
    settings,
    tickets: read.tickets,
    ticketRows: read.rows,
    logs: logTable ? logFromTable(logTable, configProblems) : [],
    subtasks: subTable ? subtasksFromTable(subTable, configProblems) : [],
    problems: read.problems,
    configProblems,
  };
}
