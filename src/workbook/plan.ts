/**
 * Builds the plan of a structured ServiceBook workbook from settings, rows and statistics.
 * Pure: no host, no I/O. Both hosts apply the same plan, so layout decisions live here once:
 *
 * - sheets 说明 · 工单 · 处理记录 · 子任务 · 统计 · 汇总 · 配置 (· 导入报告), names localised;
 * - list validations point at defined names `SB_List_*` over plain ranges of Config_Lists;
 * - the overdue / due-soon colours are formula conditional formats comparing the due columns
 *   with `SB_AsOf` (a cell on the statistics sheet holding `=NOW()`, or a fixed time when the
 *   run had `--as-of`, so renders are reproducible) and `SB_WarnHours` (Config_FollowUp);
 * - statistics: Stats_Summary and Stats_Classification tables with the engine's figures, the
 *   received counts as COUNTIFS formulas; cross-tab blocks of COUNTIFS over the Tickets table
 *   filtered to SB_PeriodStart ≤ 受理时间 < SB_PeriodEnd, with cached values.
 */
import { FIELD_META, type Locale } from '../core/schema/fieldMeta';
import type { LogEntry, Subtask } from '../core/schema/log';
import type { Ticket, TicketField } from '../core/schema/ticket';
import { SCHEMA_VERSION, type Settings } from '../core/settings/settings';
import { crossTabTitle } from '../core/stats/crossTabs';
import { EMPTY_LABEL } from '../core/stats/classification';
import { periodLabel } from '../core/stats/periodLabel';
import { statsSummaryRows, type SummaryFormat } from '../core/stats/summaryRows';
import type { StatsReport } from '../core/stats/computeStats';
import type { LocalDateTime } from '../core/time/localDateTime';
import { configTables, LIST_COLUMNS, listName, listValues, type ListKey } from './configTables';
import { header, SHEET_NAMES } from './labels';
import { DATETIME_FORMAT, extraHeadersOf, ratingDimensionsOf, ticketColumns, ticketToRow } from './ticketTable';
import type {
  BlockPlan,
  CellsPlan,
  ColumnPlan,
  ConditionalFormatPlan,
  DefinedNamePlan,
  PivotSpec,
  PlanCell,
  SheetPlan,
  TablePlan,
  ValidationPlan,
  WorkbookPlan,
} from './types';

export interface ImportReportEntry {
  kind: 'problem' | 'unmapped' | 'split' | 'redaction' | 'kept' | 'renumbered';
  /** Source sheet row, or null for a whole column. */
  row: number | null;
  column: string;
  field: string;
  detail: string;
}

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
}

/** Defined names the formulas rely on. */
export const NAMES = {
  asOf: 'SB_AsOf',
  periodStart: 'SB_PeriodStart',
  periodEnd: 'SB_PeriodEnd',
  warnHours: 'SB_WarnHours',
} as const;

/** Rows of room a validation / conditional format covers below the data. */
export const GROWTH_ROWS = 500;
/** Rows the list names cover in Config_Lists, so a supervisor can append items. */
const LIST_ROOM = 60;

export function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
const addr = (row: number, col: number, abs = false): string => (abs ? `$${colLetter(col)}$${row}` : `${colLetter(col)}${row}`);

/** A COUNTIFS criterion that matches exactly `value` (wildcards escaped), or blank cells for '(空)'/''. */
export function exactCriterion(value: string): string {
  if (value === '' || value === EMPTY_LABEL) return '""';
  const escaped = value.replace(/[~*?]/g, (c) => `~${c}`).replace(/"/g, '""');
  return `"=${escaped}"`;
}

const SUMMARY_FORMATS: Record<SummaryFormat, string | null> = { text: null, count: '0', rate: '0.0%', hours: '0.0', score: '0.00' };

export function buildWorkbookPlan(input: PlanInput): WorkbookPlan {
  const { settings, locale, stats } = input;
  const sheetName = (k: keyof typeof SHEET_NAMES): string => SHEET_NAMES[k][locale];
  const definedNames: DefinedNamePlan[] = [];
  const validations: ValidationPlan[] = [];
  const conditionalFormats: ConditionalFormatPlan[] = [];

  // ---- Tickets ----
  const ratingDims = ratingDimensionsOf(settings.ratingDimensions, input.tickets);
  const columns = ticketColumns(locale, ratingDims, extraHeadersOf(input.tickets));
  const ticketRows = input.tickets.map((t) => ticketToRow(t, columns));
  const tickets: TablePlan = { kind: 'table', name: 'Tickets', top: 1, left: 1, columns, rows: ticketRows, style: 'TableStyleMedium2' };
  const lastBodyRow = 1 + Math.max(1, ticketRows.length);
  const coverTo = lastBodyRow + GROWTH_ROWS;
  const colOf = (key: string): number => columns.findIndex((c) => c.key === key) + 1;
  const ticketsSheet = sheetName('tickets');

  const listFor: Partial<Record<TicketField, { list: ListKey; strict: boolean }>> = {
    category: { list: 'categories', strict: true },
    channel: { list: 'channels', strict: false },
    urgency: { list: 'levels', strict: true },
    priority: { list: 'levels', strict: true },
    status: { list: 'statuses', strict: true },
    customerLevel: { list: 'customerLevels', strict: true },
    satisfaction: { list: 'satisfaction', strict: true },
    department: { list: 'departments', strict: false },
    emotion: { list: 'emotions', strict: false },
    owner: { list: 'owners', strict: false },
  };
  for (const [field, v] of Object.entries(listFor)) {
    if (!v || colOf(field) < 1) continue;
    validations.push({ table: 'Tickets', column: field, listName: listName(v.list), fromRow: 2, toRow: coverTo, allowBlank: true, strict: v.strict });
  }

  // ---- Config ----
  const configSheet = sheetName('config');
  const configBlocks: TablePlan[] = [];
  let left = 1;
  for (const t of configTables(settings, locale, input.numberingExample ?? '')) {
    configBlocks.push({ ...t, top: 2, left, caption: t.name });
    left += t.columns.length + 1;
  }
  const lists = configBlocks.find((b) => b.name === 'Config_Lists')!;
  const values = listValues(settings);
  LIST_COLUMNS.forEach((k, i) => {
    const c = lists.left + i;
    // The fixed vocabularies cover exactly their values; open lists leave room to append.
    const fixed = ['categories', 'levels', 'statuses', 'customerLevels', 'satisfaction', 'units'].includes(k);
    const last = lists.top + (fixed ? Math.max(1, values[k].length) : Math.max(lists.rows.length, LIST_ROOM));
    definedNames.push({ name: listName(k), sheet: configSheet, ref: `${addr(lists.top + 1, c, true)}:${addr(last, c, true)}` });
  });
  const followUp = configBlocks.find((b) => b.name === 'Config_FollowUp')!;
  const warnRow = followUp.rows.findIndex((r) => r[0] === 'warningHours');
  definedNames.push({ name: NAMES.warnHours, sheet: configSheet, ref: addr(followUp.top + 1 + warnRow, followUp.left + 2, true) });
  // SLA units must be one of h / bh / wd.
  const sla = configBlocks.find((b) => b.name === 'Config_SLA')!;
  for (const k of ['responseUnit', 'resolveUnit'])
    validations.push({ table: 'Config_SLA', column: k, listName: listName('units'), fromRow: sla.top + 1, toRow: sla.top + 50, allowBlank: false, strict: true });
  validations.push({ table: 'Config_SLA', column: 'priority', listName: listName('levels'), fromRow: sla.top + 1, toRow: sla.top + 50, allowBlank: false, strict: true });

  // ---- Statistics sheet: period cells, summary, classification ----
  const statsSheet = sheetName('stats');
  const period = stats.period;
  const asOfCell: PlanCell = input.fixedAsOf ? { datetime: input.fixedAsOf, numFmt: DATETIME_FORMAT } : { formula: 'NOW()', result: null, numFmt: DATETIME_FORMAT };
  const periodBlock: CellsPlan = {
    kind: 'cells',
    id: 'period',
    top: 3,
    left: 1,
    style: 'keyValue',
    rows: [
      [header('period', locale), periodLabel(period, locale)],
      [PERIOD_WORDS.start[locale], { datetime: period.start, numFmt: DATETIME_FORMAT }],
      [PERIOD_WORDS.end[locale], { datetime: period.end, numFmt: DATETIME_FORMAT }],
      [PERIOD_WORDS.asOf[locale], asOfCell],
    ],
  };
  definedNames.push(
    { name: NAMES.periodStart, sheet: statsSheet, ref: '$B$4' },
    { name: NAMES.periodEnd, sheet: statsSheet, ref: '$B$5' },
    { name: NAMES.asOf, sheet: statsSheet, ref: '$B$6' },
  );
  const title: CellsPlan = { kind: 'cells', id: 'title', top: 1, left: 1, style: 'title', rows: [[PERIOD_WORDS.title[locale]]] };

  const received = `Tickets[${FIELD_META.receivedAt.labels[locale]}]`;
  const inPeriod = `${received},">="&${NAMES.periodStart},${received},"<"&${NAMES.periodEnd}`;
  const tref = (f: TicketField): string => `Tickets[${FIELD_META[f].labels[locale]}]`;

  const summary = statsSummaryRows(stats, locale);
  const summaryTable: TablePlan = {
    kind: 'table',
    name: 'Stats_Summary',
    top: 9,
    left: 1,
    style: 'TableStyleMedium9',
    caption: SUMMARY_CAPTION[locale],
    columns: [
      { key: 'key', header: header('key', locale), type: 'text', width: 22 },
      { key: 'metric', header: header('metric', locale), type: 'text', width: 26 },
      { key: 'current', header: header('current', locale), type: 'number', width: 16 },
      { key: 'previous', header: header('previous', locale), type: 'number', width: 16 },
      { key: 'change', header: header('change', locale), type: 'number', width: 12 },
    ],
    rows: summary.map((r) => [
      r.key,
      r.label,
      r.key === 'received' ? { formula: `COUNTIFS(${inPeriod})`, result: r.value } : r.value,
      r.previous,
      r.change,
    ]),
    rowNumFmts: summary.map((r) => SUMMARY_FORMATS[r.format]),
  };

  const plabel = periodLabel(period, locale);
  const classification: TablePlan = {
    kind: 'table',
    name: 'Stats_Classification',
    top: 9,
    left: 7,
    style: 'TableStyleMedium9',
    caption: CLASSIFICATION_CAPTION[locale],
    columns: [
      { key: 'period', header: header('period', locale), type: 'text', width: 14 },
      { key: 'category', header: header('category', locale), type: 'text', width: 10 },
      { key: 'subcategory', header: header('subcategory', locale), type: 'text', width: 16 },
      { key: 'count', header: header('count', locale), type: 'integer', width: 10 },
      { key: 'share', header: header('share', locale), type: 'number', numFmt: '0.0', width: 10 },
      { key: 'typicalCase', header: header('typicalCase', locale), type: 'text', width: 44 },
      { key: 'suggestion', header: header('suggestion', locale), type: 'text', width: 44 },
      { key: 'department', header: header('department', locale), type: 'text', width: 12 },
    ],
    rows: stats.classification.map((c) => [
      plabel,
      c.category,
      c.subcategory,
      { formula: `COUNTIFS(${tref('category')},${exactCriterion(c.category)},${tref('subcategory')},${exactCriterion(c.subcategory)},${inPeriod})`, result: c.count },
      c.share,
      c.typicalCase,
      c.suggestion,
      c.department,
    ]),
  };

  // ---- Cross-tabs (汇总) ----
  const pivotSheet = sheetName('pivots');
  const crossBlocks: CellsPlan[] = [];
  let top = 1;
  for (const ct of stats.crossTabs) {
    const rows: PlanCell[][] = [];
    rows.push([crossTabTitle(ct.name, locale)]);
    const isWeekly = ct.name === 'weeklyVolume';
    const rowHeader = isWeekly ? PERIOD_WORDS.weekOf[locale] : `${fieldText(ct.rowField, locale)} \\ ${fieldText(ct.colField, locale)}`;
    const colHeaders = isWeekly ? [PERIOD_WORDS.received[locale]] : ct.cols;
    rows.push([rowHeader, ...colHeaders, PERIOD_WORDS.total[locale]]);
    const headerRow = top + 1;
    ct.rows.forEach((rv, i) => {
      const r = headerRow + 1 + i;
      const firstCol = 2;
      const lastCol = 1 + colHeaders.length;
      const cells: PlanCell[] = [isWeekly ? { datetime: `${rv}T00:00`, numFmt: 'yyyy-mm-dd' } : rv];
      colHeaders.forEach((cv, j) => {
        const c = 2 + j;
        const count = ct.counts[i][j];
        const formula = isWeekly
          ? `COUNTIFS(${received},">="&MAX($A${r},${NAMES.periodStart}),${received},"<"&MIN($A${r}+7,${NAMES.periodEnd}))`
          : `COUNTIFS(${tref(ct.rowField as TicketField)},${exactCriterion(rv)},${tref(ct.colField as TicketField)},${exactCriterion(cv)},${inPeriod})`;
        cells.push({ formula, result: count });
        void c;
      });
      const rowTotal = ct.counts[i].reduce((a, b) => a + b, 0);
      cells.push({ formula: `SUM(${addr(r, firstCol)}:${addr(r, lastCol)})`, result: rowTotal });
      rows.push(cells);
    });
    const firstData = headerRow + 1;
    const lastData = headerRow + ct.rows.length;
    const totals: PlanCell[] = [PERIOD_WORDS.total[locale]];
    for (let j = 0; j <= colHeaders.length; j++) {
      const c = 2 + j;
      const sum = j < colHeaders.length ? ct.counts.reduce((a, row) => a + row[j], 0) : ct.counts.reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0);
      totals.push(ct.rows.length ? { formula: `SUM(${addr(firstData, c)}:${addr(lastData, c)})`, result: sum } : 0);
    }
    rows.push(totals);
    crossBlocks.push({ kind: 'cells', id: `crossTab:${ct.name}`, top, left: 1, style: 'crossTab', numFmt: '0', rows });
    top += rows.length + 2;
  }
  const pivotWidths: Record<number, number> = { 1: 18 };
  const maxCols = Math.max(1, ...crossBlocks.map((b) => Math.max(...b.rows.map((r) => r.length))));
  for (let c = 2; c <= maxCols; c++) pivotWidths[c] = 10;

  const pivots: PivotSpec[] = stats.crossTabs.map((ct, i) => ({
    name: `SB_Pivot_${ct.name}`,
    title: crossTabTitle(ct.name, locale),
    source: 'Tickets',
    rowField: ct.name === 'weeklyVolume' ? 'receivedAt' : ct.rowField,
    colField: ct.name === 'weeklyVolume' ? null : ct.colField,
    valueField: 'id',
    filterReceivedInPeriod: true,
    ...(ct.name === 'weeklyVolume' ? { groupByWeek: true } : {}),
    chart: ct.name === 'weeklyVolume' ? 'line' : i === 0 ? 'columnStacked' : 'columnClustered',
    sheet: 'pivots',
    anchor: `A${crossBlocks[i]?.top ?? 1}`,
  }));

  // ---- Conditional formats on Tickets ----
  const st = colLetter(colOf('status'));
  const rd = colLetter(colOf('responseDue'));
  const fr = colLetter(colOf('firstResponseAt'));
  const vd = colLetter(colOf('resolveDue'));
  const open = `$${st}2<>"已完成",$${st}2<>"已关闭"`;
  const pastBy = (limit: string): string => `OR(AND(ISNUMBER($${rd}2),$${fr}2="",$${rd}2<${limit}),AND(ISNUMBER($${vd}2),$${vd}2<${limit}))`;
  const ref = `A2:${colLetter(columns.length)}${coverTo}`;
  conditionalFormats.push(
    { id: 'overdue', sheet: ticketsSheet, ref, formula: `AND(${open},${pastBy(NAMES.asOf)})`, style: { fill: 'FFC7CE', font: '9C0006' }, stopIfTrue: true, priority: 1 },
    { id: 'dueSoon', sheet: ticketsSheet, ref, formula: `AND(${open},${pastBy(`${NAMES.asOf}+${NAMES.warnHours}/24`)})`, style: { fill: 'FFEB9C', font: '9C5700' }, stopIfTrue: true, priority: 2 },
  );

  // ---- Log and subtasks ----
  const logTable: TablePlan = {
    kind: 'table',
    name: 'Ticket_Log',
    top: 1,
    left: 1,
    style: 'TableStyleMedium2',
    columns: [
      { key: 'ticketId', header: header('ticketId', locale), type: 'text', width: 16 },
      { key: 'at', header: header('at', locale), type: 'datetime', numFmt: DATETIME_FORMAT, width: 17 },
      { key: 'kind', header: header('kind', locale), type: 'text', width: 8 },
      { key: 'channel', header: header('channel', locale), type: 'text', width: 10 },
      { key: 'content', header: header('content', locale), type: 'longText', width: 50, wrap: true },
      { key: 'nextStep', header: header('nextStep', locale), type: 'text', width: 20 },
      { key: 'by', header: header('by', locale), type: 'text', width: 10 },
      { key: 'status', header: header('status', locale), type: 'text', width: 10 },
    ],
    rows: input.logs.map((l) => [l.ticketId, l.at, l.kind, l.channel || null, l.content, l.nextStep || null, l.by || null, l.status]),
  };
  const subtaskTable: TablePlan = {
    kind: 'table',
    name: 'Subtasks',
    top: 1,
    left: 1,
    style: 'TableStyleMedium2',
    columns: [
      { key: 'ticketId', header: header('ticketId', locale), type: 'text', width: 16 },
      { key: 'title', header: header('title', locale), type: 'text', width: 30 },
      { key: 'owner', header: header('owner', locale), type: 'text', width: 10 },
      { key: 'status', header: header('status', locale), type: 'text', width: 10 },
      { key: 'due', header: header('due', locale), type: 'datetime', numFmt: DATETIME_FORMAT, width: 17 },
      { key: 'dependsOn', header: header('dependsOn', locale), type: 'text', width: 20 },
      { key: 'needs', header: header('needs', locale), type: 'text', width: 14 },
    ],
    rows: input.subtasks.map((s) => [s.ticketId, s.title, s.owner || null, s.status, s.due, s.dependsOn || null, s.needs || null]),
  };

  const sheets: SheetPlan[] = [
    readmeSheet(locale, settings, sheetName('readme')),
    { key: 'tickets', name: ticketsSheet, blocks: [tickets], freeze: { row: 1, col: 1 }, showGridLines: true, fitToWidth: false, tabColor: '2F5597' },
    { key: 'log', name: sheetName('log'), blocks: [logTable], freeze: { row: 1, col: 0 }, showGridLines: true, fitToWidth: true },
    { key: 'subtasks', name: sheetName('subtasks'), blocks: [subtaskTable], freeze: { row: 1, col: 0 }, showGridLines: true, fitToWidth: true },
    { key: 'stats', name: statsSheet, blocks: [title, periodBlock, summaryTable, classification], showGridLines: false, fitToWidth: true, tabColor: '548235', widths: { 6: 3 } },
    { key: 'pivots', name: pivotSheet, blocks: crossBlocks, showGridLines: false, fitToWidth: true, widths: pivotWidths },
    { key: 'config', name: configSheet, blocks: configBlocks, freeze: { row: 2, col: 0 }, showGridLines: true, fitToWidth: false, tabColor: '7F7F7F' },
  ];
  if (input.importReport) sheets.push(importReportSheet(locale, input.importReport, sheetName('importReport')));

  return {
    schemaVersion: SCHEMA_VERSION,
    preset: settings.preset,
    locale,
    asOf: input.fixedAsOf,
    sheets,
    definedNames,
    validations,
    conditionalFormats,
    pivots,
  };
}

function fieldText(field: string, locale: Locale): string {
  return field in FIELD_META ? FIELD_META[field as TicketField].labels[locale] : field;
}

const W = (zhCN: string, zhTW: string, en: string): Record<Locale, string> => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, 'en-US': en });
const PERIOD_WORDS = {
  title: W('服务统计报表', '服務統計報表', 'Service statistics'),
  start: W('期间开始', '期間開始', 'Period start'),
  end: W('期间结束（不含）', '期間結束（不含）', 'Period end (exclusive)'),
  asOf: W('统计时点', '統計時點', 'As of'),
  weekOf: W('周（周一）', '週（週一）', 'Week of (Mon)'),
  received: W('受理量', '受理量', 'Received'),
  total: W('合计', '合計', 'Total'),
};
const SUMMARY_CAPTION = W('期间报告（Stats_Summary）', '期間報告（Stats_Summary）', 'Period report (Stats_Summary)');
const CLASSIFICATION_CAPTION = W('客户反馈分类统计（Stats_Classification）', '客戶反饋分類統計（Stats_Classification）', 'Feedback classification (Stats_Classification)');

function readmeSheet(locale: Locale, settings: Settings, name: string): SheetPlan {
  const t = README_TEXT[locale];
  const rows: PlanCell[][] = t.map((line) => [line]);
  rows.push([''], [`${README_VERSION[locale]} ${SCHEMA_VERSION} · ${README_PRESET[locale]} ${settings.preset}`]);
  return {
    key: 'readme',
    name,
    blocks: [
      { kind: 'cells', id: 'readmeTitle', top: 1, left: 1, style: 'title', rows: [['ServiceBook']] },
      { kind: 'cells', id: 'readme', top: 3, left: 1, style: 'note', rows },
    ],
    showGridLines: false,
    fitToWidth: true,
    widths: { 1: 110 },
  };
}

const README_VERSION = W('结构版本', '結構版本', 'Schema version');
const README_PRESET = W('模板预设', '模板預設', 'preset');
const README_TEXT: Record<Locale, string[]> = {
  'zh-CN': [
    '本工作簿由 ServiceBook 生成：客户服务工单的结构化记录、配置与统计。',
    '「工单」表（Tickets）：每行一张工单。下拉列表来自「配置」表；编号、优先级、时限由规则自动填写。',
    '行颜色：浅红 = 已超时未结；浅黄 = 即将超时（提醒时数见 Config_FollowUp）。颜色由条件格式计算，不需要加载项。',
    '「处理记录」表（Ticket_Log）：每张工单的沟通与进度历史；「子任务」表（Subtasks）：复杂需求的拆解。',
    '「统计」表：期间报告（Stats_Summary）与反馈分类（Stats_Classification）；「汇总」表：交叉统计（公式随数据更新）。',
    '「配置」表：主管可直接修改列表、时限规则、工作时间、节假日、编号、分派、关键词、处理建议与话术；下次刷新生效。',
    '表名固定（Tickets、Ticket_Log、Subtasks、Config_…、Stats_…），请勿改名；工作表名称可以修改。',
    '隐私：联系方式已脱敏；身份证号、银行卡号不保存；以 = + - @ 开头的文字按文本保存。',
  ],
  'zh-TW': [
    '本活頁簿由 ServiceBook 產生：客戶服務工單的結構化記錄、配置與統計。',
    '「工單」表（Tickets）：每列一張工單。下拉清單來自「配置」表；編號、優先級、時限由規則自動填寫。',
    '列顏色：淺紅 = 已逾時未結；淺黃 = 即將逾時（提醒時數見 Config_FollowUp）。顏色由條件格式計算，不需要增益集。',
    '「處理記錄」表（Ticket_Log）：每張工單的溝通與進度歷史；「子任務」表（Subtasks）：複雜需求的拆解。',
    '「統計」表：期間報告（Stats_Summary）與反饋分類（Stats_Classification）；「匯總」表：交叉統計（公式隨資料更新）。',
    '「配置」表：主管可直接修改清單、時限規則、工作時間、節假日、編號、分派、關鍵詞、處理建議與話術；下次重新整理生效。',
    '表名固定（Tickets、Ticket_Log、Subtasks、Config_…、Stats_…），請勿改名；工作表名稱可以修改。',
    '隱私：聯繫方式已脫敏；身分證號、銀行卡號不保存；以 = + - @ 開頭的文字按文字保存。',
  ],
  'en-US': [
    'This workbook was written by ServiceBook: structured service tickets, settings and statistics.',
    'Tickets sheet (table Tickets): one ticket per row. Dropdowns come from the Settings sheet; numbers, priorities and due times are filled by the rules.',
    'Row colours: light red = overdue and open; yellow = due soon (hours in Config_FollowUp). Conditional formats compute them without the add-in.',
    'Ticket log (Ticket_Log): the contact and progress history; Subtasks: the breakdown of complex requests.',
    'Statistics: period report (Stats_Summary) and feedback classification (Stats_Classification); Pivots: cross-tabs (formulas follow the data).',
    'Settings: supervisors edit lists, SLA rules, hours, holidays, numbering, routing, keywords, suggestions and scripts; the next refresh uses them.',
    'Table names are fixed (Tickets, Ticket_Log, Subtasks, Config_…, Stats_…); sheet names may be renamed.',
    'Privacy: contacts are masked; ID-card and bank-card numbers are never stored; text starting with = + - @ is stored as text.',
  ],
};

const REPORT_KINDS: Record<ImportReportEntry['kind'], Record<Locale, string>> = {
  problem: W('问题', '問題', 'Problem'),
  unmapped: W('未识别列', '未識別欄', 'Unmapped column'),
  split: W('拆分列', '拆分欄', 'Split column'),
  redaction: W('脱敏', '脫敏', 'Redaction'),
  kept: W('保留列', '保留欄', 'Kept column'),
  renumbered: W('重新编号', '重新編號', 'Renumbered'),
};

function importReportSheet(locale: Locale, entries: readonly ImportReportEntry[], name: string): SheetPlan {
  const columns: ColumnPlan[] = [
    { key: 'reportKind', header: header('reportKind', locale), type: 'text', width: 12 },
    { key: 'row', header: header('row', locale), type: 'integer', width: 7 },
    { key: 'column', header: header('column', locale), type: 'text', width: 16 },
    { key: 'field', header: header('field', locale), type: 'text', width: 14 },
    { key: 'detail', header: header('detail', locale), type: 'longText', width: 70, wrap: true },
  ];
  const rows: PlanCell[][] = entries.map((e) => [REPORT_KINDS[e.kind][locale], e.row, e.column, e.field, e.detail]);
  const blocks: BlockPlan[] = [{ kind: 'table', name: 'Import_Report', top: 1, left: 1, columns, rows, style: 'TableStyleMedium3' }];
  return { key: 'importReport', name, blocks, freeze: { row: 1, col: 0 }, showGridLines: true, fitToWidth: true };
}

