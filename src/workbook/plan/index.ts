/**
 * Builds the plan of a structured ServiceBook workbook from settings, rows and statistics.
 * Pure: no host, no I/O. Both hosts apply the same plan, so layout decisions live here once,
 * one sheet per file:
 *
 * - 说明 `readmeSheet` · 工单 `ticketsSheet` · 处理记录 `logSheet` · 子任务 `subtasksSheet` ·
 *   统计 `statsSheet` · 汇总 `pivotsSheet` · 配置 `configSheet` (· 导入报告 `importReportSheet`),
 *   names localised;
 * - list validations point at defined names `SB_List_*` over plain ranges of Config_Lists;
 * - the overdue / due-soon colours are formula conditional formats comparing the due columns
 *   with `SB_AsOf` and `SB_WarnHours` (Config_FollowUp);
 * - statistics: Stats_Summary and Stats_Classification tables with the engine's figures, the
 *   received counts as COUNTIFS formulas; cross-tab blocks of COUNTIFS over the Tickets table
 *   filtered to SB_PeriodStart ≤ 受理时间 < SB_PeriodEnd, with cached values.
 */
import type { Locale } from '../../core/schema/fieldMeta';
import type { LogEntry, Subtask } from '../../core/schema/log';
import type { Ticket } from '../../core/schema/ticket';
import { SCHEMA_VERSION, type Settings } from '../../core/settings/settings';
import type { StatsReport } from '../../core/stats/computeStats';
import type { LocalDateTime } from '../../core/time/localDateTime';
import { SHEET_NAMES } from '../labels';
import type { CellsPlan, SheetPlan, WorkbookPlan } from '../types';
import { statsCharts } from './charts';
import { pivotTables, type PivotTables } from './pivotTables';
import { configSheet } from './configSheet';
import { importReportSheet, type ImportReportEntry } from './importReportSheet';
import { formulaAsValueLine, formulasAsValues } from './formulasAsValues';
import { logSheet } from './logSheet';
import { pivotsSheet } from './pivotsSheet';
import { readmeSheet } from './readmeSheet';
import { statsSheet } from './statsSheet';
import { subtasksSheet } from './subtasksSheet';
import { ticketsSheet } from './ticketsSheet';

export type { ImportReportEntry } from './importReportSheet';
export { colLetter, exactCriterion, GROWTH_ROWS, NAMES, sheetNameKey } from './names';
import { sheetNameKey } from './names';
import { calendarYearProblems } from '../calendarYears';

export interface PlanInput {
  settings: Settings;
  locale: Locale;
  tickets: readonly Ticket[];
  logs: readonly LogEntry[];
  subtasks: readonly Subtask[];
  stats: StatsReport;
  /** A fixed as-of time (`--as-of`), or null to let the workbook use `=NOW()`. */
  fixedAsOf: LocalDateTime | null;
  /** Entries of the import report sheet; absent when the workbook was not imported. */
  importReport?: readonly ImportReportEntry[];
  numberingExample?: string;
  /** The workbook's own names of its sheets, where a team renamed them (a refresh in place plans for that workbook). */
  sheetNames?: Partial<Record<keyof typeof SHEET_NAMES, string>>;
  /**
   * The tickets the statistics sheet's holiday note and the 汇总 sheet's PivotTables look at, when
   * `tickets` is left empty because the Tickets sheet is not planned (a refresh in place plans
   * the owned sheets only).
   */
  summaryTickets?: readonly Ticket[];
}

export function buildWorkbookPlan(input: PlanInput): WorkbookPlan {
  const { settings, locale, stats } = input;
  const sheetName = (k: keyof typeof SHEET_NAMES): string => input.sheetNames?.[k] ?? SHEET_NAMES[k][locale];
  const tickets = ticketsSheet(settings, locale, input.tickets, sheetName('tickets'));
  const config = configSheet(settings, locale, input.numberingExample ?? '', sheetName('config'));
  // Years the holiday table does not cover: a visible line on the statistics sheet says how to add them.
  const calendarNotes = calendarYearProblems(input.summaryTickets ?? input.tickets, settings.calendar, locale).map((p) => p.message);
  const statistics = statsSheet(stats, locale, input.fixedAsOf, sheetName('stats'), calendarNotes);
  const pivots = pivotsSheet(stats, locale, sheetName('pivots'));
  const pivotTablesOf = pivotTables(stats, input.summaryTickets ?? input.tickets, locale, pivots.sheet.blocks.filter((b): b is CellsPlan => b.kind === 'cells'));
  withPivotTables(pivots.sheet, pivotTablesOf);

  const sheets: SheetPlan[] = [
    readmeSheet(locale, settings, sheetName('readme')),
    tickets.sheet,
    logSheet(input.logs, locale, sheetName('log')),
    subtasksSheet(input.subtasks, locale, sheetName('subtasks')),
    statistics.sheet,
    pivots.sheet,
    config.sheet,
  ];
  // Excel's limit on a formula, kept for every host: a longer one becomes its value, and the report says so.
  const asValues = formulasAsValues(sheets);
  if (input.importReport) sheets.push(importReportSheet(locale, [...input.importReport, ...asValues.map((f) => formulaAsValueLine(f, locale))], sheetName('importReport')));

  return {
    schemaVersion: SCHEMA_VERSION,
    preset: settings.preset,
    locale,
    asOf: input.fixedAsOf,
    sheets,
    formulasAsValues: asValues,
    // Each sheet carries a name pointing at it, so a host finds its sheets after the team renames them.
    definedNames: [...config.definedNames, ...statistics.definedNames, ...sheets.map((sh) => ({ name: sheetNameKey(sh.key), sheet: sh.name, ref: '$A$1' }))],
    validations: [...tickets.validations, ...config.validations],
    conditionalFormats: tickets.conditionalFormats,
    pivots: pivots.pivots,
    pivotTables: pivotTablesOf.pivotTables,
    pivotSource: pivotTablesOf.source,
    charts: statsCharts({
      stats,
      locale,
      statsName: sheetName('stats'),
      figures: statistics.figures,
      pivotsName: sheetName('pivots'),
      weeklyBlock: pivots.sheet.blocks.find((b): b is CellsPlan => b.kind === 'cells' && b.id === 'crossTab:weeklyVolume'),
    }),
  };
}

/** Puts the PivotTables' cells and source on the 汇总 sheet, with widths and the print area. */
function withPivotTables(sheet: SheetPlan, p: PivotTables): void {
  if (!p.pivotTables.length || !p.source) return;
  sheet.blocks.push(...p.blocks);
  const widths = { ...(sheet.widths ?? {}) };
  const left = p.pivotTables[0].left;
  widths[left] = 18;
  for (let c = left + 1; c < p.source.left + p.source.fields.length; c++) widths[c] = c === p.source.left - 1 ? 3 : 10;
  sheet.widths = widths;
  if (p.printArea) sheet.pageSetup = { ...sheet.pageSetup, printArea: p.printArea };
}
