/* eslint-disable @typescript-eslint/no-explicit-any -- these members mirror @types/office-js, which types them as any */
/** Tables: collection, table, rows, columns, and the onChanged event. */
import { formatAddress, parseRect, quoteSheet, Rect, splitSheet } from './address';
import { FakeClientObject, FakeClientResult, FakeCollection, FakeItem } from './base';
import type { Checked } from './checked';
import type { FakeRequestContext } from './context';
import { FakeOfficeError, itemNotFound } from './errors';
import { cellValue, newId, numberFormatAt, SheetModel, tableRect, TableModel, writeCell } from './model';
import { FakeRange, RangeTarget } from './range';
import { FakeWorksheet } from './sheet';

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

export function headersOf(t: TableModel): string[] {
  const out: string[] = [];
  for (let c = 0; c < t.cols; c++) out.push(String(cellValue(t.sheet, t.r0, t.c0 + c)));
  return out;
}

/** Moves the cells of columns c0..c1 from row `from` down by n rows (Excel inserts table rows so). */
function shiftDown(s: SheetModel, from: number, c0: number, c1: number, n: number): void {
  for (let r = s.rows.length - 1; r >= from; r--) {
    const row = s.rows[r];
    if (!row) continue;
    for (let c = c0; c <= c1; c++) {
      if (row[c] === undefined) continue;
      const dest = (s.rows[r + n] ??= []);
      dest[c] = row[c];
      delete row[c];
    }
  }
}

export class FakeTableCollection
  extends FakeCollection<TableModel, FakeTable>
  implements Checked<Excel.TableCollection, 'add' | 'getItem' | 'getItemOrNullObject' | 'getCount'>
{
  protected readonly typeName = 'TableCollection';
  protected readonly itemScalars = ['name', 'id', 'style', 'showHeaders', 'showBandedRows'];
  constructor(context: FakeRequestContext, path: string, resolver: () => TableModel[] | null) {
    super(context, path, resolver, false);
  }
  protected itemProxy(m: TableModel, i: number): FakeTable {
    return new FakeTable(this.context, `${this.path}[${i}]`, () => m, false);
  }
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    let made: TableModel | null = null;
    const where = typeof address === 'string' ? address : `(range)`;
    this.call('add', [where, hasHeaders], () => {
      const m = this.context.office.model;
      let sheet: SheetModel;
      let rect: Rect;
      if (typeof address === 'string') {
        const { sheet: name, local } = splitSheet(address);
        const s = name ? m.sheetByName(name) : m.sheets.find((x) => x.id === m.activeSheetId);
        if (!s) throw itemNotFound(`sheet of ${address}`);
        sheet = s;
        rect = parseRect(local);
      } else {
        const t = (address as unknown as { must(): RangeTarget }).must();
        sheet = t.sheet;
        rect = t.rect;
      }
      if (!hasHeaders) throw new FakeOfficeError('InvalidArgument', 'The fake creates tables from ranges with a header row only.');
      for (const other of m.tables)
        if (other.sheet === sheet) {
          const o = tableRect(other);
          if (o.r0 <= rect.r1 && rect.r0 <= o.r1 && o.c0 <= rect.c1 && rect.c0 <= o.c1)
            throw new FakeOfficeError('InvalidOperation', 'A table cannot overlap another table.');
        }
      const cols = rect.c1 - rect.c0 + 1;
      const seen = new Set<string>();
      for (let c = 0; c < cols; c++) {
        let h = String(cellValue(sheet, rect.r0, rect.c0 + c)).trim() || `Column${c + 1}`;
        for (let k = 2; seen.has(h.toLowerCase()); k++) h = `${h}${k}`;
        seen.add(h.toLowerCase());
        writeCell(sheet, rect.r0, rect.c0 + c, h);
      }
      let n = m.tables.length + 1;
      while (m.nameInUse(`Table${n}`)) n++;
      made = {
        id: newId('table'), name: `Table${n}`, sheet, r0: rect.r0, c0: rect.c0, cols,
        dataRows: Math.max(1, rect.r1 - rect.r0), style: 'TableStyleMedium2', showBandedRows: true, handlers: [],
      };
      m.tables.push(made);
    });
    return new FakeTable(this.context, `${this.path}.add(${where})`, () => made);
  }
  getItem(key: string): FakeTable {
    return new FakeTable(this.context, `${this.path}.getItem(${key})`, () => {
      const t = this.must().find((x) => x.name.toLowerCase() === key.toLowerCase() || x.id === key);
      if (!t) throw itemNotFound(`table ${key}`);
      return t;
    });
  }
  getItemOrNullObject(key: string): FakeTable {
    this.context.office.requireSet('ExcelApi', '1.4', 'TableCollection.getItemOrNullObject');
    return new FakeTable(this.context, `${this.path}.getItemOrNullObject(${key})`, () => this.must().find((x) => x.name.toLowerCase() === key.toLowerCase() || x.id === key) ?? null);
  }
}

type TableMembers =
  | 'name' | 'id' | 'style' | 'showHeaders' | 'showBandedRows' | 'getRange' | 'getHeaderRowRange' | 'getDataBodyRange' | 'delete'
  | 'convertToRange' | 'isNullObject';

export class FakeTable extends FakeItem<TableModel> implements Checked<Excel.Table, TableMembers> {
  protected readonly scalarNames = ['name', 'id', 'style', 'showHeaders', 'showBandedRows'];
  protected readonly typeName = 'Table';
  readonly rows: FakeTableRowCollection;
  readonly columns: FakeTableColumnCollection;
  constructor(context: FakeRequestContext, path: string, resolver: () => TableModel | null, instantiate = true) {
    super(context, path, resolver, instantiate);
    this.rows = new FakeTableRowCollection(context, `${path}.rows`, () => this.target());
    this.columns = new FakeTableColumnCollection(context, `${path}.columns`, () => this.target());
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.worksheet`, () => this.must().sheet);
  }
  protected read(t: TableModel, prop: string): unknown {
    if (prop === 'showHeaders') return true;
    return (t as unknown as Record<string, unknown>)[prop];
  }
  get name(): string { return this.got('name'); }
  set name(v: string) {
    this.put('name', v, (t) => {
      const m = this.context.office.model;
      if (!NAME.test(v)) throw new FakeOfficeError('InvalidArgument', `Invalid table name ${v}`);
      if (t.name.toLowerCase() !== v.toLowerCase() && m.nameInUse(v)) throw new FakeOfficeError('ItemAlreadyExists', `The name ${v} is already in use.`);
      t.name = v;
    });
  }
  get id(): string { return this.got('id'); }
  get style(): string { return this.got('style'); }
  set style(v: string) { this.put('style', v, (t) => void (t.style = v)); }
  get showHeaders(): boolean { return this.got('showHeaders'); }
  set showHeaders(v: boolean) { this.put('showHeaders', v, () => undefined); }
  get showBandedRows(): boolean { return this.got('showBandedRows'); }
  set showBandedRows(v: boolean) { this.put('showBandedRows', v, (t) => void (t.showBandedRows = v)); }

  private part(name: string, f: (t: TableModel) => Rect): FakeRange {
    return new FakeRange(this.context, `${this.path}.${name}()`, () => {
      const t = this.must();
      return { sheet: t.sheet, rect: f(t) };
    });
  }
  getRange(): FakeRange {
    return this.part('getRange', tableRect);
  }
  getHeaderRowRange(): FakeRange {
    return this.part('getHeaderRowRange', (t) => ({ ...tableRect(t), r1: t.r0 }));
  }
  getDataBodyRange(): FakeRange {
    return this.part('getDataBodyRange', (t) => ({ ...tableRect(t), r0: t.r0 + 1 }));
  }
  delete(): void {
    this.call('delete', [], (t) => {
      const m = this.context.office.model;
      const r = tableRect(t);
      for (let i = r.r0; i <= r.r1; i++) for (let c = r.c0; c <= r.c1; c++) writeCell(t.sheet, i, c, '');
      m.tables = m.tables.filter((x) => x !== t);
    });
  }
  convertToRange(): FakeRange {
    let rect: Rect | null = null;
    let sheet: SheetModel | null = null;
    this.call('convertToRange', [], (t) => {
      rect = tableRect(t);
      sheet = t.sheet;
      const m = this.context.office.model;
      m.tables = m.tables.filter((x) => x !== t);
    });
    return new FakeRange(this.context, `${this.path}.convertToRange()`, () => (sheet && rect ? { sheet, rect } : null));
  }
  get onChanged(): FakeEventHandlers {
    this.context.office.requireSet('ExcelApi', '1.7', 'Table.onChanged');
    return new FakeEventHandlers(this.context, `${this.path}.onChanged`, (h) => {
      const t = this.must();
      t.handlers.push(h);
      return () => void (t.handlers = t.handlers.filter((x) => x !== h));
    });
  }
}

/** `EventHandlers.add` registers at sync and returns a result whose `remove()` unregisters. */
export class FakeEventHandlers {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly path: string,
    private readonly register: (h: (args: unknown) => unknown) => () => void,
  ) {}
  add(handler: (args: any) => Promise<any>): FakeEventHandlerResult {
    const result = new FakeEventHandlerResult(this.context);
    this.context.enqueue({ call: this.path, method: 'add' }, () => void (result.unregister = this.register(handler)));
    return result;
  }
}

export class FakeEventHandlerResult {
  unregister: (() => void) | null = null;
  constructor(readonly context: FakeRequestContext) {}
  remove(): void {
    this.context.enqueue({ call: 'eventHandlerResult', method: 'remove' }, () => this.unregister?.());
  }
}

export class FakeTableRow extends FakeClientObject<{ table: TableModel; index: number }> implements Checked<Excel.TableRow, 'index' | 'values' | 'delete' | 'getRange'> {
  protected readonly scalarNames = ['index', 'values'];
  protected readonly typeName = 'TableRow';
  constructor(context: FakeRequestContext, path: string, resolver: () => { table: TableModel; index: number } | null) {
    super(context, path, resolver, true);
  }
  protected read(t: { table: TableModel; index: number }, prop: string): unknown {
    if (prop === 'index') return t.index;
    const r = t.table.r0 + 1 + t.index;
    return [Array.from({ length: t.table.cols }, (_, c) => cellValue(t.table.sheet, r, t.table.c0 + c))];
  }
  get index(): number { return this.got('index'); }
  get values(): any[][] { return this.got('values'); }
  set values(v: any[][]) {
    this.put('values', v, (t) => v[0].forEach((x: unknown, c: number) => writeCell(t.table.sheet, t.table.r0 + 1 + t.index, t.table.c0 + c, x)));
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRange()`, () => {
      const t = this.must();
      const r = t.table.r0 + 1 + t.index;
      return { sheet: t.table.sheet, rect: { r0: r, r1: r, c0: t.table.c0, c1: t.table.c0 + t.table.cols - 1 } };
    });
  }
  /** Deletes the row; the cells below inside the table's columns move up. */
  delete(): void {
    this.call('delete', [], ({ table, index }) => {
      const s = table.sheet;
      const from = table.r0 + 1 + index;
      for (let r = from; r < s.rows.length; r++) {
        const below = s.rows[r + 1];
        for (let c = table.c0; c < table.c0 + table.cols; c++) {
          const v = below?.[c];
          const row = (s.rows[r] ??= []);
          if (v === undefined) delete row[c];
          else row[c] = v;
        }
      }
      table.dataRows -= 1;
      if (table.dataRows === 0) table.dataRows = 1;
    });
  }
}

export class FakeTableRowCollection extends FakeClientObject<TableModel> implements Checked<Excel.TableRowCollection, 'add' | 'getCount' | 'count' | 'getItemAt'> {
  protected readonly scalarNames = ['count'];
  protected readonly typeName = 'TableRowCollection';
  constructor(context: FakeRequestContext, path: string, parent: () => TableModel | null) {
    super(context, path, parent, false);
  }
  protected read(t: TableModel): unknown {
    return t.dataRows;
  }
  get count(): number { return this.got('count'); }
  add(index?: number, values?: Array<Array<boolean | string | number>> | boolean | string | number, alwaysInsert?: boolean): { isNullObject?: boolean } {
    void alwaysInsert;
    this.call('add', [index ?? null, values ?? null], (t) => {
      const rows = Array.isArray(values) ? values : [Array(t.cols).fill(values ?? '')];
      if (rows.length === 0 || rows.some((r) => !Array.isArray(r) || r.length !== t.cols))
        throw new FakeOfficeError('InvalidArgument', `Each row must have ${t.cols} values.`);
      const at = index === undefined || index === null || index < 0 ? t.dataRows : Math.min(index, t.dataRows);
      const firstRow = t.r0 + 1 + at;
      shiftDown(t.sheet, firstRow, t.c0, t.c0 + t.cols - 1, rows.length);
      // New table rows take the number format of the row above, as Excel's table columns do.
      const above = Math.max(t.r0 + 1, firstRow - 1);
      for (let c = 0; c < t.cols; c++) {
        const f = numberFormatAt(t.sheet, above, t.c0 + c);
        if (f !== 'General') t.sheet.numberFormats.push({ rect: { r0: firstRow, r1: firstRow + rows.length - 1, c0: t.c0 + c, c1: t.c0 + c }, props: { numberFormat: f } });
      }
      rows.forEach((row, i) => row.forEach((v, c) => writeCell(t.sheet, firstRow + i, t.c0 + c, v)));
      t.dataRows += rows.length;
    });
    return {};
  }
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, { call: this.path, method: 'getCount' }, () => this.must().dataRows);
  }
  getItemAt(index: number): FakeTableRow {
    return new FakeTableRow(this.context, `${this.path}.getItemAt(${index})`, () => {
      const table = this.must();
      if (index < 0 || index >= table.dataRows) throw itemNotFound(`table row ${index}`);
      return { table, index };
    });
  }
}

interface ColumnModel {
  table: TableModel;
  index: number;
}

export class FakeTableColumn extends FakeItem<ColumnModel> implements Checked<Excel.TableColumn, 'name' | 'index' | 'getDataBodyRange' | 'getHeaderRowRange' | 'getRange'> {
  protected readonly scalarNames = ['name', 'index', 'id'];
  protected readonly typeName = 'TableColumn';
  constructor(context: FakeRequestContext, path: string, resolver: () => ColumnModel | null, instantiate = true) {
    super(context, path, resolver, instantiate);
  }
  protected read(t: ColumnModel, prop: string): unknown {
    if (prop === 'name') return headersOf(t.table)[t.index];
    return t.index;
  }
  get name(): string { return this.got('name'); }
  set name(v: string) { this.put('name', v, (t) => writeCell(t.table.sheet, t.table.r0, t.table.c0 + t.index, v)); }
  get index(): number { return this.got('index'); }
  private part(name: string, rows: (t: TableModel) => [number, number]): FakeRange {
    return new FakeRange(this.context, `${this.path}.${name}()`, () => {
      const { table, index } = this.must();
      const [r0, r1] = rows(table);
      return { sheet: table.sheet, rect: { r0, r1, c0: table.c0 + index, c1: table.c0 + index } };
    });
  }
  getDataBodyRange(): FakeRange {
    return this.part('getDataBodyRange', (t) => [t.r0 + 1, t.r0 + t.dataRows]);
  }
  getHeaderRowRange(): FakeRange {
    return this.part('getHeaderRowRange', (t) => [t.r0, t.r0]);
  }
  getRange(): FakeRange {
    return this.part('getRange', (t) => [t.r0, t.r0 + t.dataRows]);
  }
}

export class FakeTableColumnCollection
  extends FakeCollection<ColumnModel, FakeTableColumn>
  implements Checked<Excel.TableColumnCollection, 'getItem' | 'getItemOrNullObject' | 'getCount' | 'add'>
{
  protected readonly typeName = 'TableColumnCollection';
  protected readonly itemScalars = ['name', 'index', 'id'];
  constructor(context: FakeRequestContext, path: string, private readonly table: () => TableModel | null) {
    super(context, path, () => {
      const t = table();
      return t ? headersOf(t).map((_, index) => ({ table: t, index })) : null;
    }, false);
  }
  protected itemProxy(m: ColumnModel, i: number): FakeTableColumn {
    return new FakeTableColumn(this.context, `${this.path}[${i}]`, () => m, false);
  }
  private find(key: number | string): ColumnModel | null {
    const list = this.must();
    return (typeof key === 'number' ? list[key] : list.find((c) => headersOf(c.table)[c.index].toLowerCase() === key.toLowerCase())) ?? null;
  }
  getItem(key: number | string): FakeTableColumn {
    return new FakeTableColumn(this.context, `${this.path}.getItem(${key})`, () => {
      const c = this.find(key);
      if (!c) throw itemNotFound(`table column ${key}`);
      return c;
    });
  }
  getItemOrNullObject(key: number | string): FakeTableColumn {
    return new FakeTableColumn(this.context, `${this.path}.getItemOrNullObject(${key})`, () => this.find(key));
  }
  add(index?: number, values?: Array<Array<boolean | string | number>> | boolean | string | number, name?: string): FakeTableColumn {
    let made: ColumnModel | null = null;
    this.call('add', [index, values, name], () => {
      const t = this.table();
      if (!t) throw itemNotFound('table');
      if (index !== undefined && index !== null && index !== t.cols) throw new FakeOfficeError('InvalidArgument', 'The fake appends columns at the end only.');
      const c = t.c0 + t.cols;
      for (let r = t.r0; r <= t.r0 + t.dataRows; r++)
        if (cellValue(t.sheet, r, c) !== '') throw new FakeOfficeError('InvalidOperation', 'The cells right of the table are not empty.');
      t.cols += 1;
      writeCell(t.sheet, t.r0, c, name ?? `Column${t.cols}`);
      if (Array.isArray(values)) values.forEach((row, i) => i > 0 && writeCell(t.sheet, t.r0 + i, c, row[0]));
      made = { table: t, index: t.cols - 1 };
    });
    return new FakeTableColumn(this.context, `${this.path}.add()`, () => made);
  }
}

/** Builds the arguments Excel passes to a Table.onChanged handler. */
export function tableChangedArgs(t: TableModel, rect: Rect, source: 'Local' | 'Remote', changeType: string, withDetails: boolean): Record<string, unknown> {
  const address = formatAddress(t.sheet.name, rect).split('!')[1];
  const args: Record<string, unknown> = {
    type: 'TableChanged',
    tableId: t.id,
    worksheetId: t.sheet.id,
    address,
    changeType,
    source,
    getRange: (ctx: { workbook: { worksheets: { getItem(n: string): { getRange(a: string): unknown } } } }) =>
      ctx.workbook.worksheets.getItem(t.sheet.name).getRange(address),
    getRangeOrNullObject: (ctx: { workbook: { worksheets: { getItem(n: string): { getRange(a: string): unknown } } } }) =>
      ctx.workbook.worksheets.getItem(t.sheet.name).getRange(address),
  };
  if (withDetails) args.details = undefined;
  void quoteSheet;
  return args;
}
