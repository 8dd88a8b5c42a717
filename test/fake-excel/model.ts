/**
 * The document behind the fake: sheets of cells, tables, names, settings, formats, validations,
 * charts and PivotTables. Proxies read and write it only while a `sync()` runs.
 */
import { contains, Rect, rectCols, rectRows } from './address';
import { FakeOfficeError } from './errors';
import { defaultPageLayout, type PageLayoutModel } from './pageLayout';

export type CellValue = string | number | boolean;

export interface FormatRecord {
  rect: Rect;
  props: Record<string, unknown>;
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  /** Header row (zero-based) and first column. */
  r0: number;
  c0: number;
  cols: number;
  /** Data rows (Excel keeps at least one). */
  dataRows: number;
  style: string;
  showBandedRows: boolean;
  handlers: ((args: unknown) => unknown)[];
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  position: { start: string; end?: string } | null;
  legend: { visible: boolean; position: string };
}

export interface PivotModel {
  id: string;
  name: string;
  sheet: SheetModel;
  sourceHeaders: string[];
  source: string;
  destination: string;
  rows: string[];
  columns: string[];
  data: { name: string; source: string; summarizeBy: string }[];
  filters: string[];
  layoutType: string;
  showRowGrandTotals: boolean;
  showColumnGrandTotals: boolean;
}

export interface SheetModel {
  id: string;
  /** The workbook the sheet belongs to (for write notifications). */
  book?: WorkbookModel;
  name: string;
  visibility: string;
  /** Values by row; holes are empty cells. */
  rows: (CellValue[] | undefined)[];
  formulas: Map<string, string>;
  numberFormats: FormatRecord[];
  formats: FormatRecord[];
  columnWidths: Map<number, number>;
  validations: { rect: Rect; rule: unknown; errorAlert?: unknown; prompt?: unknown }[];
  conditionalFormats: { rect: Rect; type: string; props: Record<string, unknown> }[];
  charts: ChartModel[];
  pivots: PivotModel[];
  freeze: { rows: number; columns: number };
  protected: boolean;
  tabColor: string;
  showGridlines: boolean;
  /** Columns hidden (0-based). */
  hiddenColumns: Set<number>;
  /** Print setup (ExcelApi 1.9). */
  pageLayout: PageLayoutModel;
}

export interface NamedItemModel {
  name: string;
  formula: string;
  comment: string;
  scope: string | null;
}

let ids = 0;
export const newId = (prefix: string): string => `{${prefix}-${++ids}}`;

export class WorkbookModel {
  /** Called for every cell an API request writes (the fake raises Table.onChanged from it). */
  onWrite: ((s: SheetModel, r: number, c: number) => void) | null = null;
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: NamedItemModel[] = [];
  settings = new Map<string, string>();
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;

  addSheet(name: string): SheetModel {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
    const s: SheetModel = {
      id: newId('sheet'),
      name,
      visibility: 'Visible',
      rows: [],
      formulas: new Map(),
      numberFormats: [],
      formats: [],
      columnWidths: new Map(),
      validations: [],
      conditionalFormats: [],
      charts: [],
      pivots: [],
      freeze: { rows: 0, columns: 0 },
      protected: false,
      tabColor: '',
      showGridlines: true,
      hiddenColumns: new Set(),
      pageLayout: defaultPageLayout(),
    };
    s.book = this;
    this.sheets.push(s);
    if (!this.activeSheetId) this.activeSheetId = s.id;
    return s;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  tableByName(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  nameInUse(name: string): boolean {
    const n = name.toLowerCase();
    return this.tables.some((t) => t.name.toLowerCase() === n) || this.names.some((x) => x.name.toLowerCase() === n && x.scope === null);
  }
}

export const tableRect = (t: TableModel): Rect => ({ r0: t.r0, c0: t.c0, r1: t.r0 + t.dataRows, c1: t.c0 + t.cols - 1 });

/** The number format that applies to a cell: the latest record covering it, else General. */
export function numberFormatAt(s: SheetModel, r: number, c: number): string {
  for (let i = s.numberFormats.length - 1; i >= 0; i--) {
    const f = s.numberFormats[i];
    if (contains(f.rect, r, c)) return String(f.props.numberFormat);
  }
  return 'General';
}

export function cellValue(s: SheetModel, r: number, c: number): CellValue {
  const v = s.rows[r]?.[c];
  return v === undefined || v === null ? '' : v;
}

const FORMULA_START = /^[=+\-@]/;
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Writes one cell as Excel does when an add-in sets `values`: text starting with `=`, `+`, `-` or
 * `@` becomes a formula unless the cell is formatted as text (`@`); the fake does not evaluate
 * formulas, so their value reads back as ''.
 */
export function writeCell(s: SheetModel, r: number, c: number, v: unknown): void {
  s.book?.onWrite?.(s, r, c);
  const key = `${r},${c}`;
  if (typeof v === 'string' && FORMULA_START.test(v) && !NUMERIC.test(v) && numberFormatAt(s, r, c) !== '@') {
    s.formulas.set(key, v.startsWith('=') ? v : `=${v}`);
    setRaw(s, r, c, '');
    return;
  }
  s.formulas.delete(key);
  if (typeof v === 'string' && NUMERIC.test(v) && numberFormatAt(s, r, c) !== '@') setRaw(s, r, c, Number(v));
  else setRaw(s, r, c, v === null || v === undefined ? '' : (v as CellValue));
}

export function setRaw(s: SheetModel, r: number, c: number, v: CellValue): void {
  let row = s.rows[r];
  if (!row) {
    if (v === '') return;
    row = s.rows[r] = [];
  }
  row[c] = v;
}

export function writeFormula(s: SheetModel, r: number, c: number, f: unknown): void {
  s.book?.onWrite?.(s, r, c);
  if (typeof f === 'string' && f.startsWith('=') && numberFormatAt(s, r, c) !== '@') {
    s.formulas.set(`${r},${c}`, f);
    setRaw(s, r, c, '');
  } else writeCell(s, r, c, f);
}

export function formulaAt(s: SheetModel, r: number, c: number): CellValue {
  return s.formulas.get(`${r},${c}`) ?? cellValue(s, r, c);
}

/** Reads a rectangle cell by cell. */
export function readGrid<T>(rect: Rect, at: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: T[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(at(r, c));
    out.push(row);
  }
  return out;
}

/** Checks that a 2-D array matches the range's shape, as Excel does (a single value fills all). */
export function writeGrid(rect: Rect, input: unknown, put: (r: number, c: number, v: unknown) => void): void {
  if (!Array.isArray(input)) {
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) put(r, c, input);
    return;
  }
  if (input.length !== rectRows(rect) || input.some((row) => !Array.isArray(row) || row.length !== rectCols(rect)))
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rectRows(rect)}x${rectCols(rect)}).`,
    );
  input.forEach((row: unknown[], i) => row.forEach((v, j) => put(rect.r0 + i, rect.c0 + j, v)));
}

/** The smallest rectangle holding every non-empty value or formula. */
export function usedRect(s: SheetModel): Rect | null {
  let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
  s.rows.forEach((row, r) => {
    if (!row) return;
    row.forEach((v, c) => {
      if (v === '' || v === undefined || v === null) return;
      r0 = Math.min(r0, r); r1 = Math.max(r1, r); c0 = Math.min(c0, c); c1 = Math.max(c1, c);
    });
  });
  for (const key of s.formulas.keys()) {
    const [r, c] = key.split(',').map(Number);
    r0 = Math.min(r0, r); r1 = Math.max(r1, r); c0 = Math.min(c0, c); c1 = Math.max(c1, c);
  }
  return r1 < 0 ? null : { r0, r1, c0, c1 };
}

/** Renames a sheet as Excel does: defined names that point at it follow the new name. */
export function renameSheet(m: WorkbookModel, s: SheetModel, name: string): void {
  const quote = (x: string) => `'${x.replace(/'/g, "''")}'!`;
  const forms = [quote(s.name), `${s.name}!`];
  for (const n of m.names) for (const f of forms) if (n.formula.startsWith(`=${f}`)) n.formula = `=${quote(name)}${n.formula.slice(1 + f.length)}`;
  s.name = name;
}
