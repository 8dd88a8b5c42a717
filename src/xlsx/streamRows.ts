/**
 * The rows of one sheet of the streaming writer (writeStreaming.ts) written as worksheet XML
 * directly: no exceljs Row or Cell object per cell (at 100,000 tickets those, and a style lookup
 * per cell, were most of the writing time). The text is the one exceljs's row and cell xforms
 * write for the same cells, byte for byte (streamRows.test.ts compares the two): the same shared
 * strings in the same order (plan text is always a string cell, never a formula), the same style
 * ids from the writer's own style registry, the same row attributes (`ht`, `spans`).
 *
 *   writeSheetRows(ws, sheet, onRow)
 */
import type ExcelJS from 'exceljs';
import { xmlSafe } from '../core/excelLimits/limits';
import { wrappedRowHeight } from '../workbook/plan/fitWidths';
import type { PlanCell, SheetPlan, TablePlan } from '../workbook/types';
import { colLetter } from '../workbook/plan';
import { bodyStyle, CAPTION_FONT, HEADER_STYLE, sharedBlockCellStyle, toExcel } from './writePlan';

// exceljs's own text encoding and date serials, so the text is exactly what its xforms write.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const exceljsUtils = require('exceljs/lib/utils/utils') as { xmlEncode(s: string): string; dateToExcel(d: Date): number };

// exceljs's value types, from its enums alone (the whole library takes a quarter of a second to load).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ValueType = (require('exceljs/lib/doc/enums') as { ValueType: typeof ExcelJS.ValueType }).ValueType;

type Style = Partial<ExcelJS.Style>;
type Value = ExcelJS.CellValue;

/** The parts of exceljs's streaming worksheet writer the rows are written through (exceljs 4.4). */
export interface SheetWriter {
  getColumn(c: number): { style: Style };
  getRow(r: number): { addPageBreak(): void };
  startedData: boolean;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  stream: { write(text: string): void };
  _workbook: {
    styles: { addStyleModel(style: Style, cellType?: ExcelJS.ValueType): number };
    sharedStrings: { add(text: string): number };
  };
}

interface CellOut {
  value: Value;
  style: Style | null;
  /** A table body cell: its style is its column's shared object. */
  shared: boolean;
  /** The one look laid over the column's style (a shared object), when exactly one was; `style` is then null until needed. */
  look: Style | null;
}

/** exceljs's value type of a cell value (Cell.Types; a formula's is its result's for the style). */
function styleType(v: Value): ExcelJS.ValueType {
  if (v === null || v === undefined) return ValueType.Null;
  if (typeof v === 'string') return ValueType.String;
  if (typeof v === 'number') return ValueType.Number;
  if (typeof v === 'boolean') return ValueType.Boolean;
  if (v instanceof Date) return ValueType.Date;
  if (typeof v === 'object' && 'formula' in v) return styleType((v as ExcelJS.CellFormulaValue).result as Value);
  throw new Error('streamRows: a value the plan never holds');
}

/** A style as a new cell under column style `col` has it (exceljs's Cell._mergeStyle with an empty row style). */
function columnStyle(col: Style): Style {
  const st: Style = {};
  if (col.numFmt) st.numFmt = col.numFmt;
  if (col.font) st.font = col.font;
  if (col.alignment) st.alignment = col.alignment;
  if (col.border) st.border = col.border;
  if (col.fill) st.fill = col.fill;
  if (col.protection) st.protection = col.protection;
  return st;
}

/** The `<v>` text of a number, boolean or date. */
const scalar = (v: number | boolean | Date): string => (typeof v === 'boolean' ? (v ? '1' : '0') : v instanceof Date ? String(exceljsUtils.dateToExcel(v)) : String(v));

/**
 * Writes a sheet's rows 1..last to `ws` (between its columns and `</sheetData>`), calling
 * `onRow(tableOrBlockRows)` after each row with the number of plan rows it held.
 */
export async function writeSheetRows(ws: SheetWriter, sheet: SheetPlan, onRow?: (r: number, planRows: number) => void): Promise<void> {
  const { styles, sharedStrings } = ws._workbook;
  // Style ids of styles made for one cell, by content: the registry computes the same id for the same content.
  const byContent = new Map<string, number>();
  // The registry remembers a shared style object's id from its first use, whatever the cell type
  // after that; asking it again for each of 4,000,000 cells cost a second at 100,000 tickets.
  const byObject = new Map<Style, number>();
  const styleId = (st: Style, type: ExcelJS.ValueType, shared: boolean): number => {
    // A style object shared by many cells goes to the registry itself: it remembers such objects (by identity) as exceljs does.
    if (shared) {
      let id = byObject.get(st);
      if (id === undefined) byObject.set(st, (id = styles.addStyleModel(st, type)));
      return id;
    }
    const key = `${type}|${JSON.stringify(st)}`;
    let id = byContent.get(key);
    if (id === undefined) {
      id = styles.addStyleModel({ ...st }, type);
      byContent.set(key, id);
    }
    return id;
  };
  let rowStyleAdded = false;
  const breaks = new Set((sheet.rowBreaks ?? []).map((r) => r - 1));
  const lastRow = lastPlanRow(sheet);
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = (): void => {
    if (pending.length) ws.stream.write(pending.join(''));
    pending = [];
    pendingChars = 0;
  };
  // The last shared style of each column and its id: a body column keeps one style object for
  // thousands of rows, so most cells skip even the identity lookup.
  const lastStyle: (Style | undefined)[] = [];
  const lastId: number[] = [];
  const letters: string[] = [];
  const letterOf = (c: number): string => letters[c] ?? (letters[c] = colLetter(c));

  // The row being visited: its cells by column (sparse) and its height. One visitor for every row,
  // so a row allocates only its cells.
  let cells: (CellOut | undefined)[] = [];
  let height: number | undefined;
  // Ids of a look laid over a column's style, by look object, then column and value type: the
  // merged style is the same for the same three, so it is made (and its content turned into a
  // key) only the first time.
  const lookIds = new Map<Style, Map<number, number>>();
  const merged = (c: number, look: Style): Style => Object.assign(columnStyle(ws.getColumn(c).style ?? {}), look);
  const visitor: RowVisitor = {
    cell(c, value, style) {
      const cell = cells[c];
      if (!cell) {
        cells[c] = { value, style: null, shared: false, look: style };
        return;
      }
      // A second look on the same cell: laid over the first, on the cell's own copy.
      cell.style = cell.style === null ? merged(c, cell.look!) : cell.shared ? { ...cell.style } : cell.style;
      Object.assign(cell.style, style);
      cell.value = value;
      cell.shared = false;
      cell.look = null;
    },
    body(c, value, style) {
      // The body style replaces the column's whole: no need to build the column's first.
      const cell = cells[c];
      if (cell) {
        cell.value = value;
        cell.style = style;
        cell.shared = true;
        cell.look = null;
      } else cells[c] = { value, style, shared: true, look: null };
    },
    height(h, replace) {
      height = replace ? h : Math.max(height ?? 0, h);
    },
  };

  for (let r = 1; r <= lastRow; r++) {
    cells = [];
    height = undefined;
    const { planRows } = visitRow(sheet, r, visitor);
    if (breaks.has(r)) ws.getRow(r).addPageBreak();
    let first = 0;
    let last = 0;
    let hasValues = false;
    for (let c = 1; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell) continue;
      if (!first) first = c;
      last = c;
      if (cell.value !== null && cell.value !== undefined) hasValues = true;
    }
    if (hasValues || height) {
      if (!ws.startedData) {
        ws._writeColumns();
        ws._writeOpenSheetData();
        ws.startedData = true;
      }
      // exceljs registers the row's own (empty) style first; it only ever adds the default font and
      // the General format, so once is enough.
      if (!rowStyleAdded) {
        styles.addStyleModel({});
        rowStyleAdded = true;
      }
      let xml = '';
      for (let c = first; c <= last && first; c++) {
        const cell = cells[c];
        if (!cell) continue;
        const { value, style } = cell;
        let s: number;
        if (cell.shared && lastStyle[c] === style) s = lastId[c];
        else if (cell.look) {
          const type = styleType(value);
          let ids = lookIds.get(cell.look);
          if (!ids) lookIds.set(cell.look, (ids = new Map()));
          const key = c * 16 + type;
          const known = ids.get(key);
          if (known === undefined) ids.set(key, (s = styleId(merged(c, cell.look), type, false)));
          else s = known;
        } else {
          s = styleId(style!, styleType(value), cell.shared);
          if (cell.shared) {
            lastStyle[c] = style!;
            lastId[c] = s;
          }
        }
        xml += cellXml(letterOf(c) + r, s, value, sharedStrings);
      }
      const spans = first ? ` spans="${first}:${last}"` : '';
      const ht = height ? ` ht="${height}" customHeight="1"` : '';
      const row = `<row r="${r}"${ht}${spans} x14ac:dyDescent="0.25"${xml ? `>${xml}</row>` : '/>'}`;
      pending.push(row);
      pendingChars += row.length;
      if (pendingChars >= 1 << 18) {
        flush();
        // Let the zip stream deflate what was written (on the thread pool) before more is made:
        // otherwise the whole sheet waits in memory until the last row.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    onRow?.(r, planRows);
  }
  flush();
}

/** The last sheet row a sheet's blocks use (a table has at least one body row). */
export const lastPlanRow = (sheet: SheetPlan): number =>
  Math.max(0, ...sheet.blocks.map((b) => (b.kind === 'table' ? b.top + Math.max(1, b.rows.length) : b.top + b.rows.length - 1)));

/** What a row of the plan puts where (any writer: exceljs objects or direct text). */
export interface RowVisitor {
  /** A caption, header or free-block cell: its value and the style properties laid over the cell's. */
  cell(col: number, value: Value, style: Style): void;
  /** A table body cell: its value and its column's shared style object. */
  body(col: number, value: Value, style: Style): void;
  /** The row's height: 30 for a header row (`replace`), else the height wrapped text needs (the larger wins). */
  height(h: number, replace: boolean): void;
}

/**
 * Visits the cells of sheet row `r` block by block, in the order the writers have always set
 * them; returns whether the row holds any plan cell and how many plan rows (table body or
 * block rows) it holds.
 */
export function visitRow(sheet: SheetPlan, r: number, v: RowVisitor): { any: boolean; planRows: number } {
  let any = false;
  let planRows = 0;
  for (const b of sheet.blocks) {
    if (b.kind === 'table') {
      if (b.caption && r === b.top - 1) {
        v.cell(b.left, xmlSafe(b.caption), { font: CAPTION_FONT });
        any = true;
      } else if (r === b.top) {
        b.columns.forEach((col, i) => v.cell(b.left + i, xmlSafe(col.header), HEADER_STYLE));
        v.height(30, true);
        any = true;
      } else if (r > b.top && r <= b.top + Math.max(1, b.rows.length)) {
        const ri = r - b.top - 1;
        const values: PlanCell[] = b.rows[ri] ?? [];
        const rowFmt = b.rowNumFmts?.[ri] ?? null;
        const plain = columnBodyStyles(b);
        for (let i = 0; i < b.columns.length; i++) {
          const value = values[i] ?? null;
          if (value === null) continue;
          const col = b.columns[i];
          // One shared style object per column: exceljs memoises style ids by object identity.
          const style = rowFmt !== null && col.type === 'number' ? bodyStyle(col, rowFmt) : plain[i];
          v.body(b.left + i, toExcel(value, col.type), style);
        }
        const h = wrappedRowHeight(values, b.columns);
        if (h) v.height(h, false);
        any = true;
        planRows += 1;
      }
    } else if (r >= b.top && r < b.top + b.rows.length) {
      const ri = r - b.top;
      b.rows[ri].forEach((value, ci) => v.cell(b.left + ci, toExcel(value, null), sharedBlockCellStyle(b, ri, ci, value)));
      any = true;
      planRows += 1;
    }
  }
  return { any, planRows };
}

const bodyStylesOf = new WeakMap<TablePlan, Style[]>();

/** The shared body style of each column of a table (bodyStyle without a row format), looked up once per table. */
function columnBodyStyles(b: TablePlan): Style[] {
  let styles = bodyStylesOf.get(b);
  if (!styles) bodyStylesOf.set(b, (styles = b.columns.map((col) => bodyStyle(col, null))));
  return styles;
}

/** One cell as exceljs's cell xform writes it ('' for a cell without value or style). */
function cellXml(ref: string, s: number, v: Value, sst: { add(text: string): number }): string {
  const head = `<c r="${ref}"${s ? ` s="${s}"` : ''}`;
  if (v === null || v === undefined) return s ? `${head}/>` : '';
  if (typeof v === 'string') return `${head} t="s"><v>${sst.add(v)}</v></c>`;
  if (typeof v === 'number' || v instanceof Date) return `${head}><v>${scalar(v)}</v></c>`;
  if (typeof v === 'boolean') return `${head} t="b"><v>${scalar(v)}</v></c>`;
  const f = v as ExcelJS.CellFormulaValue;
  const formula = `<f>${exceljsUtils.xmlEncode(String(f.formula))}</f>`;
  const result = f.result as Value;
  if (result === null || result === undefined) return `${head}>${formula}</c>`;
  if (typeof result === 'string') return `${head} t="str">${formula}<v>${exceljsUtils.xmlEncode(result)}</v></c>`;
  if (typeof result === 'boolean') return `${head} t="b">${formula}<v>${scalar(result)}</v></c>`;
  return `${head}>${formula}<v>${scalar(result as number | Date)}</v></c>`;
}
