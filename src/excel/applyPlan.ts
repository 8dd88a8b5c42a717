/**
 * Applies a workbook plan (src/workbook) to the open workbook: sheets, tables written as 2-D
 * blocks then made tables in one call, formats, list validations pointing at defined names,
 * formula conditional formats, names, freeze panes, print setup (ExcelApi 1.9, `./pageLayout.ts`),
 * and — where ExcelApi 1.8 is there — native PivotTables; charts (category counts, weekly trend) go on the statistics sheet. The syncs are
 * a fixed few plus one per block of the large tables.
 */
import type { PlanProgress } from '../workbook/port';
import type { CellsPlan, PlanCell, SheetKey, SheetPlan, TablePlan, WorkbookPlan } from '../workbook/types';
import { isPlanDateTime, isPlanFormula } from '../workbook/types';
import { BlockWriter } from './blockWriter';
import { needsTextFormat, numberFormatOf, planCellOut, type OutValue } from './cellValues';
import { jsonBytes } from './payload';
import type { Capabilities } from './requirements';
import { resolveSheets } from './ownedSheets';
import { addColour, addListValidation } from './tableRules';
import { applyPageLayout, hideColumns } from './pageLayout';
import { rangeAt } from './rangeAt';
import { sheetNameKey } from '../workbook/plan/names';
import type { Session } from './session';
import { a1, colLetters, quoteSheet } from './sheetNames';

export interface ApplyOptions {
  caps: Capabilities;
  /** Apply only these sheets (and the names, pivots and charts that belong to them). */
  only?: readonly SheetKey[];
  onProgress?: PlanProgress;
}

export interface ApplyResult {
  /** Features left out because the host lacks them: 'pivotTables', 'dataValidation' … */
  skipped: string[];
  /** Plan sheets written under another name, because a sheet of the team's had theirs. */
  renamed: { from: string; to: string }[];
}

const CHART_DATA_COLUMN = 17; // Q on the statistics sheet
const CHART_COLUMN = 'T';

/** Excel column widths are in points; plan widths are in characters. */
const widthPoints = (chars: number): number => Math.round(chars * 5.6 + 6);
const hex = (c: string): string => (c.startsWith('#') ? c : `#${c}`);

export async function applyPlan(s: Session, plan: WorkbookPlan, opts: ApplyOptions): Promise<ApplyResult> {
  const { caps } = opts;
  const progress = opts.onProgress ?? (() => undefined);
  const skipped: string[] = [];
  const sheets = plan.sheets.filter((sh) => !opts.only || opts.only.includes(sh.key));
  const sheetKeys = new Set(sheets.map((x) => x.key));
  const sheetName = (key: SheetKey): string | undefined => plan.sheets.find((x) => x.key === key)?.name;

  // 1. Where each sheet goes (three fixed syncs): a sheet is cleared only when it is ServiceBook's.
  const wb = s.workbook;
  const targets = await resolveSheets(s, sheets);
  const actual = (planName: string): string => targets.get(planName)?.name ?? planName;
  const renamed = sheets.filter((sh) => !targets.get(sh.name)!.owned && actual(sh.name) !== sh.name).map((sh) => ({ from: sh.name, to: actual(sh.name) }));
  const existingNames = wb.names.load('items/name');
  const owned = sheets.filter((sh) => targets.get(sh.name)!.owned);
  const contents = owned.map((sh) => {
    const ws = wb.worksheets.getItem(actual(sh.name));
    return { ws, tables: ws.tables.load('items/name'), charts: ws.charts.load('items/name'), pivots: caps.pivotTables ? ws.pivotTables.load('items/name') : null };
  });
  await s.sync();

  // 2. Clear ServiceBook's sheets, add missing ones (each with its SB_Sheet_ name), sheet-level formats.
  // Large writes repaint once per block at most where the host can pause screen updates (1.9).
  const writer = new BlockWriter(s, undefined, caps.suspendScreenUpdating ? () => s.workbook.application.suspendScreenUpdatingUntilNextSync() : undefined);
  progress(0, 1, 'sheets');
  s.wrote();
  for (const c of contents) {
    c.pivots?.items.forEach((p) => p.delete());
    c.charts.items.forEach((ch) => ch.delete());
    c.tables.items.forEach((t) => t.delete());
    const all = c.ws.getRange();
    if (caps.conditionalFormats) all.conditionalFormats.clearAll();
    all.clear('All');
  }
  const existing = new Set(existingNames.items.map((n) => n.name.toLowerCase()));
  const handles = new Map<string, Excel.Worksheet>();
  for (const sh of sheets) {
    const target = targets.get(sh.name)!;
    const ws = target.owned ? wb.worksheets.getItem(target.name) : wb.worksheets.add(target.name);
    handles.set(sh.name, ws);
    // The marker goes in with the sheet, so an interrupted setup's sheets are known as ours.
    const marker = sheetNameKey(sh.key);
    if (!target.owned) {
      if (existing.has(marker.toLowerCase())) wb.names.getItem(marker).delete();
      wb.names.add(marker, `=${quoteSheet(target.name)}!$A$1`);
      existing.add(marker.toLowerCase());
    }
    if (sh.tabColor && caps.sheetLayout) ws.tabColor = hex(sh.tabColor);
    if (caps.gridlines) ws.showGridlines = sh.showGridLines;
    if (caps.columnWidths) for (const [col, w] of Object.entries(sh.widths ?? {})) rangeAt(ws, 0, Number(col) - 1, 1, 1).getEntireColumn().format.columnWidth = widthPoints(w);
  }
  for (const r of renamed) progress(1, 1, `renamed:${r.from}:${r.to}`);

  // 3. Blocks: formats first (so text stays text), then values in byte-bounded blocks.
  const pivotsNative = caps.pivotTables && plan.pivots.length > 0 && sheetKeys.has('pivots');
  if (plan.pivots.length && sheetKeys.has('pivots') && !caps.pivotTables) skipped.push('pivotTables');
  const totalRows = sheets.reduce((n, sh) => n + sh.blocks.reduce((m, b) => m + b.rows.length, 0), 0);
  let doneRows = 0;
  const tableRanges: { sheet: string; plan: TablePlan; address: string }[] = [];
  for (const sh of sheets) {
    const ws = handles.get(sh.name)!;
    for (const block of sh.blocks) {
      // PivotTable cells and sources the file host writes; here native PivotTables take their place.
      if (block.kind === 'cells' && block.fileOnly) continue;
      if (block.kind === 'table') tableRanges.push({ sheet: sh.name, plan: block, address: await writeTableBlock(writer, ws, actual(sh.name), block, caps) });
      else await writeCellsBlock(writer, ws, block);
      doneRows += block.rows.length;
      progress(doneRows, totalRows, 'rows');
    }
  }

  // 4. Tables, names, validations, conditional formats, freeze panes, pivots, charts.
  progress(totalRows, totalRows, 'finish');
  for (const t of tableRanges) {
    const table = handles.get(t.sheet)!.tables.add(t.address, true);
    table.name = t.plan.name;
    table.style = t.plan.style;
  }
  for (const n of plan.definedNames) {
    if (!sheets.some((sh) => sh.name === n.sheet) && existing.has(n.name.toLowerCase())) continue;
    if (existing.has(n.name.toLowerCase())) wb.names.getItem(n.name).delete();
    wb.names.add(n.name, `=${quoteSheet(actual(n.sheet))}!${n.ref}`);
    existing.add(n.name.toLowerCase());
  }
  const tablePlans = new Map(sheets.flatMap((sh) => sh.blocks.filter((b): b is TablePlan => b.kind === 'table').map((b) => [b.name, { sheet: sh.name, plan: b }] as const)));
  const validations = plan.validations.filter((v) => tablePlans.has(v.table));
  if (validations.length && !caps.dataValidation) skipped.push('dataValidation');
  if (caps.dataValidation)
    for (const v of validations) {
      const { sheet, plan: tp } = tablePlans.get(v.table)!;
      const idx = tp.columns.findIndex((c) => c.key === v.column);
      if (idx < 0) continue;
      addListValidation(rangeAt(handles.get(sheet)!, v.fromRow - 1, tp.left - 1 + idx, v.toRow - v.fromRow + 1, 1), v, plan.locale);
    }
  const colours = plan.conditionalFormats.filter((cf) => handles.has(cf.sheet));
  if (colours.length && !caps.conditionalFormats) skipped.push('conditionalFormats');
  for (const cf of caps.conditionalFormats ? colours : []) {
    addColour(handles.get(cf.sheet)!, cf);
  }
  // Print setup: page layout and breaks at 1.9, hidden columns (Stats_Summary's keys) at 1.2.
  if (!caps.pageLayout && sheets.length) skipped.push('pageLayout');
  for (const sh of sheets) {
    const ws = handles.get(sh.name)!;
    if (caps.columnWidths) hideColumns(ws, sh);
    if (caps.pageLayout) applyPageLayout(ws, sh);
  }
  for (const sh of caps.sheetLayout ? sheets : []) {
    if (!sh.freeze || (sh.freeze.row === 0 && sh.freeze.col === 0)) continue;
    const ws = handles.get(sh.name)!;
    if (sh.freeze.col === 0) ws.freezePanes.freezeRows(sh.freeze.row);
    else if (sh.freeze.row === 0) ws.freezePanes.freezeColumns(sh.freeze.col);
    else ws.freezePanes.freezeAt(rangeAt(ws, 0, 0, sh.freeze.row, sh.freeze.col));
  }
  if (pivotsNative) addPivots(s, plan, handles, sheetName, actual);
  if (sheetKeys.has('stats')) addCharts(handles, plan, sheetName, actual);
  s.wrote();
  await writer.finish(true);
  for (const k of skipped) progress(1, 1, `skipped:${k}`);
  return { skipped, renamed };
}

/** Writes a table's caption, header and body (formats first); returns the address for tables.add. */
/** Writes a table block's caption, header, formats and rows (in byte-bounded requests); returns its address for Tables.add. */
export async function writeTableBlock(writer: BlockWriter, ws: Excel.Worksheet, sheet: string, t: TablePlan, caps: Capabilities): Promise<string> {
  const cols = t.columns.length;
  const bodyRows = Math.max(1, t.rows.length);
  await writer.add(200 * cols, () => {
    if (t.caption) {
      const cap = rangeAt(ws, t.top - 2, t.left - 1, 1, 1);
      cap.numberFormat = [['@']];
      cap.values = [[t.caption]];
      cap.format.font.bold = true;
    }
    t.columns.forEach((c, j) => {
      const col = rangeAt(ws, t.top, t.left - 1 + j, bodyRows, 1);
      col.numberFormat = numberFormatOf(c.type, c.numFmt) as unknown as string[][];
      if (c.wrap) col.format.wrapText = true;
      if (caps.columnWidths) rangeAt(ws, t.top - 1, t.left - 1 + j, 1, 1).getEntireColumn().format.columnWidth = widthPoints(c.width);
    });
    const head = rangeAt(ws, t.top - 1, t.left - 1, 1, cols);
    head.numberFormat = '@' as unknown as string[][];
    head.values = [t.columns.map((c) => c.header)];
  });
  // Per-row number formats (Stats_Summary mixes counts, rates and hours).
  if (t.rowNumFmts)
    for (let i = 0; i < t.rows.length; i++) {
      const f = t.rowNumFmts[i];
      if (!f) continue;
      const numeric = t.columns.map((c, j) => (c.type === 'number' || c.type === 'integer' ? j : -1)).filter((j) => j >= 0);
      if (!numeric.length) continue;
      const first = Math.min(...numeric);
      const last = Math.max(...numeric);
      await writer.add(80, () => {
        rangeAt(ws, t.top + i, t.left - 1 + first, 1, last - first + 1).numberFormat = f as unknown as string[][];
      });
    }
  const types = t.columns.map((c) => c.type);
  for (let start = 0; start < t.rows.length; ) {
    // Rows are grouped by bytes inside the writer; a group of up to 2,000 rows keeps each range modest.
    const end = Math.min(t.rows.length, start + 2000);
    const grid: OutValue[][] = [];
    const textCells: [number, number][] = [];
    let hasFormula = false;
    for (let i = start; i < end; i++) {
      const row = t.rows[i];
      grid.push(
        t.columns.map((c, j) => {
          const cell = row[j];
          const v = planCellOut(cell, types[j]);
          if (isPlanFormula(cell)) hasFormula = true;
          else if (needsTextFormat(v) && numberFormatOf(c.type, c.numFmt) !== '@') textCells.push([i, j]);
          return v;
        }),
      );
    }
    await writeGridInBlocks(writer, ws, t.top + start, t.left - 1, grid, hasFormula, textCells.map(([i, j]) => [i - start, j]));
    start = end;
  }
  const lastRow = t.top + bodyRows;
  return `${quoteSheet(sheet)}!${a1(t.top, t.left)}:${a1(lastRow, t.left + cols - 1)}`;
}

/** Splits a grid into byte-bounded row blocks and queues each (0-based sheet row/column). */
async function writeGridInBlocks(writer: BlockWriter, ws: Excel.Worksheet, row0: number, col0: number, grid: OutValue[][], formulas: boolean, textCells: [number, number][]): Promise<void> {
  const cols = grid[0]?.length ?? 0;
  if (!cols) return;
  let start = 0;
  while (start < grid.length) {
    let end = start;
    let bytes = 0;
    while (end < grid.length && (end === start || bytes < 700_000)) bytes += jsonBytes(grid[end++]) + 1;
    const part = grid.slice(start, end);
    const texts = textCells.filter(([i]) => i >= start && i < end);
    const at = start;
    await writer.add(bytes + texts.length * 60, () => {
      for (const [i, j] of texts) rangeAt(ws, row0 + i, col0 + j, 1, 1).numberFormat = [['@']];
      const range = rangeAt(ws, row0 + at, col0, part.length, cols);
      if (formulas) range.formulas = part;
      else range.values = part;
    });
    start = end;
  }
}

async function writeCellsBlock(writer: BlockWriter, ws: Excel.Worksheet, b: CellsPlan): Promise<void> {
  const width = Math.max(1, ...b.rows.map((r) => r.length));
  const grid: OutValue[][] = b.rows.map((r) => Array.from({ length: width }, (_, j) => planCellOut(r[j])));
  const formats: { i: number; j: number; f: string }[] = [];
  const texts: [number, number][] = [];
  let hasFormula = false;
  b.rows.forEach((r, i) =>
    r.forEach((c: PlanCell, j) => {
      if (isPlanFormula(c)) {
        hasFormula = true;
        const f = c.numFmt ?? b.columnNumFmts?.[j] ?? b.numFmt;
        if (f) formats.push({ i, j, f });
      } else if (isPlanDateTime(c)) formats.push({ i, j, f: c.numFmt });
      else if (typeof c === 'number' && (b.columnNumFmts?.[j] ?? b.numFmt)) formats.push({ i, j, f: (b.columnNumFmts?.[j] ?? b.numFmt)! });
      else if (typeof c === 'string') texts.push([i, j]);
    }),
  );
  await writer.add(formats.length * 80 + 200, () => {
    for (const { i, j, f } of formats) rangeAt(ws, b.top - 1 + i, b.left - 1 + j, 1, 1).numberFormat = [[f]];
    const whole = rangeAt(ws, b.top - 1, b.left - 1, b.rows.length, width);
    if (b.style === 'title') {
      whole.format.font.bold = true;
      whole.format.font.size = 16;
    } else if (b.style === 'keyValue') rangeAt(ws, b.top - 1, b.left - 1, b.rows.length, 1).format.font.bold = true;
    else if (b.style === 'crossTab' || b.style === 'grid') {
      rangeAt(ws, b.top - 1, b.left - 1, 1, 1).format.font.bold = true;
      if (b.rows.length > 1) {
        const head = rangeAt(ws, b.top, b.left - 1, 1, width);
        head.format.font.bold = true;
        head.format.fill.color = '#DDEBF7';
      }
    } else if (b.style === 'note') whole.format.wrapText = true;
  });
  // Strings are literal text: only those Excel would parse get a text format first.
  const parsedTexts = texts.filter(([i, j]) => needsTextFormat(grid[i][j]));
  await writeGridInBlocks(writer, ws, b.top - 1, b.left - 1, grid, hasFormula, parsedTexts);
}

/** Native PivotTables over the Tickets table, side by side right of the formula cross-tabs. */
function addPivots(s: Session, plan: WorkbookPlan, handles: Map<string, Excel.Worksheet>, sheetName: (k: SheetKey) => string | undefined, actual: (n: string) => string): void {
  const pivotSheet = sheetName('pivots');
  const ws = pivotSheet ? handles.get(pivotSheet) : undefined;
  const tickets = plan.sheets.find((x) => x.key === 'tickets')?.blocks.find((b): b is TablePlan => b.kind === 'table' && b.name === 'Tickets');
  if (!ws || !tickets) return;
  const headerOf = (key: string): string | undefined => tickets.columns.find((c) => c.key === key)?.header;
  const pivotsSheetPlan = plan.sheets.find((x) => x.key === 'pivots')!;
  const usedCols = Math.max(1, ...pivotsSheetPlan.blocks.filter((b) => !(b.kind === 'cells' && b.fileOnly)).map((b) => b.left - 1 + Math.max(0, ...b.rows.map((r) => r.length))));
  let col = usedCols + 2;
  const source = s.workbook.tables.getItem('Tickets');
  for (const spec of plan.pivots) {
    // Grouping by week needs the UI; the weekly trend stays a formula block and a chart.
    if (spec.groupByWeek) continue;
    const rowHeader = headerOf(spec.rowField);
    const colHeader = spec.colField ? headerOf(spec.colField) : undefined;
    const valueHeader = headerOf(spec.valueField);
    if (!rowHeader || !valueHeader || (spec.colField && !colHeader)) continue;
    const anchorRow = Number(/\d+/.exec(spec.anchor)?.[0] ?? '1');
    rangeAt(ws, anchorRow - 1, col - 1, 1, 1).values = [[spec.title]];
    const pt = ws.pivotTables.add(spec.name, source, `${quoteSheet(actual(pivotSheet!))}!${colLetters(col)}${anchorRow + 1}`);
    pt.rowHierarchies.add(pt.hierarchies.getItem(rowHeader));
    if (colHeader) pt.columnHierarchies.add(pt.hierarchies.getItem(colHeader));
    const data = pt.dataHierarchies.add(pt.hierarchies.getItem(valueHeader));
    data.summarizeBy = 'Count';
    pt.layout.layoutType = 'Tabular';
    col += 12;
  }
}

/**
 * Charts on the statistics sheet: tickets per category and the weekly trend, fed by a small data
 * block whose formulas point at the cross-tab cells (so the charts follow the data).
 */
function addCharts(handles: Map<string, Excel.Worksheet>, plan: WorkbookPlan, sheetName: (k: SheetKey) => string | undefined, actual: (n: string) => string): void {
  const statsName = sheetName('stats');
  const pivName = sheetName('pivots');
  const ws = statsName ? handles.get(statsName) : undefined;
  const piv = plan.sheets.find((x) => x.key === 'pivots');
  if (!ws || !piv || !pivName) return;
  const block = (name: string): CellsPlan | undefined => piv.blocks.find((b): b is CellsPlan => b.kind === 'cells' && b.id === `crossTab:${name}`);
  let top = 3;
  const charts: { title: string; type: 'ColumnClustered' | 'Line'; block: CellsPlan; valueCol: (b: CellsPlan) => number }[] = [];
  const cat = block('categoryByStatus');
  const weekly = block('weeklyVolume');
  if (cat) charts.push({ title: titleOf(cat), type: 'ColumnClustered', block: cat, valueCol: (b) => b.rows[1].length - 1 });
  if (weekly) charts.push({ title: titleOf(weekly), type: 'Line', block: weekly, valueCol: () => 1 });
  let chartTop = 2;
  for (const c of charts) {
    const dataRows = c.block.rows.slice(2, -1);
    const n = Math.max(1, dataRows.length);
    const ref = (i: number, j: number): string => `=${quoteSheet(actual(pivName))}!$${colLetters(c.block.left + j)}$${c.block.top + 2 + i}`;
    const grid: (string | number)[][] = [[String(c.block.rows[1][0] ?? ''), String(c.block.rows[1][c.valueCol(c.block)] ?? '')]];
    for (let i = 0; i < n; i++) grid.push(dataRows.length ? [ref(i, 0), ref(i, c.valueCol(c.block))] : ['', 0]);
    const range = rangeAt(ws, top - 1, CHART_DATA_COLUMN - 1, grid.length, 2);
    range.formulas = grid;
    if (c.type === 'Line') rangeAt(ws, top, CHART_DATA_COLUMN - 1, n, 1).numberFormat = 'yyyy-mm-dd' as unknown as string[][];
    const chart = ws.charts.add(c.type, range, 'Columns');
    chart.title.text = c.title;
    chart.legend.visible = false;
    chart.setPosition(`${CHART_COLUMN}${chartTop}`, `AB${chartTop + 16}`);
    chartTop += 18;
    top += grid.length + 2;
  }
}

const titleOf = (b: CellsPlan): string => String(b.rows[0]?.[0] ?? '');

export type { SheetPlan };
