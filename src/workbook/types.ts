/**
 * The plan of a structured ServiceBook workbook: a host-independent description of sheets,
 * tables, formats, validations, conditional formats, defined names and pivot specs. The file
 * host (src/xlsx) writes it with exceljs; the Office.js host (src/excel) applies it with the
 * Excel API. Positions are 1-based (row 1 = first sheet row, column 1 = A).
 */
import type { FormulaAsValue } from './plan/formulasAsValues';
import type { Locale } from '../core/schema/fieldMeta';
import type { LocalDateTime } from '../core/time/localDateTime';

/** How a column's cells are stored and shown. */
export type ColumnType = 'text' | 'longText' | 'integer' | 'number' | 'percent' | 'datetime' | 'date' | 'boolean';

/** A formula cell; `result` is the cached value hosts write so a reader without a calc engine sees it. */
export interface PlanFormula {
  formula: string;
  result?: string | number | boolean | null;
  /** Number format of the cell (free cells; table columns carry their own). */
  numFmt?: string;
}

/**
 * One cell of a plan. Strings are ALWAYS literal text (never a formula, whatever they start
 * with); in a `datetime`/`date` column a string is a LocalDateTime the host stores as a date.
 */
export type PlanCell = string | number | boolean | null | PlanFormula | PlanDateTime;

/** A date-time in a free cell block (table columns use their column type instead). */
export interface PlanDateTime {
  datetime: LocalDateTime;
  numFmt: string;
  /**
   * The same time as the text the cell holds (`2024/3/5 14:30`), made a date cell: written only
   * where the cell can take a date style (the in-place editor), else the typed text stays.
   */
  typed?: true;
}

export const isPlanFormula = (c: PlanCell | undefined): c is PlanFormula => typeof c === 'object' && c !== null && 'formula' in c;
export const isPlanDateTime = (c: PlanCell | undefined): c is PlanDateTime => typeof c === 'object' && c !== null && 'datetime' in c;

export interface ColumnPlan {
  /** Stable key (a ticket field, `extra:<header>`, or a config key). */
  key: string;
  /** Localised header text. */
  header: string;
  type: ColumnType;
  /** Excel number format, e.g. `yyyy-mm-dd hh:mm`. */
  numFmt?: string;
  /** Width in characters. */
  width: number;
  wrap?: boolean;
}

export interface TablePlan {
  kind: 'table';
  /** Fixed table name (Tickets, Ticket_Log, Config_SLA …). */
  name: string;
  /** Header row and first column of the table. */
  top: number;
  left: number;
  columns: ColumnPlan[];
  rows: PlanCell[][];
  /** Excel table style, e.g. TableStyleMedium2. */
  style: string;
  /** Optional caption written one row above the header. */
  caption?: string;
  /** Number format per body row for numeric cells (Stats_Summary mixes counts, rates, hours). */
  rowNumFmts?: (string | null)[];
  /** Notes and hyperlinks on body cells, carried from another workbook (archive). */
  annotations?: PlanAnnotation[];
}

/** Where a hyperlink goes: a web or file address, or a place in the workbook (`Sheet!A1`). */
export interface PlanLink {
  target?: string;
  location?: string;
  tooltip?: string;
}

/** A note or a hyperlink on a table body cell: 0-based body row and table column. */
export interface PlanAnnotation {
  row: number;
  col: number;
  note?: string;
  link?: PlanLink;
}

/** Free cells (titles, labels, cross-tab blocks). */
export interface CellsPlan {
  kind: 'cells';
  /** Stable id, e.g. `crosstab:category×status`. */
  id: string;
  top: number;
  left: number;
  rows: PlanCell[][];
  /** How the host styles the block: first row as header, first column as row labels. */
  style: 'title' | 'note' | 'keyValue' | 'crossTab' | 'grid';
  /** Number format for numeric cells of the block (keyValue / crossTab). */
  numFmt?: string;
  /** Number format per column of the block, overriding numFmt where not null. */
  columnNumFmts?: (string | null)[];
  /** Written by the file host only (a PivotTable's cells and source; Office.js builds native ones). */
  fileOnly?: boolean;
}

export type BlockPlan = TablePlan | CellsPlan;

/** A list validation on a table column; the source is a defined name (never INDIRECT). */
export interface ValidationPlan {
  table: string;
  column: string;
  /** Defined name of the list, written as `=NAME`. */
  listName: string;
  /** Rows of the sheet the validation covers (the table body plus room to grow). */
  fromRow: number;
  toRow: number;
  allowBlank: boolean;
  /** When false, entries outside the list only warn (open lists such as channels). */
  strict: boolean;
  prompt?: string;
}

export interface CellStylePlan {
  fill: string; // RRGGBB
  font: string; // RRGGBB
}

/** A formula-driven conditional format over a sheet range; the formula is written for the range's top-left cell. */
export interface ConditionalFormatPlan {
  id: 'overdue' | 'dueSoon' | string;
  sheet: string;
  /** A1 range, e.g. `A2:AL540`. */
  ref: string;
  formula: string;
  style: CellStylePlan;
  stopIfTrue: boolean;
  priority: number;
}

export interface DefinedNamePlan {
  name: string;
  sheet: string;
  /** Absolute A1 reference on `sheet`, e.g. `$A$2:$A$7`. */
  ref: string;
}

/** A PivotTable (and chart) the Office.js host builds over the Tickets table; the file host writes formula cross-tabs instead. */
export interface PivotSpec {
  name: string;
  title: string;
  source: 'Tickets';
  /** Column keys (ticket fields) */
  rowField: string;
  colField: string | null;
  /** Values: count of ticket numbers. */
  valueField: 'id';
  /** Only tickets received in the period (SB_PeriodStart ≤ receivedAt < SB_PeriodEnd). */
  filterReceivedInPeriod: boolean;
  /** Group receivedAt by week (trend). */
  groupByWeek?: boolean;
  chart: 'none' | 'columnClustered' | 'columnStacked' | 'line';
  /** Where the Office.js host places it: sheet key + anchor cell. */
  sheet: string;
  anchor: string;
}

/** Text of a page header or footer, in three parts; `{page}` and `{pages}` are page numbers. */
export interface HeaderFooterPlan {
  left?: string;
  center?: string;
  right?: string;
}

/**
 * How a sheet prints (A4 paper). A fixed `scale` keeps text legible (11 pt × 85 % ≈ 9.4 pt);
 * `fitToWidth` shrinks to that many pages wide instead, for sheets where legibility matters less
 * than seeing every column.
 */
export interface PageSetupPlan {
  orientation: 'portrait' | 'landscape';
  /** Percent, 10–400; ignored when fitToWidth is set. */
  scale: number;
  /** Only this range prints (A1 without sheet, e.g. `A1:T40`). */
  printArea?: string;
  fitToWidth?: number;
  /** Margins in inches: narrow (0.4 left/right, 0.6 top/bottom) or Excel's normal ones. */
  margins: 'narrow' | 'normal';
  /** Sheet rows repeated at the top of every page, 1-based inclusive ([1, 1] = the header row). */
  titleRows?: [number, number];
  /** Sheet columns repeated at the left of every page ([1, 1] = column A). */
  titleColumns?: [number, number];
  /** Page order: across the columns first (a wide register), or down the rows first. */
  order: 'downThenOver' | 'overThenDown';
  header?: HeaderFooterPlan;
  footer?: HeaderFooterPlan;
}

/** One series of a chart: the cells it reads and their values now (cached in the chart part). */
export interface ChartSeriesPlan {
  name: string;
  /** Absolute references with the sheet, e.g. `'统计'!$B$40:$B$42`. */
  categoriesRef: string;
  valuesRef: string;
  categories: string[];
  values: (number | null)[];
}

/**
 * A native chart over cells of the plan. The file host writes it as a DrawingML chart part with
 * cached values (src/xlsx/charts/); placed over the cells `from` (top-left) to `to` (exclusive).
 */
export interface ChartPlan {
  id: string;
  kind: 'line' | 'pie' | 'bar' | 'column';
  title: string;
  sheet: SheetKey;
  from: { row: number; col: number };
  to: { row: number; col: number };
  series: ChartSeriesPlan[];
  /** Number format of the values axis and labels, e.g. `0`, `0%`, `0.0`. */
  numFmt: string;
  /** Fixed value-axis maximum (1 for rates, 5 for 1–5 scores). */
  max?: number;
  /** Number format of the category labels when the cells are dates (the weekly trend's Mondays). */
  categoryNumFmt?: string;
}

/**
 * A PivotTable the file host writes with its cache (definition and records), over the source
 * block of the plan (PivotSourcePlan): count of the first field by a row field and a column field,
 * in tabular form with grand totals. Its cells are in the plan too (a fileOnly block at top/left).
 */
export interface PivotTablePlan {
  name: string;
  sheet: SheetKey;
  /** Top-left cell of the table (its data caption), 1-based. */
  top: number;
  left: number;
  /** Indices into the source's fields. */
  rowField: number;
  colField: number;
  dataCaption: string;
  grandTotal: string;
  /** Items in display order (each occurs in the source), and counts[row][col]. */
  rowItems: string[];
  colItems: string[];
  counts: number[][];
}

/** The rows PivotTables read: one row per ticket received in the period, text fields only. */
export interface PivotSourcePlan {
  sheet: SheetKey;
  /** Header row, 1-based, and first column. */
  top: number;
  left: number;
  fields: string[];
  rows: string[][];
}

export type SheetKey = 'readme' | 'tickets' | 'log' | 'subtasks' | 'stats' | 'config' | 'importReport' | 'pivots';

export interface SheetPlan {
  key: SheetKey;
  /** Localised sheet name. */
  name: string;
  tabColor?: string;
  blocks: BlockPlan[];
  /** Freeze panes below `row` rows and right of `col` columns. */
  freeze?: { row: number; col: number };
  /** Autofilter is part of each table; this turns on gridline hiding for report-like sheets. */
  showGridLines: boolean;
  /** Printing: orientation, scale, repeated titles, header and footer (see PageSetupPlan). */
  pageSetup: PageSetupPlan;
  /** Widths of columns not covered by a table (1-based index → characters). */
  widths?: Record<number, number>;
  /** Columns hidden from view and print (1-based), e.g. the internal keys of Stats_Summary. */
  hiddenColumns?: number[];
  /** Manual page breaks: a new page starts at each of these rows. */
  rowBreaks?: number[];
}

export interface WorkbookPlan {
  schemaVersion: number;
  preset: string;
  locale: Locale;
  asOf: LocalDateTime | null;
  sheets: SheetPlan[];
  /** Formulas over Excel's 8,192 characters the plan holds as their values (src/workbook/plan/formulasAsValues.ts). */
  formulasAsValues?: FormulaAsValue[];
  definedNames: DefinedNamePlan[];
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  pivots: PivotSpec[];
  /** Native charts the file host writes (the Office.js host draws its own from the same data). */
  charts: ChartPlan[];
  /** PivotTables with their caches the file host writes, and the rows they read. */
  pivotTables: PivotTablePlan[];
  pivotSource: PivotSourcePlan | null;
}

/** A table as read back from a host: header texts and body rows of raw cell values. */
export interface TableData {
  name: string;
  sheet: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** 1-based sheet column of the first column, when the host knows it (the file host does). */
  left?: number;
  headers: string[];
  rows: RawCell[][];
  /**
   * Non-blank rows typed directly below the table's range (LibreOffice, WPS and scripts do not
   * grow a table): the file host adopts them into the table. Absent when there are none.
   */
  below?: RawCell[][];
  /** The table has Excel's total row under its body (the file host knows it): an edit that moves rows would have to move it. */
  totalsRow?: boolean;
}

/** Cells as hosts hand them to the core (a Date carries wall time in its UTC fields). */
export type RawCell = string | number | boolean | Date | null;
