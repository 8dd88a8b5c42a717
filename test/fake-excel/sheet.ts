/** Worksheets and their collection, freeze panes and protection. */
import { formatRect, parseRect, splitSheet } from './address';
import { FakeClientObject, FakeCollection, FakeItem } from './base';
import { FakeChartCollection, FakePivotTableCollection } from './charts';
import type { Checked } from './checked';
import type { FakeRequestContext } from './context';
import { FakeOfficeError, itemNotFound } from './errors';
import { renameSheet, SheetModel, tableRect, usedRect } from './model';
import { FakeNamedItemCollection } from './names';
import { FakeRange } from './range';
import { FakeTableCollection } from './table';
import { FakePageBreakCollection, FakePageLayout } from './pageLayout';

type SheetMembers =
  | 'name' | 'id' | 'position' | 'visibility' | 'activate' | 'delete' | 'getRange' | 'getRangeByIndexes' | 'getUsedRange'
  | 'getUsedRangeOrNullObject' | 'isNullObject' | 'tabColor' | 'showGridlines' | 'pageLayout' | 'horizontalPageBreaks';

export class FakeWorksheet extends FakeItem<SheetModel> implements Checked<Excel.Worksheet, SheetMembers> {
  protected readonly scalarNames = ['name', 'id', 'position', 'visibility', 'tabColor', 'showGridlines'];
  protected readonly typeName = 'Worksheet';
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly names: FakeNamedItemCollection;
  readonly protection: FakeWorksheetProtection;
  private readonly pivots: FakePivotTableCollection;
  private readonly panes: FakeFreezePanes;
  private readonly layout: FakePageLayout;
  private readonly breaks: FakePageBreakCollection;

  constructor(context: FakeRequestContext, path: string, resolver: () => SheetModel | null, instantiate = true) {
    super(context, path, resolver, instantiate);
    this.tables = new FakeTableCollection(context, `${path}.tables`, () => {
      const s = this.must();
      return context.office.model.tables.filter((t) => t.sheet === s);
    });
    this.charts = new FakeChartCollection(context, `${path}.charts`, () => this.target());
    this.pivots = new FakePivotTableCollection(context, `${path}.pivotTables`, () => this.target());
    this.names = new FakeNamedItemCollection(context, `${path}.names`, () => {
      const s = this.must();
      return s.name;
    });
    this.protection = new FakeWorksheetProtection(context, `${path}.protection`, () => this.target());
    this.panes = new FakeFreezePanes(context, `${path}.freezePanes`, () => this.target());
    this.layout = new FakePageLayout(context, `${path}.pageLayout`, () => this.target());
    this.breaks = new FakePageBreakCollection(context, `${path}.horizontalPageBreaks`, () => this.target());
  }

  get pivotTables(): FakePivotTableCollection {
    this.context.office.requireSet('ExcelApi', '1.3', 'Worksheet.pivotTables');
    return this.pivots;
  }
  get pageLayout(): FakePageLayout {
    this.context.office.requireSet('ExcelApi', '1.9', 'Worksheet.pageLayout');
    return this.layout;
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    this.context.office.requireSet('ExcelApi', '1.9', 'Worksheet.horizontalPageBreaks');
    return this.breaks;
  }
  get freezePanes(): FakeFreezePanes {
    this.context.office.requireSet('ExcelApi', '1.7', 'Worksheet.freezePanes');
    return this.panes;
  }

  protected read(t: SheetModel, prop: string): unknown {
    if (prop === 'position') return this.context.office.model.sheets.indexOf(t);
    return (t as unknown as Record<string, unknown>)[prop];
  }

  get name(): string { return this.got('name'); }
  set name(v: string) {
    this.put('name', v, (t) => {
      const other = this.context.office.model.sheetByName(v);
      if (other && other !== t) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${v} already exists.`);
      renameSheet(this.context.office.model, t, v);
    });
  }
  get id(): string { return this.got('id'); }
  get position(): number { return this.got('position'); }
  set position(v: number) {
    this.put('position', v, (t) => {
      const list = this.context.office.model.sheets;
      list.splice(list.indexOf(t), 1);
      list.splice(Math.min(v, list.length), 0, t);
    });
  }
  get visibility(): Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden' { return this.got('visibility'); }
  set visibility(v: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden') { this.put('visibility', v, (t) => void (t.visibility = v)); }

  get tabColor(): string { return this.got('tabColor'); }
  set tabColor(v: string) {
    this.context.office.requireSet('ExcelApi', '1.7', 'Worksheet.tabColor');
    this.put('tabColor', v, (t) => void (t.tabColor = v));
  }
  get showGridlines(): boolean { return this.got('showGridlines'); }
  set showGridlines(v: boolean) {
    this.context.office.requireSet('ExcelApi', '1.8', 'Worksheet.showGridlines');
    this.put('showGridlines', v, (t) => void (t.showGridlines = v));
  }
  activate(): void {
    this.call('activate', [], (t) => void (this.context.office.model.activeSheetId = t.id));
  }
  delete(): void {
    this.call('delete', [], (t) => {
      const m = this.context.office.model;
      m.sheets = m.sheets.filter((s) => s !== t);
      m.tables = m.tables.filter((x) => x.sheet !== t);
      if (m.activeSheetId === t.id) m.activeSheetId = m.sheets[0]?.id ?? null;
    });
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRange(${address ?? ''})`, () => {
      const sheet = this.must();
      if (!address) return { sheet, rect: { r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 } };
      const { sheet: named, local } = splitSheet(address);
      if (named && named.toLowerCase() !== sheet.name.toLowerCase()) throw new FakeOfficeError('InvalidArgument', `Address ${address} is on another sheet`);
      return { sheet, rect: parseRect(local) };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.context.office.requireSet('ExcelApi', '1.7', 'Worksheet.getRangeByIndexes');
    return new FakeRange(this.context, `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      if (rowCount < 1 || columnCount < 1) throw new FakeOfficeError('InvalidArgument', 'rowCount and columnCount must be positive');
      return { sheet: this.must(), rect: { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 } };
    });
  }
  private used(): { sheet: SheetModel; rect: { r0: number; c0: number; r1: number; c1: number } } | null {
    const sheet = this.must();
    let rect = usedRect(sheet);
    for (const t of this.context.office.model.tables.filter((x) => x.sheet === sheet)) {
      const tr = tableRect(t);
      rect = rect ? { r0: Math.min(rect.r0, tr.r0), c0: Math.min(rect.c0, tr.c0), r1: Math.max(rect.r1, tr.r1), c1: Math.max(rect.c1, tr.c1) } : tr;
    }
    return rect ? { sheet, rect } : null;
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, `${this.path}.getUsedRange(${valuesOnly ?? ''})`, () => this.used() ?? { sheet: this.must(), rect: { r0: 0, c0: 0, r1: 0, c1: 0 } });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.context.office.requireSet('ExcelApi', '1.4', 'Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(this.context, `${this.path}.getUsedRangeOrNullObject(${valuesOnly ?? ''})`, () => this.used());
  }
}

export class FakeWorksheetCollection
  extends FakeCollection<SheetModel, FakeWorksheet>
  implements Checked<Excel.WorksheetCollection, 'add' | 'getItem' | 'getItemOrNullObject' | 'getActiveWorksheet' | 'getCount'>
{
  protected readonly typeName = 'WorksheetCollection';
  protected readonly itemScalars = ['name', 'id', 'position', 'visibility'];
  constructor(context: FakeRequestContext) {
    super(context, 'workbook.worksheets', () => context.office.model.sheets, false);
  }
  protected itemProxy(m: SheetModel, i: number): FakeWorksheet {
    return new FakeWorksheet(this.context, `workbook.worksheets[${i}]`, () => m, false);
  }
  add(name?: string): FakeWorksheet {
    let made: SheetModel | null = null;
    this.call('add', [name], () => {
      const m = this.context.office.model;
      let n = name;
      for (let i = m.sheets.length + 1; !n || m.sheetByName(n); i++) n = `Sheet${i}`;
      made = m.addSheet(n);
    });
    return new FakeWorksheet(this.context, `workbook.worksheets.add(${name ?? ''})`, () => made);
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `workbook.worksheets.getItem(${key})`, () => {
      const m = this.context.office.model;
      const s = m.sheetByName(key) ?? m.sheets.find((x) => x.id === key);
      if (!s) throw itemNotFound(`worksheet ${key}`);
      return s;
    });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    this.context.office.requireSet('ExcelApi', '1.4', 'WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.context, `workbook.worksheets.getItemOrNullObject(${key})`, () => {
      const m = this.context.office.model;
      return m.sheetByName(key) ?? m.sheets.find((x) => x.id === key) ?? null;
    });
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, 'workbook.worksheets.getActiveWorksheet()', () => {
      const m = this.context.office.model;
      const s = m.sheets.find((x) => x.id === m.activeSheetId);
      if (!s) throw itemNotFound('active worksheet');
      return s;
    });
  }
}

export class FakeFreezePanes extends FakeClientObject<SheetModel> implements Checked<Excel.WorksheetFreezePanes, 'freezeRows' | 'freezeColumns' | 'unfreeze' | 'freezeAt'> {
  protected readonly scalarNames: readonly string[] = [];
  protected readonly typeName = 'WorksheetFreezePanes';
  constructor(context: FakeRequestContext, path: string, parent: () => SheetModel | null) {
    super(context, path, parent, false);
  }
  protected read(): unknown {
    return undefined;
  }
  freezeRows(count?: number): void {
    this.call('freezeRows', [count], (t) => void (t.freeze = { ...t.freeze, rows: count ?? 1 }));
  }
  freezeColumns(count?: number): void {
    this.call('freezeColumns', [count], (t) => void (t.freeze = { ...t.freeze, columns: count ?? 1 }));
  }
  freezeAt(frozenRange: FakeRange | string): void {
    this.call('freezeAt', [typeof frozenRange === 'string' ? frozenRange : '(range)'], (t) => {
      const rect = typeof frozenRange === 'string' ? parseRect(splitSheet(frozenRange).local) : (frozenRange as unknown as { must(): { rect: { r1: number; c1: number } } }).must().rect;
      t.freeze = { rows: rect.r1 + 1, columns: rect.c1 + 1 };
    });
  }
  unfreeze(): void {
    this.call('unfreeze', [], (t) => void (t.freeze = { rows: 0, columns: 0 }));
  }
}

export class FakeWorksheetProtection extends FakeClientObject<SheetModel> implements Checked<Excel.WorksheetProtection, 'protected' | 'unprotect'> {
  protected readonly scalarNames = ['protected'];
  protected readonly typeName = 'WorksheetProtection';
  constructor(context: FakeRequestContext, path: string, parent: () => SheetModel | null) {
    super(context, path, parent, false);
  }
  protected read(t: SheetModel): unknown {
    return t.protected;
  }
  get protected(): boolean { return this.got('protected'); }
  protect(): void {
    this.call('protect', [], (t) => void (t.protected = true));
  }
  unprotect(): void {
    this.call('unprotect', [], (t) => void (t.protected = false));
  }
}

export { formatRect };
