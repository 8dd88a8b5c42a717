/**
 * The steps the commands share: load an input (a structured workbook or a sheet to convert),
 * complete tickets with the engine, compute statistics, build the plan and write it.
 * No argument parsing and no printing here.
 */
import { completeTable, type Renumbering } from '../core/engine/completeTable';
import { recognizeTable } from '../core/headers/recognizeTable';
import type { TableGuess } from '../core/headers/types';
import { sameLayout } from '../core/headers/sameLayout';
import { isBlankRow } from '../core/headers/recognizeTable';
import { formatTicketNumber } from '../core/numbering/pattern';
import { detectPreset, getPreset, isPresetId } from '../core/presets';
import type { Locale } from '../core/schema/fieldMeta';
import type { LogEntry, Subtask } from '../core/schema/log';
import type { Ticket } from '../core/schema/ticket';
import { ownersWith } from '../core/settings/ownersWith';
import type { Settings } from '../core/settings/settings';
import { computeStats, type StatsReport } from '../core/stats/computeStats';
import { allTimePeriod, periodContaining, type Comparison, type PeriodKind } from '../core/stats/period';
import type { LocalDateTime } from '../core/time/localDateTime';
import { validateTickets } from '../core/validation/validateTicket';
import { localiseProblem, makeProblem, quotable, type Problem } from '../core/validation/problem';
import { redactText } from '../core/privacy/redactSecrets';
import type { ConfigProblem } from '../workbook/configTables';
import { configProblemLine, configProblemMessage } from '../workbook/configMessages';
import { calendarYearProblems } from '../workbook/calendarYears';
import { isNewerSchema, SCHEMA_VERSION } from '../core/settings/settings';
import { buildWorkbookPlan, type ImportReportEntry, type PlanInput } from '../workbook/plan';
import { findTicketsRange } from '../workbook/findTicketsRange';
import { importReportOf, readSource } from '../workbook/readSource';
import type { ImportResult } from '../core/parse/readTickets';
export { renumberReport } from '../workbook/readSource';
import { missingConfigTablesProblem } from '../workbook/configTables';
import { PLAN_TABLES, readPlanTables } from '../workbook/readPlan';
import type { RawCell, TableData, WorkbookPlan } from '../workbook/types';
import { readInput, UnusableInputError, type InputBook } from '../xlsx/readInput';
import { writePlanFile } from '../xlsx/writeWorkbook';
import { cliLocale, t, type CliMessageKey } from './messages';
import { word } from '../core/i18n/words';
import { formulaAsValueLine, type FormulaAsValue } from '../workbook/plan/formulasAsValues';
import { fittedLines, formulaLine, type SheetStart } from './readReport';

export { UnusableInputError };

/** What an input holds once read, whichever kind it was. */
export interface Loaded {
  structured: boolean;
  settings: Settings;
  presetId: string;
  presetConfidence: number;
  tickets: Ticket[];
  /** Source (or Tickets table) sheet row of each ticket. */
  rows: number[];
  logs: LogEntry[];
  subtasks: Subtask[];
  problems: Problem[];
  configProblems: ConfigProblem[];
  report: ImportReportEntry[];
  redactions: number;
  /** A converted sheet's secrets, masked as it was read, as problems by row and column (validate reports them). */
  secrets?: Problem[];
  sheet: string;
  headerRow: number | null;
  /** Tickets that had no number in the source. */
  unnumbered: number;
  /** Things the user should know that are not row problems (a table found by its header, defaults used). */
  warnings: string[];
  /** Where each imported sheet starts among the stacked row numbers of `rows`, `problems` and `report` (converted inputs). */
  sheetStarts?: SheetStart[];
  /** A structured workbook's ServiceBook tables as read (rows typed below them included), for editing it in place. */
  structure?: Structure;
}

export interface Structure {
  /** Tickets, Ticket_Log, Subtasks (and Config) as read. */
  tables: Map<string, TableData>;
  /** Tickets, Ticket_Log and Subtasks through the redactor: what may be written back. */
  clean: Map<string, TableData>;
  /** Rows each table's ref covered, before adopting the rows typed below it. */
  refRows: Map<string, number>;
  ticketsIsRange: boolean;
  /** Sheet rows of the Tickets table adopted from below it. */
  adopted: number[];
  /** Sheet names in order, and the sheet holding Stats_Summary (null when it is gone). */
  sheetNames: string[];
  statsSheet: string | null;
  /** The warning naming the Config tables the workbook lacks (null when it has them all): an in-place refresh adds them and says so instead. */
  missingConfigNote: string | null;
}

export interface JsonProblem {
  row: number;
  field: string;
  column: string;
  code: string;
  message: string;
  sheet?: string;
}

/** A row problem as the command prints it, its message in this run's locale. */
export const problemJson = (p: Problem): JsonProblem => ({
  row: p.row,
  field: p.field,
  column: p.column ?? p.field,
  code: p.code,
  message: cliLocale() === 'zh-CN' || !p.params ? p.message : localiseProblem(p, cliLocale()),
  ...(p.sheet ? { sheet: p.sheet } : {}),
});
export const configProblemJson = (p: ConfigProblem): JsonProblem => ({
  row: p.row,
  field: p.table,
  column: quotable(p.column),
  code: 'invalidConfig',
  message: configProblemLine(p, cliLocale()),
  sheet: quotable(p.sheet),
});

const baseFor = (preset: string | null): Settings => getPreset(preset ?? 'standard').settings;

/**
 * Reads a structured workbook, or converts the best-looking sheet of any other input.
 * `locale`: the language of the import report (default: the run's).
 */
export async function load(path: string, opts: { preset?: string; locale?: Locale } = {}): Promise<Loaded> {
  const loaded = await loadAny(path, opts);
  // One problem per year of the tickets that the holiday table does not cover.
  return { ...loaded, configProblems: [...loaded.configProblems, ...calendarYearProblems(loaded.tickets, loaded.settings.calendar, cliLocale())] };
}

/**
 * The warnings a command prints on stderr for years the holiday table does not cover, in the
 * run's language, with how to add the year.
 */
export function calendarWarnings(loaded: Pick<Loaded, 'configProblems'>): string[] {
  return loaded.configProblems.filter((p) => p.code === 'calendarYearMissing').map((p) => configProblemMessage('calendarYearMissing', cliLocale(), p.params));
}

async function loadAny(path: string, opts: { preset?: string; locale?: Locale }): Promise<Loaded> {
  const book = await readInput(path);
  if (book.tables.has('Tickets')) return loadStructured(book, [], false);
  // A ServiceBook workbook whose Tickets table became a plain range, or lost its sheet: never
  // convert its 配置 or 处理记录 sheet into tickets.
  if (PLAN_TABLES.some((n) => book.tables.has(n))) {
    const range = findTicketsRange(book.sheets);
    if (!range) throw new UnusableInputError(t('structuredNoTickets', { path }));
    book.tables.set('Tickets', range);
    return loadStructured(book, [t('ticketsIsRange', { sheet: range.sheet, row: range.headerRow })], true);
  }
  return convertBook(book, opts.preset ?? 'auto', path.replace(/^.*[\\/]/, ''), opts.locale ?? cliLocale());
}

/** A structured workbook with the tables as read (archive removes rows of them). */
export async function loadStructuredBook(path: string): Promise<{ loaded: Loaded; book: InputBook }> {
  const book = await readInput(path);
  if (!book.tables.has('Tickets')) throw new UnusableInputError(t('notStructured', { path }));
  return { loaded: loadStructured(book, [], false), book };
}

/** Tables whose rows refresh owns: rows typed directly below them are adopted (Excel's auto-expansion). */
const GROWING_TABLES = ['Tickets', 'Ticket_Log', 'Subtasks'];

function loadStructured(book: InputBook, warnings: string[], ticketsIsRange: boolean): Loaded {
  const wanted = new Map<string, TableData>();
  const refRows = new Map<string, number>();
  for (const [n, t] of book.tables) {
    if (!(PLAN_TABLES as readonly string[]).includes(n)) continue;
    refRows.set(n, t.rows.length);
    wanted.set(n, GROWING_TABLES.includes(n) && t.below ? { ...t, rows: [...t.rows, ...t.below], below: undefined } : t);
  }
  const r = readPlanTables(wanted, baseFor);
  // A newer workbook would be rewritten as ours, losing what we do not know: refuse it.
  if (isNewerSchema(r.schemaVersion)) throw new UnusableInputError(configProblemMessage('schemaTooNew', cliLocale(), { found: r.schemaVersion!, supported: SCHEMA_VERSION }));
  const tickets = wanted.get('Tickets')!;
  const lastRefRow = tickets.headerRow + (refRows.get('Tickets') ?? 0);
  const missing = missingConfigTablesProblem(new Set(book.tables.keys()), r.preset ?? r.settings.preset);
  const missingConfigNote = missing ? configProblemLine(missing, cliLocale()) : null;
  if (missingConfigNote) warnings.push(missingConfigNote);
  return {
    structured: true,
    settings: r.settings,
    presetId: r.preset ?? r.settings.preset,
    presetConfidence: 1,
    tickets: r.tickets,
    rows: r.ticketRows,
    logs: r.logs,
    subtasks: r.subtasks,
    problems: r.problems,
    configProblems: r.configProblems,
    report: [],
    redactions: 0,
    sheet: tickets.sheet,
    headerRow: tickets.headerRow,
    unnumbered: r.tickets.filter((t) => !t.id).length,
    warnings,
    structure: {
      tables: wanted,
      clean: r.cleanTables,
      refRows,
      ticketsIsRange,
      adopted: r.ticketRows.filter((row) => row > lastRefRow),
      sheetNames: book.sheets.map((x) => x.name),
      statsSheet: book.tables.get('Stats_Summary')?.sheet ?? null,
      missingConfigNote,
    },
  };
}

interface Candidate {
  sheet: string;
  grid: RawCell[][];
  guess: TableGuess;
  mapped: number;
}

const READ_NOTES: Record<'unbalancedQuote' | 'gb18030Line', CliMessageKey> = { unbalancedQuote: 'reportUnbalancedQuote', gb18030Line: 'reportGb18030Line' };

/**
 * Converts the best-looking sheet and every other sheet of the same layout (one sheet per month):
 * all their rows are imported, each ticket naming its sheet in an extra column (来源工作表, Source sheet). Rows
 * are numbered as if the sheets were stacked in order (`sheetStarts` turns them back into each
 * sheet's own rows for the report); sheets that are not imported are named in the report with the
 * number of rows they hold. `file`: the input's name, quoted by report lines about a cell.
 */
function convertBook(book: InputBook, preset: string, file: string, locale: Locale): Loaded {
  const candidates: Candidate[] = [];
  for (const s of book.sheets) {
    const guess = recognizeTable(s.grid);
    if (!guess) continue;
    const mapped = guess.columns.filter((c) => c.field || c.compound).length;
    candidates.push({ sheet: s.name, grid: s.grid, guess, mapped });
  }
  const best = [...candidates].sort((a, b) => b.mapped - a.mapped)[0];
  if (!best || best.mapped < 2) throw new UnusableInputError(t('noTicketTable'));
  const chosen = candidates.filter((c) => c === best || sameLayout(c.guess, best.guess));

  const headers = best.guess.columns.map((c) => c.header);
  const detected = detectPreset(headers);
  const presetId = preset === 'auto' ? detected.id : preset;
  if (!isPresetId(presetId)) throw new UnusableInputError(t('unknownPreset', { value: preset }));
  const several = chosen.length > 1;
  const report: ImportReportEntry[] = [];
  let settings: Settings | null = null;
  let result: ImportResult | null = null;
  let offset = 0;
  const sheetStarts: SheetStart[] = [];
  for (const s of book.sheets) {
    const c = chosen.find((x) => x.sheet === s.name);
    if (!c) {
      const rows = s.grid.filter((r) => !isBlankRow(r)).length;
      const reason = candidates.some((x) => x.sheet === s.name) ? t('reportSheetOtherHeader', { sheet: quotable(best.sheet) }) : t('reportSheetNoHeader');
      if (rows > 0) report.push({ kind: 'skipped', row: null, column: '', field: 'sheet', detail: t('reportSheetSkipped', { sheet: quotable(s.name), rows, reason }) });
      continue;
    }
    const read = readSource(c.grid, c.guess, presetId, c.sheet, offset + 1, locale);
    // Sheet names are quoted in cells and the report: masked like any text (core/privacy).
    if (several) for (const tk of read.result.tickets) tk.extra[word('header.sourceSheet', locale)] = quotable(c.sheet);
    sheetStarts.push({ sheet: c.sheet, offset });
    report.push(...importReportOf({ ...read.result, fitted: [] }, [], locale));
    for (const f of read.result.fitted) report.push(...fittedLines({ ...f, row: f.row - offset }, file, c.sheet));
    if (c === best || !settings) settings = read.settings;
    result = result ? mergeResults(result, read.result) : read.result;
    offset += c.grid.length;
  }
  if (!settings || !result) throw new UnusableInputError(t('noTicketTable'));
  for (const n of book.notes ?? [])
    report.push(
      n.kind === 'formula'
        ? formulaLine(n)
        : n.kind === 'hyperlink'
        ? { kind: 'cell', row: null, column: n.cell, field: n.kind, detail: t('reportHyperlink', { sheet: quotable(n.sheet), cell: n.cell, target: quotable(n.target) }) }
        : { kind: 'cell', row: null, column: '', field: n.kind, detail: t('reportFileLine', { sheet: quotable(n.sheet), line: n.line, note: t(READ_NOTES[n.kind]) }) },
    );
  return {
    structured: false,
    // The people the sheet already names are the workbook's owner list (its dropdown offers them).
    settings: { ...settings, lists: { ...settings.lists, owners: ownersWith(settings.lists.owners, result.tickets) } },
    presetId,
    presetConfidence: preset === 'auto' ? detected.confidence : 1,
    tickets: result.tickets,
    rows: result.sourceRows,
    logs: result.logs,
    subtasks: [],
    problems: result.problems,
    configProblems: [],
    report,
    redactions: result.redactions.length,
    secrets: result.redactions.map((x) => makeProblem('sensitiveDataFound', x.row, x.field, { kind: x.kind, masked: x.masked }, x.column)),
    sheet: redactText(chosen.map((c) => c.sheet).join('、')),
    headerRow: best.guess.headerRow + 1,
    unnumbered: result.tickets.filter((t) => !t.id).length,
    warnings: [],
    sheetStarts,
  };
}

/**
 * Completes every ticket with the engine's table rule (completeTable): later duplicate numbers
 * renumbered, numbers for rows without one (continuing the pattern), log lines parsed before
 * numbering (`row:N`) re-attached, then status, priority, routing, due times, SLA state,
 * escalation, revisit. `fromLog`: the latest log note becomes the progress (import, refresh).
 */
/** Two sheets' results as one (rows already numbered apart). */
function mergeResults(a: ImportResult, b: ImportResult): ImportResult {
  return {
    tickets: [...a.tickets, ...b.tickets],
    logs: [...a.logs, ...b.logs],
    problems: [...a.problems, ...b.problems],
    redactions: [...a.redactions, ...b.redactions],
    unmapped: [...new Set([...a.unmapped, ...b.unmapped])],
    splits: a.splits,
    sourceRows: [...a.sourceRows, ...b.sourceRows],
    derivedKept: [...new Set([...a.derivedKept, ...b.derivedKept])],
    skipped: [...a.skipped, ...b.skipped],
    fitted: [...a.fitted, ...b.fitted],
  };
}

export function completeAll(loaded: Loaded, asOf: LocalDateTime, fromLog: boolean): { tickets: Ticket[]; logs: LogEntry[]; renumbered: Renumbering[] } {
  const rows = loaded.tickets.map((ticket, index) => ({ index, row: loaded.rows[index] ?? index + 2, ticket }));
  const out = completeTable(rows, loaded.logs, { settings: loaded.settings, asOf, progressFromLog: fromLog });
  return { tickets: out.completed.map((c) => c.ticket), logs: out.logs, renumbered: out.renumbered };
}


export function statsOf(tickets: Ticket[], logs: LogEntry[], settings: Settings, kind: PeriodKind, asOf: LocalDateTime, compare: Comparison = 'previous'): StatsReport {
  const base = periodContaining(kind, asOf);
  const period = kind === 'all' ? allTimePeriod(base, tickets.map((t) => t.receivedAt)) : base;
  return computeStats(tickets, { period, asOf, settings, log: logs, compare });
}

export function problemsOf(loaded: Loaded, tickets: Ticket[]): Problem[] {
  const seen = new Set(loaded.problems.map((p) => `${p.row}|${p.field}|${p.code}`));
  const out = [...loaded.problems];
  const firstRow = loaded.rows[0] ?? 2;
  const found = validateTickets(tickets, loaded.settings, firstRow);
  for (const p of found) {
    // validateTickets numbers rows consecutively; map to the real sheet row.
    const idx = p.row - firstRow;
    const row = loaded.rows[idx] ?? p.row;
    const moved = { ...p, row, params: { ...(p.params ?? {}), row } };
    const q = { ...moved, message: p.params ? localiseProblem(moved, 'zh-CN') : p.message };
    const key = `${q.row}|${q.field}|${q.code}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(q);
    }
  }
  return out.sort((a, b) => a.row - b.row);
}

export interface WriteInput {
  /** The destination written completely (a claimed output's temp file: src/cli/outputFile.ts). */
  out: string;
  settings: Settings;
  locale: Locale;
  tickets: Ticket[];
  logs: LogEntry[];
  subtasks: Subtask[];
  stats: StatsReport;
  fixedAsOf: LocalDateTime | null;
  report?: ImportReportEntry[];
  /** See PlanInput: the workbook's own sheet names, and the tickets of the summaries when `tickets` is empty. */
  sheetNames?: PlanInput['sheetNames'];
  summaryTickets?: readonly Ticket[];
}

export function planOf(w: Omit<WriteInput, 'out'>): WorkbookPlan {
  let example = '';
  try {
    example = formatTicketNumber(w.settings.numbering.pattern, w.stats.asOf, 1);
  } catch {
    example = '';
  }
  return buildWorkbookPlan({
    settings: w.settings,
    locale: w.locale,
    tickets: w.tickets,
    logs: w.logs,
    subtasks: w.subtasks,
    stats: w.stats,
    fixedAsOf: w.fixedAsOf,
    importReport: w.report,
    numberingExample: example,
    sheetNames: w.sheetNames,
    summaryTickets: w.summaryTickets,
  });
}

/** Writes the plan; returns the formulas it holds as values because they are over Excel's 8,192 characters. */
/** One line per formula written as its value (Excel's formula length limit), in the run's language. */
export const formulaWarnings = (asValues: readonly FormulaAsValue[]): string[] => asValues.map((f) => formulaAsValueLine(f, cliLocale()).detail);

export async function writeOut(w: WriteInput, onProgress?: (done: number, total: number, stage: string) => void): Promise<NonNullable<WorkbookPlan['formulasAsValues']>> {
  const plan = planOf(w);
  await writePlanFile(plan, w.out, onProgress);
  return plan.formulasAsValues ?? [];
}
