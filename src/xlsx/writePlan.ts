/**
 * Writes a workbook plan to an .xlsx file with exceljs: tables, number formats, widths, frozen
 * header, list validations (sources are defined names), formula conditional formats, defined
 * names and formula cells with cached results. Plan strings are always written as text, so
 * `=SUM(A1)` typed by a customer stays text (exceljs writes strings as shared strings; only a
 * PlanFormula becomes a formula).
 */
import { TEXT_FORMAT } from '../workbook/ticketTable';
import type ExcelJS from 'exceljs';
import { toMinutes, type LocalDateTime } from '../core/time/localDateTime';
import { fitCellText, formulaFits, xmlSafe } from '../core/excelLimits/limits';
import { colLetter } from '../workbook/plan';
import { wrappedRowHeight } from '../workbook/plan/fitWidths';
import { headerFooterCode, MARGINS } from '../workbook/plan/pageSetup';
import { isPlanDateTime, isPlanFormula, type CellsPlan, type ColumnPlan, type PlanCell, type SheetPlan, type TablePlan, type WorkbookPlan } from '../workbook/types';

/** A Date whose UTC fields hold the wall time, as exceljs stores and reads dates. */
export const localToDate = (t: LocalDateTime): Date => new Date(toMinutes(t) * 60_000);

const HEADER_FILL = 'FF2F5597';
const argb = (rgb: string): string => (rgb.length === 6 ? `FF${rgb}` : rgb);

type ExcelValue = ExcelJS.CellValue;

/**
 * One plan cell as exceljs stores it, within Excel's limits (src/core/excelLimits): text made
 * XML-safe and cut at 32,767 characters; a formula over 8,192 characters written as its cached
 * value (the builders keep formulas short; this is the last guard against a malformed file).
 */
export function toExcel(v: PlanCell, type: ColumnPlan['type'] | null): ExcelValue {
  if (v === null || v === undefined) return null;
  if (isPlanFormula(v)) {
    if (!formulaFits(v.formula)) return typeof v.result === 'string' ? fitCellText(v.result).text : (v.result ?? null);
    return { formula: v.formula, result: typeof v.result === 'string' ? fitCellText(v.result).text : (v.result ?? undefined) } as ExcelJS.CellFormulaValue;
  }
  if (isPlanDateTime(v)) return localToDate(v.datetime);
  if (typeof v === 'string' && (type === 'datetime' || type === 'date') && !Number.isNaN(toMinutes(v))) return localToDate(v);
  if (typeof v === 'string') return fitCellText(v).text;
  return v;
}

export interface WriteOptions {
  /** Called with rows written so far (tickets dominate). */
  onProgress?: (done: number, total: number, stage: string) => void;
}

/** Builds the exceljs workbook of a plan (in memory). */
export function planToWorkbook(plan: WorkbookPlan): ExcelJS.Workbook {
  // Loaded here, not with the module: the streaming writer takes only exceljs's writer (writeStreaming.ts).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Workbook } = require('exceljs') as typeof import('exceljs');
  const wb = new Workbook();
  wb.creator = 'ServiceBook';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) writeSheet(wb, sheet, plan);
  for (const n of plan.definedNames) wb.definedNames.add(`'${n.sheet.replace(/'/g, "''")}'!${n.ref}`, n.name);
  return wb;
}

export async function writePlanXlsx(plan: WorkbookPlan, path: string): Promise<void> {
  const wb = planToWorkbook(plan);
  await wb.xlsx.writeFile(path);
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetPlan, plan: WorkbookPlan): void {
  const ws = wb.addWorksheet(sheet.name, sheetOptions(sheet));
  for (const [c, w] of Object.entries(sheet.widths ?? {})) ws.getColumn(Number(c)).width = w;
  sheetLayout(ws, sheet);
  for (const b of sheet.blocks) {
    if (b.kind === 'table') writeTable(ws, b);
    else writeCells(ws, b);
  }
  for (const r of sheet.rowBreaks ?? []) if (r > 1) ws.getRow(r - 1).addPageBreak();
  addRules(ws, sheet, plan);
}

export function sheetOptions(sheet: SheetPlan): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    views: [
      sheet.freeze
        ? { state: 'frozen', xSplit: sheet.freeze.col, ySplit: sheet.freeze.row, showGridLines: sheet.showGridLines }
        : { state: 'normal', showGridLines: sheet.showGridLines },
    ],
    pageSetup: pageSetupOf(sheet),
    headerFooter: { oddHeader: headerFooterCode(sheet.pageSetup.header), oddFooter: headerFooterCode(sheet.pageSetup.footer) },
  };
}

/** exceljs's page setup of a sheet (A4; print titles become _xlnm.Print_Titles names). */
export function pageSetupOf(sheet: SheetPlan): Partial<ExcelJS.PageSetup> {
  const p = sheet.pageSetup;
  return {
    paperSize: 9,
    orientation: p.orientation,
    ...(p.fitToWidth ? { fitToPage: true, fitToWidth: p.fitToWidth, fitToHeight: 0 } : { fitToPage: false, scale: p.scale }),
    margins: { ...MARGINS[p.margins] },
    pageOrder: p.order,
    // exceljs writes `$` + each corner: `A$1:R$60` becomes the absolute `$A$1:$R$60` Excel writes.
    ...(p.printArea ? { printArea: p.printArea.replace(/([A-Z]+)(\d+)/g, '$1$$$2') } : {}),
    ...(p.titleRows ? { printTitlesRow: `${p.titleRows[0]}:${p.titleRows[1]}` } : {}),
    ...(p.titleColumns ? { printTitlesColumn: `${colLetter(p.titleColumns[0])}:${colLetter(p.titleColumns[1])}` } : {}),
  };
}

/** Hidden columns and manual page breaks of a sheet (before its rows are written). */
export function sheetLayout(ws: ExcelJS.Worksheet, sheet: SheetPlan): void {
  for (const c of sheet.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
}

/** Validations and conditional formats of a sheet (any writer: they are sheet-level). */
export function addRules(ws: ExcelJS.Worksheet, sheet: SheetPlan, plan: WorkbookPlan): void {
  for (const v of plan.validations) {
    const table = sheet.blocks.find((b): b is TablePlan => b.kind === 'table' && b.name === v.table);
    if (!table) continue;
    const i = table.columns.findIndex((c) => c.key === v.column);
    if (i < 0) continue;
    const col = colLetter(table.left + i);
    (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${col}${v.fromRow}:${col}${v.toRow}`, {
      type: 'list',
      allowBlank: v.allowBlank,
      formulae: [v.listName],
      showErrorMessage: true,
      errorStyle: v.strict ? 'stop' : 'warning',
      ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
    });
  }
  for (const cf of plan.conditionalFormats.filter((x) => x.sheet === sheet.name)) {
    ws.addConditionalFormatting({
      ref: cf.ref,
      rules: [
        {
          type: 'expression',
          priority: cf.priority,
          formulae: [cf.formula],
          stopIfTrue: cf.stopIfTrue,
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.style.fill) }, fgColor: { argb: argb(cf.style.fill) } },
            font: { color: { argb: argb(cf.style.font) } },
          },
        } as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
}

function writeTable(ws: ExcelJS.Worksheet, t: TablePlan): void {
  if (t.caption) {
    const c = ws.getCell(t.top - 1, t.left);
    c.value = xmlSafe(t.caption);
    c.font = CAPTION_FONT;
  }
  // Excel needs at least one body row; an empty table gets one blank row.
  const rows = t.rows.length ? t.rows : [t.columns.map(() => null)];
  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: `${colLetter(t.left)}${t.top}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: t.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: t.columns.map((c) => ({ name: xmlSafe(c.header), filterButton: true })),
    rows: rows.map((r) => r.map((v, i) => toExcel(v, t.columns[i]?.type ?? null))),
  });
  styleTable(ws, t, rows.length);
}

/** Formats, widths and the header look of a table already holding its values. */
export function styleTable(ws: ExcelJS.Worksheet, t: TablePlan, bodyRows: number): void {
  t.columns.forEach((c, i) => {
    const col = ws.getColumn(t.left + i);
    col.width = Math.max(col.width ?? 0, c.width);
    // The column's own format, so rows typed under the table later get it too.
    if (c.numFmt === TEXT_FORMAT) col.numFmt = TEXT_FORMAT;
    Object.assign(ws.getCell(t.top, t.left + i), HEADER_STYLE);
    for (let r = 1; r <= bodyRows; r++) {
      if ((t.rows[r - 1]?.[i] ?? null) === null) continue;
      ws.getCell(t.top + r, t.left + i).style = bodyStyle(c, c.type === 'number' ? (t.rowNumFmts?.[r - 1] ?? null) : null);
    }
  });
  t.rows.forEach((cells, i) => {
    const h = wrappedRowHeight(cells, t.columns);
    if (h) ws.getRow(t.top + 1 + i).height = Math.max(ws.getRow(t.top + 1 + i).height ?? 0, h);
  });
  ws.getRow(t.top).height = 30;
}

function writeCells(ws: ExcelJS.Worksheet, b: CellsPlan): void {
  b.rows.forEach((row, ri) => {
    row.forEach((v, ci) => {
      const cell = ws.getCell(b.top + ri, b.left + ci);
      cell.value = toExcel(v, null);
      Object.assign(cell, blockCellStyle(b, ri, ci, v));
    });
  });
}

/**
 * The workbook's font named in every font a cell sets: a font without a name makes LibreOffice
 * fall back to a serif face (bold headings printed in DejaVu Serif next to Calibri text).
 */
const BASE_FONT = { name: 'Calibri', family: 2 } as const;

const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };

/** The number format of a free-block cell, if it has one: `blockCellNumFmt(b, 0, 0.25)` is b's `0.0%`. */
function blockCellNumFmt(b: CellsPlan, ci: number, v: PlanCell): string | undefined {
  if (isPlanDateTime(v)) return v.numFmt;
  if (isPlanFormula(v) && v.numFmt) return v.numFmt;
  const fmt = b.columnNumFmts?.[ci] ?? b.numFmt;
  return fmt && (typeof v === 'number' || isPlanFormula(v)) ? fmt : undefined;
}

/** Where a cell sits in its block, as far as its look goes: a grid's first row is its title, `rowTitle` its first column. */
type BlockRole = 'title' | 'header' | 'total' | 'rowTitle' | 'body' | 'first' | 'other';

function blockCellRole(b: CellsPlan, ri: number, ci: number): BlockRole {
  if (b.style === 'keyValue') return ci === 0 ? 'first' : 'other';
  if (b.style !== 'crossTab' && b.style !== 'grid') return 'other';
  // A grid is a cross-tab without a totals row.
  const isTotal = b.style === 'crossTab' && ri === b.rows.length - 1 && ri > 1;
  if (ri === 0) return 'title';
  if (ri === 1) return 'header';
  if (isTotal) return 'total';
  return ci === 0 ? 'rowTitle' : 'body';
}

/** A new style object for a free-block cell of `style` in `role` with `numFmt`. */
function blockLook(style: CellsPlan['style'], role: BlockRole, numFmt: string | undefined): Partial<ExcelJS.Style> {
  const st: Partial<ExcelJS.Style> = {};
  if (numFmt) st.numFmt = numFmt;
  if (style === 'title') st.font = { ...BASE_FONT, bold: true, size: 16, color: { argb: 'FF1F3864' } };
  else if (style === 'note') st.alignment = { wrapText: true, vertical: 'top' };
  else if (style === 'keyValue' && role === 'first') st.font = { ...BASE_FONT, bold: true };
  else if (style === 'keyValue') st.alignment = { horizontal: 'left' };
  else if (style === 'crossTab' || style === 'grid') {
    if (role === 'title') st.font = { ...BASE_FONT, bold: true, size: 12, color: { argb: 'FF1F3864' } };
    else {
      if (role === 'header') {
        st.font = { ...BASE_FONT, bold: true, color: { argb: 'FFFFFFFF' } };
        st.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
        st.alignment = { horizontal: 'center' };
      } else if (role === 'total' || role === 'rowTitle') {
        st.font = { ...BASE_FONT, bold: true };
        if (role === 'total') st.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
      }
      st.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    }
  }
  return st;
}

/** The look of one cell of a free block, as a new object (the in-memory writer assigns it to the cell). */
export function blockCellStyle(b: CellsPlan, ri: number, ci: number, v: PlanCell): Partial<ExcelJS.Style> {
  return blockLook(b.style, blockCellRole(b, ri, ci), blockCellNumFmt(b, ci, v));
}

const sharedLooks = new Map<string, Partial<ExcelJS.Style>>();

/**
 * The look of one cell of a free block as one object shared by every cell that looks the same
 * (the streaming writer remembers style ids by object, as exceljs does): a 50,000-row grid asks
 * for a handful of objects, not 350,000. Not to be changed by the caller.
 */
export function sharedBlockCellStyle(b: CellsPlan, ri: number, ci: number, v: PlanCell): Partial<ExcelJS.Style> {
  const role = blockCellRole(b, ri, ci);
  const numFmt = blockCellNumFmt(b, ci, v);
  const key = `${b.style}|${role}|${numFmt ?? ''}`;
  let st = sharedLooks.get(key);
  if (!st) sharedLooks.set(key, (st = blockLook(b.style, role, numFmt)));
  return st;
}

const bodyStyles = new Map<string, Partial<ExcelJS.Style>>();

/**
 * The style of a table body cell: the column's number format (or the row's, for Stats_Summary),
 * wrapping, and top alignment. Shared objects, so exceljs's per-object style cache hits.
 */
export function bodyStyle(c: ColumnPlan, rowNumFmt: string | null): Partial<ExcelJS.Style> {
  const numFmt = rowNumFmt ?? c.numFmt ?? (c.type === 'integer' ? '0' : undefined);
  const key = `${numFmt ?? ''}|${c.wrap ? 1 : 0}`;
  let st = bodyStyles.get(key);
  if (!st) {
    // Top-aligned, so a row made tall by wrapped text reads from its first line.
    st = { ...(numFmt ? { numFmt } : {}), alignment: { vertical: 'top' as const, ...(c.wrap ? { wrapText: true } : {}) } };
    bodyStyles.set(key, st);
  }
  return st;
}

export const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { ...BASE_FONT, bold: true, color: { argb: 'FFFFFFFF' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } },
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
};
export const CAPTION_FONT: Partial<ExcelJS.Font> = { ...BASE_FONT, bold: true, size: 12, color: { argb: 'FF1F3864' } };
