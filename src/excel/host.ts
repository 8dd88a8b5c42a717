/**
 * The Office.js implementation of ServiceBookHost. Each operation is one Excel.run whose syncs
 * are a fixed few plus one per block of a large read or write; all rules come from src/core and
 * the workbook layout from src/workbook — this file only moves data.
 */
import { localNow } from '../core/calendar/localNow';
import { completeTable, groupLogsByTicket } from '../core/engine/completeTable';
import { completeTicket } from '../core/engine/completeTicket';
import { applyStatusChange } from '../core/engine/applyStatusChange';
import { recognizeTable } from '../core/headers/recognizeTable';
import type { TableGuess } from '../core/headers/types';
import { createNumberAllocator } from '../core/numbering/nextTicketNumber';
import { numbersInUse } from '../core/numbering/reservedNumbers';
import { formatTicketNumber } from '../core/numbering/pattern';
import { detectPreset, getPreset } from '../core/presets';
import { maskContact } from '../core/privacy/maskContact';
import { FIELD_META, LOCALES, type Locale } from '../core/schema/fieldMeta';
import type { LogEntry, Subtask } from '../core/schema/log';
import type { Ticket, TicketField } from '../core/schema/ticket';
import type { Settings } from '../core/settings/settings';
import { computeStats, type StatsReport } from '../core/stats/computeStats';
import { periodContaining, type Period } from '../core/stats/period';
import type { LocalDateTime } from '../core/time/localDateTime';
import { SHEET_NAMES } from '../workbook/labels';
import { buildWorkbookPlan, type ImportReportEntry } from '../workbook/plan';
import { importReportOf, readSource } from '../workbook/readSource';
import { logFromTable, subtasksFromTable } from '../workbook/readPlan';
import { ticketsFromTable } from '../workbook/ticketTable';
import type { RawCell, TableData, WorkbookPlan } from '../workbook/types';
import { applyPlan } from './applyPlan';
import { BlockWriter } from './blockWriter';
import { rawOf, ticketRowFor } from './cellValues';
import { checkLists, checkProblems, type RowTicket } from './checks';
import { readBody } from './readTables';
import { checkCapabilities, officeIsSetSupported, type Capabilities, type IsSetSupported } from './requirements';
import { appendRows, logRow, subtaskRow, writeChangedCells } from './rowWrites';
import type { CheckReport, HostStatus, ImportSummary, Progress, ServiceBookHost, SheetDetection, TicketChange, TicketWithHistory } from './serviceBookHost';
import { globalExcelRun, Session, type ExcelRun, type SyncCounts } from './session';
import { loadState, readRows, type LargeShape, type WorkbookState } from './workbookState';

export interface ExcelHostOptions {
  run?: ExcelRun;
  isSetSupported?: IsSetSupported;
  /** The clock (tests fix it). */
  now?: () => Date;
  /** Display language; default Office.context.displayLanguage. */
  language?: string;
}

/** ServiceBookHost plus what only the Office.js host has. */
export interface ExcelHost extends ServiceBookHost {
  capabilities(): Capabilities;
  /** Syncs of the last finished operation (tests assert they stay constant as rows grow). */
  lastSyncs(): SyncCounts;
  watchTickets(onCompleted?: (r: { completed: number; renumbered: number }) => void): Promise<() => Promise<void>>;
}

export function localeOf(language: string | undefined): Locale {
  const l = (language ?? '').toLowerCase();
  if (/^zh-(tw|hk|mo|hant)/.test(l)) return 'zh-TW';
  if (l.startsWith('zh')) return 'zh-CN';
  if (l) return 'en-US';
  return 'zh-CN';
}

/** Who the log lines written by a check (受理 of a numbered row, an unseen status change) are by. */
const RECORD_AS = 'ServiceBook';

const emptyChecks = (asOf: LocalDateTime): CheckReport => ({ asOf, problems: [], completed: 0, renumbered: [], overdue: [], dueSoon: [], escalated: [], needsProgress: [], revisitsDue: [] });

export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const run = options.run ?? globalExcelRun;
  const isSupported = options.isSetSupported ?? officeIsSetSupported;
  const now = options.now ?? (() => new Date());
  const language = (): string | undefined => options.language ?? (typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined);
  let last: SyncCounts = { syncs: 0, blockSyncs: 0 };
  let caps: Capabilities | null = null;
  const capabilities = (): Capabilities => (caps ??= checkCapabilities(isSupported, localeOf(language())));

  /** One operation: an Excel.run with a counted session. */
  async function op<T>(f: (s: Session) => Promise<T>): Promise<T> {
    if (!capabilities().base) throw new Error(capabilities().missing[0]?.feature ?? 'ExcelApi 1.7');
    return run(async (context) => {
      const s = new Session(context);
      try {
        return await f(s);
      } finally {
        last = { ...s.counts };
      }
    });
  }

  const asOfFor = (settings: Settings): LocalDateTime => localNow(settings.calendar.timeZone, now());

  /** The locale the workbook was set up in (its Tickets sheet name), else the display language. */
  const workbookLocale = (state: WorkbookState): Locale => {
    const sheet = state.shapes.Tickets?.sheet;
    return LOCALES.find((l) => SHEET_NAMES.tickets[l] === sheet) ?? localeOf(language());
  };

  const ticketsOf = (state: WorkbookState): { rows: RowTicket[]; problems: ReturnType<typeof ticketsFromTable>['problems'] } => {
    const data = state.data.Tickets;
    if (!data) return { rows: [], problems: [] };
    const r = ticketsFromTable(data);
    return { rows: r.tickets.map((ticket, i) => ({ ticket, row: r.rows[i], index: r.rows[i] - data.headerRow - 1 })), problems: r.problems };
  };
  const logsOf = (state: WorkbookState): LogEntry[] => (state.data.Ticket_Log ? logFromTable(state.data.Ticket_Log, []) : []);

  function planFor(settings: Settings, locale: Locale, tickets: Ticket[], logs: LogEntry[], subtasks: Subtask[], stats: StatsReport, report?: ImportReportEntry[]): WorkbookPlan {
    let example = '';
    try {
      example = formatTicketNumber(settings.numbering.pattern, stats.asOf, 1);
    } catch {
      example = '';
    }
    return buildWorkbookPlan({ settings, locale, tickets, logs, subtasks, stats, fixedAsOf: null, importReport: report, numberingExample: example });
  }

  /** Reads the used part of the active sheet from A1, block by block. */
  async function readActiveGrid(s: Session): Promise<{ sheet: string; grid: unknown[][] }> {
    const ws = s.workbook.worksheets.getActiveWorksheet().load('name');
    const used = ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
    await s.sync();
    if (used.isNullObject) return { sheet: ws.name, grid: [] };
    const rows = used.rowIndex + used.rowCount;
    const cols = used.columnIndex + used.columnCount;
    const grid = await readBody(s, { name: ws.name, sheet: ws.name, headerRow: 0, firstColumn: 1, headers: Array(cols).fill(''), bodyRows: rows });
    return { sheet: ws.name, grid };
  }

  async function writeTicketChanges(s: Session, state: WorkbookState, changed: { index: number; ticket: Ticket }[], newLog: LogEntry[]): Promise<number> {
    const shape = state.shapes.Tickets!;
    const writer = new BlockWriter(s);
    let n = 0;
    for (const c of changed) {
      const prev = state.data.Tickets?.rows[c.index] ?? [];
      if (await writeChangedCells(writer, s, shape, c.index, prev, ticketRowFor(c.ticket, shape.headers))) n++;
    }
    const logShape = state.shapes.Ticket_Log;
    if (logShape && newLog.length) await appendRows(writer, s, logShape, newLog.map((l) => logRow(logShape.headers, l)));
    await writer.finish();
    return n;
  }

  async function check(s: Session, onProgress?: Progress): Promise<CheckReport> {
    const state = await loadState(s, { Tickets: 'all', Ticket_Log: 'all' }, onProgress);
    const asOf = asOfFor(state.settings);
    if (!state.structured) return emptyChecks(asOf);
    const { rows, problems: cellProblems } = ticketsOf(state);
    const logs = logsOf(state);
    const allIds = state.ids.Tickets ?? [];
    const out = completeTable(rows, logs, { settings: state.settings, asOf, allIds, usedIds: state.ids.Ticket_Log, recordAs: RECORD_AS });
    const changed = out.completed.filter((c) => JSON.stringify(c.ticket) !== JSON.stringify(c.before));
    onProgress?.(0, 1, 'write');
    const written = await writeTicketChanges(s, state, changed, out.newLog);
    const tickets = out.completed.map((c) => c.ticket);
    const allLogs = [...logs, ...out.newLog];
    return {
      asOf,
      problems: [...cellProblems, ...checkProblems(out.completed, state.settings)].sort((a, b) => a.row - b.row),
      completed: written,
      renumbered: out.renumbered,
      ...checkLists(tickets, allLogs, state.settings, asOf),
    };
  }

  async function findTicket(s: Session, state: WorkbookState, id: string): Promise<{ index: number; cells: unknown[]; ticket: Ticket } | null> {
    const index = (state.ids.Tickets ?? []).indexOf(id.trim());
    const shape = state.shapes.Tickets;
    if (index < 0 || !shape) return null;
    const cells = (await readRows(s, shape, [index])).get(index)!;
    const table: TableData = { name: 'Tickets', sheet: shape.sheet, headerRow: shape.headerRow, headers: shape.headers, rows: [cells.map(rawOf)] };
    const ticket = ticketsFromTable(table).tickets[0];
    return ticket ? { index, cells, ticket } : null;
  }

  async function rowsOfTicket(s: Session, state: WorkbookState, table: 'Ticket_Log' | 'Subtasks', id: string): Promise<TableData | null> {
    const shape = state.shapes[table];
    const ids = state.ids[table];
    if (!shape || !ids) return null;
    const idx = ids.flatMap((x, i) => (x === id ? [i] : []));
    const rows = await readRows(s, shape, idx);
    return { name: table, sheet: shape.sheet, headerRow: shape.headerRow, headers: shape.headers, rows: idx.map((i) => rows.get(i)!.map(rawOf)) };
  }

  const host: ExcelHost = {
    capabilities,
    lastSyncs: () => last,

    displayLocale: () => localeOf(language()),

    status: () =>
      op(async (s) => {
        const state = await loadState(s, {});
        const t = state.shapes.Tickets;
        return {
          structured: state.structured,
          schemaVersion: state.schemaVersion,
          preset: state.preset,
          ticketCount: t ? (t.placeholderOnly ? 0 : t.bodyRows) : 0,
          missing: capabilities().missing,
        } satisfies HostStatus;
      }),

    readSettings: () => op(async (s) => (await loadState(s, {})).settings),

    setupWorkbook: (presetId, onProgress) =>
      op(async (s) => {
        const state = await loadState(s, {});
        if (state.structured && !state.shapes.Tickets?.placeholderOnly) throw new Error('此工作簿已有 ServiceBook 工单表，不能重新初始化（请新建工作簿）。');
        const settings = getPreset(presetId).settings;
        const asOf = asOfFor(settings);
        const stats = computeStats([], { period: periodContaining('week', asOf), asOf, settings });
        await applyPlan(s, planFor(settings, localeOf(language()), [], [], [], stats), { caps: capabilities(), onProgress });
      }),

    detectCurrentSheet: () =>
      op(async (s) => {
        const { sheet, grid } = await readActiveGrid(s);
        const guess = recognizeTable(grid);
        const headers = guess ? guess.columns.map((c) => c.header) : [];
        const start = guess ? guess.headerRow : 0;
        return { sheetName: sheet, guess, presetGuess: detectPreset(headers), preview: grid.slice(start, start + 6) } satisfies SheetDetection;
      }),

    convertCurrentSheet: (guess: TableGuess, presetId: string, onProgress?: Progress) =>
      op(async (s) => {
        const state = await loadState(s, {});
        if (state.structured) throw new Error('此工作簿已有 ServiceBook 工单表；请在新工作簿中转换。');
        const { sheet, grid } = await readActiveGrid(s);
        const { settings, result } = readSource(grid, guess, presetId, sheet);
        const asOf = asOfFor(settings);
        // The same table rule as the command line: later duplicates renumbered, rows numbered,
        // log lines parsed before numbering re-attached.
        const rows = result.tickets.map((ticket, index) => ({ index, row: result.sourceRows[index] ?? index + 2, ticket }));
        const done = completeTable(rows, result.logs, { settings, asOf, progressFromLog: true });
        const tickets = done.completed.map((c) => c.ticket);
        const logs = done.logs;
        const numbered = result.tickets.filter((t) => !t.id).length;
        const stats = computeStats(tickets, { period: periodContaining('week', asOf), asOf, settings, log: logs });
        const report = importReportOf(result, done.renumbered);
        const plan = planFor(settings, localeOf(language()), tickets, logs, [], stats, report);
        // The source sheet is never overwritten: rename it when a plan sheet has its name.
        if (plan.sheets.some((p) => p.name === sheet)) {
          s.workbook.worksheets.getItem(sheet).name = `${sheet}（原表）`;
        }
        await applyPlan(s, plan, { caps: capabilities(), onProgress });
        return { imported: tickets.length, numbered, problems: result.problems, redactions: result.redactions.length, unmapped: result.unmapped } satisfies ImportSummary;
      }),

    listTickets: () =>
      op(async (s) => {
        const state = await loadState(s, { Tickets: 'all' });
        return ticketsOf(state).rows.map((r) => r.ticket);
      }),

    addTicket: (draft: Ticket, by: string) =>
      op(async (s) => {
        const state = await loadState(s, { Tickets: 'ids', Ticket_Log: 'ids' });
        const shape = state.shapes.Tickets;
        if (!shape) throw new Error('工作簿中没有 Tickets 表，请先在「开始」中初始化。');
        const { settings } = state;
        const asOf = asOfFor(settings);
        // A deleted row's number lives on in Ticket_Log: handing it out again would give the new
        // ticket the old one's history, so the log's numbers count as used too, like the numbers
        // of archived tickets (Config_Reserved).
        const ids = numbersInUse(settings.numbering, state.ids.Tickets ?? [], state.ids.Ticket_Log ?? []);
        const taken = new Set(ids);
        const base: Ticket = {
          ...draft,
          // A number someone else already used is never reused: the engine gives a new one.
          id: draft.id && !taken.has(draft.id.trim()) ? draft.id.trim() : '',
          receivedAt: draft.receivedAt ?? asOf,
          contact: settings.masking.contacts ? maskContact(draft.contact) : draft.contact,
        };
        const allocator = createNumberAllocator(settings.numbering.pattern, ids);
        const first: LogEntry = { ticketId: '', at: asOf, kind: '受理', channel: base.channel, content: base.subject || base.description.slice(0, 80), nextStep: base.followUp, by, status: base.status ?? settings.initialStatus };
        const ticket = completeTicket(base, { settings, asOf, allocator, log: [first] });
        const writer = new BlockWriter(s);
        await appendRows(writer, s, shape, [ticketRowFor(ticket, shape.headers)]);
        const logShape = state.shapes.Ticket_Log;
        if (logShape) await appendRows(writer, s, logShape, [logRow(logShape.headers, { ...first, ticketId: ticket.id, status: ticket.status })]);
        await writer.finish();
        return ticket;
      }),

    readSelectedTicket: () =>
      op(async (s) => {
        const sel = s.workbook.getSelectedRange().load('rowIndex');
        const selSheet = s.workbook.getSelectedRange().worksheet.load('name');
        await s.sync();
        const state = await loadState(s, { Ticket_Log: 'ids', Subtasks: 'ids' });
        const shape = state.shapes.Tickets;
        if (!shape || selSheet.name !== shape.sheet) return null;
        const index = sel.rowIndex - shape.headerRow;
        if (index < 0 || index >= shape.bodyRows || shape.placeholderOnly) return null;
        const cells = (await readRows(s, shape, [index])).get(index)!;
        const ticket = ticketsFromTable({ name: 'Tickets', sheet: shape.sheet, headerRow: shape.headerRow, headers: shape.headers, rows: [cells.map(rawOf)] }).tickets[0];
        if (!ticket) return null;
        const logData = await rowsOfTicket(s, state, 'Ticket_Log', ticket.id);
        const subData = await rowsOfTicket(s, state, 'Subtasks', ticket.id);
        return {
          ticket,
          row: index + 1,
          log: logData ? logFromTable(logData, []) : [],
          subtasks: subData ? subtasksFromTable(subData, []) : [],
        } satisfies TicketWithHistory;
      }),

    updateTicket: (id: string, change: TicketChange, by: string) =>
      op(async (s) => {
        const state = await loadState(s, { Tickets: 'ids', Ticket_Log: 'ids' });
        const found = await findTicket(s, state, id);
        if (!found) throw new Error(`找不到工单 ${id}。`);
        const logData = await rowsOfTicket(s, state, 'Ticket_Log', found.ticket.id);
        const oldLog = logData ? logFromTable(logData, []) : [];
        const { settings } = state;
        const asOf = asOfFor(settings);
        const { status, ...fields } = change.fields;
        let t: Ticket = { ...found.ticket, ...fields, id: found.ticket.id };
        if (fields.contact !== undefined && settings.masking.contacts) t.contact = maskContact(t.contact);
        const lines: LogEntry[] = [];
        if (status && status !== found.ticket.status) {
          const r = applyStatusChange(t, status, asOf, settings, { by });
          t = r.ticket;
          lines.push(r.log);
        }
        if (change.note && change.note.content.trim()) {
          lines.push({ ticketId: t.id, at: asOf, kind: change.note.kind, channel: change.note.channel, content: change.note.content, nextStep: change.note.nextStep, by, status: null });
          t = { ...t, progress: change.note.content, lastUpdateAt: asOf };
        }
        t = completeTicket(t, { settings, asOf, log: [...oldLog, ...lines] });
        const writer = new BlockWriter(s);
        await writeChangedCells(writer, s, state.shapes.Tickets!, found.index, found.cells, ticketRowFor(t, state.shapes.Tickets!.headers));
        const logShape = state.shapes.Ticket_Log;
        if (logShape && lines.length) await appendRows(writer, s, logShape, lines.map((l) => logRow(logShape.headers, { ...l, ticketId: t.id })));
        await writer.finish();
        return t;
      }),

    saveSubtasks: (ticketId: string, subtasks: Subtask[]) =>
      op(async (s) => {
        const state = await loadState(s, { Subtasks: 'ids' });
        const shape = state.shapes.Subtasks;
        if (!shape) throw new Error('工作簿中没有 Subtasks 表。');
        const mine = (state.ids.Subtasks ?? []).flatMap((x, i) => (x === ticketId ? [i] : []));
        const old = await readRows(s, shape, mine);
        const rows = subtasks.map((t) => subtaskRow(shape.headers, { ...t, ticketId }));
        const writer = new BlockWriter(s);
        // Overwrite this ticket's rows in place, append the rest, delete the surplus (bottom up).
        for (let k = 0; k < Math.min(rows.length, mine.length); k++) await writeChangedCells(writer, s, shape, mine[k], old.get(mine[k]) ?? [], rows[k]);
        const table = s.workbook.tables.getItem('Subtasks');
        const surplus = mine.slice(rows.length).reverse();
        for (const i of surplus) await writer.add(100, () => table.rows.getItemAt(i).delete());
        const shapeAfter: LargeShape = { ...shape, bodyRows: shape.bodyRows - surplus.length };
        await appendRows(writer, s, shapeAfter, rows.slice(mine.length));
        await writer.finish();
      }),

    checkRows: (onProgress?: Progress) => op((s) => check(s, onProgress)),

    selectCell: (row: number, field: string) =>
      op(async (s) => {
        const state = await loadState(s, {});
        const shape = state.shapes.Tickets;
        if (!shape) return;
        const labels = field in FIELD_META ? Object.values(FIELD_META[field as TicketField].labels) : [field];
        const col = Math.max(0, shape.headers.findIndex((h) => labels.includes(h) || h === field));
        const cell = s.workbook.worksheets.getItem(shape.sheet).getRangeByIndexes(row - 1, shape.firstColumn - 1 + col, 1, 1);
        s.workbook.worksheets.getItem(shape.sheet).activate();
        cell.select();
        await s.sync();
      }),

    refreshStats: (period: Period, onProgress?: Progress) =>
      op(async (s) => {
        const state = await loadState(s, { Tickets: 'all', Ticket_Log: 'all' }, onProgress);
        if (!state.structured) throw new Error('工作簿中没有 Tickets 表，请先在「开始」中初始化。');
        const { settings } = state;
        const asOf = asOfFor(settings);
        const tickets = ticketsOf(state).rows.map((r) => r.ticket);
        const logs = logsOf(state);
        const byId = groupLogsByTicket(logs);
        const current = tickets.map((t) => completeTicket(t, { settings, asOf, log: byId.get(t.id) ?? [] }));
        const stats = computeStats(current, { period, asOf, settings, log: logs });
        const plan = planFor(settings, workbookLocale(state), current, [], [], stats);
        await applyPlan(s, plan, { caps: capabilities(), only: ['stats', 'pivots'], onProgress });
        return stats;
      }),

    watchTickets: async (onCompleted) => {
      let queue: Promise<unknown> = Promise.resolve();
      const handler = async (args: Excel.TableChangedEventArgs): Promise<void> => {
        // Co-authors' edits are theirs: their own add-in (or their next check) completes them.
        if (args.source === 'Remote') return;
        const rows = rowsOfAddress(args.address);
        if (!rows) return;
        queue = queue.then(() =>
          op(async (s) => {
            const state = await loadState(s, { Tickets: 'ids', Ticket_Log: 'ids' });
            const shape = state.shapes.Tickets;
            if (!shape) return;
            const indexes: number[] = [];
            for (let r = rows.from; r <= rows.to; r++) if (r - shape.headerRow - 1 >= 0 && r - shape.headerRow - 1 < shape.bodyRows) indexes.push(r - shape.headerRow - 1);
            // A paste can touch thousands of rows: read them in blocks like any large read.
            const block = indexes.length ? await readBody(s, shape, { from: indexes[0], to: indexes[indexes.length - 1] + 1 }) : [];
            const cells = new Map(indexes.map((i, k) => [i, block[k]]));
            state.data.Tickets = { name: 'Tickets', sheet: shape.sheet, headerRow: shape.headerRow, headers: shape.headers, rows: Array.from({ length: shape.bodyRows }, (_, i) => (cells.get(i) ?? []).map(rawOf)) };
            const subset: RowTicket[] = [];
            for (const i of indexes) {
              const row = cells.get(i)!;
              if (row.every((v) => v === '' || v === null)) continue;
              const t = ticketsFromTable({ ...state.data.Tickets, rows: [row.map(rawOf) as RawCell[]] }).tickets[0];
              if (t) subset.push({ index: i, row: shape.headerRow + 1 + i, ticket: t });
            }
            // Only the log lines of the edited tickets (one sync), not the whole log.
            const wanted = new Set(subset.map((r) => r.ticket.id).filter(Boolean));
            const logShape = state.shapes.Ticket_Log;
            const logIdx = (state.ids.Ticket_Log ?? []).flatMap((x, i) => (wanted.has(x) ? [i] : []));
            const logRows = logShape ? await readRows(s, logShape, logIdx) : new Map<number, unknown[]>();
            const ownLog = logShape ? logFromTable({ name: 'Ticket_Log', sheet: logShape.sheet, headerRow: logShape.headerRow, headers: logShape.headers, rows: logIdx.map((i) => logRows.get(i)!.map(rawOf)) }, []) : [];
            const out = completeTable(subset, ownLog, { settings: state.settings, asOf: asOfFor(state.settings), allIds: state.ids.Tickets ?? [], usedIds: state.ids.Ticket_Log, recordAs: RECORD_AS });
            const changed = out.completed.filter((c) => JSON.stringify(c.ticket) !== JSON.stringify(c.before));
            if (!changed.length) return;
            const n = await writeTicketChanges(s, state, changed, out.newLog);
            onCompleted?.({ completed: n, renumbered: out.renumbered.length });
          }),
        ).catch(() => undefined);
        await queue;
      };
      const registered = await run(async (context) => {
        const table = context.workbook.tables.getItem('Tickets');
        const result = table.onChanged.add(handler);
        await context.sync();
        return result;
      });
      // Handlers are removed in the context that added them (Excel.run(context, batch)).
      return async () => {
        await Excel.run(registered.context, async (context) => {
          registered.remove();
          await context.sync();
        });
      };
    },
  };
  return host;
}

/** 1-based sheet rows covered by an event address such as `A5:C7` or `Sheet!B9`. */
export function rowsOfAddress(address: string): { from: number; to: number } | null {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const nums = [...local.matchAll(/\$?[A-Za-z]*\$?(\d+)/g)].map((m) => Number(m[1]));
  if (!nums.length) return null;
  return { from: Math.min(...nums), to: Math.max(...nums) };
}
