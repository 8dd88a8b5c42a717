/* eslint-disable @typescript-eslint/no-explicit-any -- these members mirror @types/office-js, which types them as any */
/** Range and what hangs off it: format, data validation, conditional formats. */
import { formatAddress, MAX_COLS, MAX_ROWS, Rect, rectCols, rectRows } from './address';
import { FakeClientObject, FakeClientResult } from './base';
import type { Checked } from './checked';
import { FakeWorksheet } from './sheet';
import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './errors';
import { cellValue, formulaAt, numberFormatAt, readGrid, SheetModel, writeCell, writeFormula, writeGrid } from './model';

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

const RANGE_SCALARS = ['values', 'formulas', 'numberFormat', 'address', 'addressLocal', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'cellCount', 'text', 'columnHidden'] as const;

type RangeMembers =
  | 'values' | 'formulas' | 'numberFormat' | 'address' | 'rowCount' | 'columnCount' | 'rowIndex' | 'columnIndex' | 'cellCount'
  | 'getCell' | 'getResizedRange' | 'getOffsetRange' | 'getRow' | 'getColumn' | 'getLastRow' | 'getEntireColumn' | 'select' | 'clear'
  | 'isNullObject' | 'worksheet' | 'columnHidden';

export class FakeRange extends FakeClientObject<RangeTarget> implements Checked<Excel.Range, RangeMembers> {
  protected readonly scalarNames = RANGE_SCALARS;
  protected readonly typeName = 'Range';
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  private readonly dv: FakeDataValidation;

  constructor(context: FakeRequestContext, path: string, resolver: () => RangeTarget | null, instantiate = true) {
    super(context, path, resolver, instantiate);
    this.format = new FakeRangeFormat(context, `${path}.format`, () => this.target());
    this.conditionalFormats = new FakeConditionalFormatCollection(context, `${path}.conditionalFormats`, () => this.target());
    this.dv = new FakeDataValidation(context, `${path}.dataValidation`, () => this.target());
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.worksheet`, () => this.must().sheet);
  }

  get dataValidation(): FakeDataValidation {
    this.context.office.requireSet('ExcelApi', '1.8', 'Range.dataValidation');
    return this.dv;
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'dataValidation') return this.dataValidation as FakeClientObject<unknown>;
    return super.child(name);
  }

  protected read(t: RangeTarget, prop: string): unknown {
    const { sheet, rect } = t;
    switch (prop) {
      case 'values':
        return readGrid(rect, (r, c) => cellValue(sheet, r, c));
      case 'text':
        return readGrid(rect, (r, c) => String(cellValue(sheet, r, c)));
      case 'formulas':
        return readGrid(rect, (r, c) => formulaAt(sheet, r, c));
      case 'numberFormat':
        return readGrid(rect, (r, c) => numberFormatAt(sheet, r, c));
      case 'address':
      case 'addressLocal':
        return formatAddress(sheet.name, rect);
      case 'rowCount':
        return rectRows(rect);
      case 'columnCount':
        return rectCols(rect);
      case 'cellCount':
        return rectRows(rect) * rectCols(rect);
      case 'rowIndex':
        return rect.r0;
      case 'columnIndex':
        return rect.c0;
      case 'columnHidden':
        return Array.from({ length: rectCols(rect) }, (_, i) => rect.c0 + i).every((c) => sheet.hiddenColumns.has(c));
    }
    throw new FakeOfficeError('InvalidArgument', `Range has no property ${prop}`);
  }

  get values(): any[][] {
    return this.got('values');
  }
  set values(v: any[][]) {
    this.put('values', v, ({ sheet, rect }) => writeGrid(rect, v, (r, c, x) => writeCell(sheet, r, c, x)));
  }
  get formulas(): any[][] {
    return this.got('formulas');
  }
  set formulas(v: any[][]) {
    this.put('formulas', v, ({ sheet, rect }) => writeGrid(rect, v, (r, c, x) => writeFormula(sheet, r, c, x)));
  }
  get numberFormat(): any[][] {
    return this.got('numberFormat');
  }
  set numberFormat(v: any[][]) {
    this.put('numberFormat', v, ({ sheet, rect }) => {
      // A single value (not an array) applies to every cell; an array must match the shape.
      if (!Array.isArray(v)) return void sheet.numberFormats.push({ rect, props: { numberFormat: v } });
      writeGrid(rect, v, () => undefined);
      const first = v[0][0];
      if (v.every((row) => row.every((x: unknown) => x === first))) sheet.numberFormats.push({ rect, props: { numberFormat: first } });
      else writeGrid(rect, v, (r, c, x) => sheet.numberFormats.push({ rect: { r0: r, r1: r, c0: c, c1: c }, props: { numberFormat: x } }));
    });
  }
  get columnHidden(): boolean {
    return this.got('columnHidden');
  }
  set columnHidden(v: boolean) {
    this.context.office.requireSet('ExcelApi', '1.2', 'Range.columnHidden');
    this.put('columnHidden', v, ({ sheet, rect }) => {
      for (let c = rect.c0; c <= rect.c1; c++) if (v) sheet.hiddenColumns.add(c);
      else sheet.hiddenColumns.delete(c);
    });
  }
  get address(): string {
    return this.got('address');
  }
  get rowCount(): number {
    return this.got('rowCount');
  }
  get columnCount(): number {
    return this.got('columnCount');
  }
  get rowIndex(): number {
    return this.got('rowIndex');
  }
  get columnIndex(): number {
    return this.got('columnIndex');
  }
  get cellCount(): number {
    return this.got('cellCount');
  }

  private derive(name: string, args: unknown[], f: (t: RangeTarget) => Rect): FakeRange {
    return new FakeRange(this.context, `${this.path}.${name}(${args.join(',')})`, () => {
      const t = this.must();
      const rect = f(t);
      if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS || rect.r1 < rect.r0 || rect.c1 < rect.c0)
        throw new FakeOfficeError('InvalidArgument', `${name} goes outside the sheet`);
      return { sheet: t.sheet, rect };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive('getCell', [row, column], ({ rect }) => ({ r0: rect.r0 + row, r1: rect.r0 + row, c0: rect.c0 + column, c1: rect.c0 + column }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    this.context.office.requireSet('ExcelApi', '1.2', 'Range.getResizedRange');
    return this.derive('getResizedRange', [deltaRows, deltaColumns], ({ rect }) => ({ ...rect, r1: rect.r1 + deltaRows, c1: rect.c1 + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive('getOffsetRange', [rowOffset, columnOffset], ({ rect }) => ({
      r0: rect.r0 + rowOffset, r1: rect.r1 + rowOffset, c0: rect.c0 + columnOffset, c1: rect.c1 + columnOffset,
    }));
  }
  getRow(row: number): FakeRange {
    return this.derive('getRow', [row], ({ rect }) => ({ ...rect, r0: rect.r0 + row, r1: rect.r0 + row }));
  }
  getColumn(column: number): FakeRange {
    return this.derive('getColumn', [column], ({ rect }) => ({ ...rect, c0: rect.c0 + column, c1: rect.c0 + column }));
  }
  getLastRow(): FakeRange {
    return this.derive('getLastRow', [], ({ rect }) => ({ ...rect, r0: rect.r1 }));
  }
  getEntireColumn(): FakeRange {
    return this.derive('getEntireColumn', [], ({ rect }) => ({ ...rect, r0: 0, r1: MAX_ROWS - 1 }));
  }
  select(): void {
    this.call('select', [], (t) => {
      const wb = this.context.office.model;
      wb.selection = { sheetId: t.sheet.id, rect: t.rect };
      wb.activeSheetId = t.sheet.id;
    });
  }
  clear(applyTo?: string): void {
    this.call('clear', [applyTo], ({ sheet, rect }) => {
      if (applyTo !== 'Formats') {
        // Only the stored part of the rectangle holds anything (a whole sheet is 17 billion cells).
        for (let r = rect.r0; r <= Math.min(rect.r1, sheet.rows.length - 1); r++) {
          const row = sheet.rows[r];
          if (!row) continue;
          for (let c = rect.c0; c <= Math.min(rect.c1, row.length - 1); c++) if (row[c] !== undefined) row[c] = '';
        }
        for (const key of [...sheet.formulas.keys()]) {
          const [r, c] = key.split(',').map(Number);
          if (r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1) sheet.formulas.delete(key);
        }
      }
      if (applyTo === undefined || applyTo === 'All' || applyTo === 'Formats') {
        const inside = (x: Rect) => x.r0 >= rect.r0 && x.r1 <= rect.r1 && x.c0 >= rect.c0 && x.c1 <= rect.c1;
        sheet.numberFormats = sheet.numberFormats.filter((f) => !inside(f.rect));
        sheet.formats = sheet.formats.filter((f) => !inside(f.rect));
        sheet.validations = sheet.validations.filter((v) => !inside(v.rect));
      }
    });
  }
}

/** Format records: the latest write covering the top-left cell wins when read back. */
abstract class FormatPart extends FakeClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, path: string, parent: () => RangeTarget | null, private readonly keyPrefix: string) {
    super(context, path, parent, false);
  }
  protected read(t: RangeTarget, prop: string): unknown {
    const key = this.keyPrefix + prop;
    for (let i = t.sheet.formats.length - 1; i >= 0; i--) {
      const f = t.sheet.formats[i];
      if (key in f.props && f.rect.r0 <= t.rect.r0 && f.rect.r1 >= t.rect.r0 && f.rect.c0 <= t.rect.c0 && f.rect.c1 >= t.rect.c0) return f.props[key];
    }
    return null;
  }
  protected setFormat(prop: string, v: unknown): void {
    this.put(prop, v, (t) => t.sheet.formats.push({ rect: t.rect, props: { [this.keyPrefix + prop]: v } }));
  }
}

export class FakeRangeFill extends FormatPart implements Checked<Excel.RangeFill, 'color' | 'clear'> {
  protected readonly scalarNames = ['color'];
  protected readonly typeName = 'RangeFill';
  get color(): string {
    return this.got('color');
  }
  set color(v: string) {
    this.setFormat('color', v);
  }
  clear(): void {
    this.call('clear', [], (t) => t.sheet.formats.push({ rect: t.rect, props: { 'fill.color': null } }));
  }
}

export class FakeRangeFont extends FormatPart implements Checked<Excel.RangeFont, 'bold' | 'color' | 'name' | 'size' | 'italic'> {
  protected readonly scalarNames = ['bold', 'color', 'name', 'size', 'italic'];
  protected readonly typeName = 'RangeFont';
  get bold(): boolean { return this.got('bold'); }
  set bold(v: boolean) { this.setFormat('bold', v); }
  get italic(): boolean { return this.got('italic'); }
  set italic(v: boolean) { this.setFormat('italic', v); }
  get color(): string { return this.got('color'); }
  set color(v: string) { this.setFormat('color', v); }
  get name(): string { return this.got('name'); }
  set name(v: string) { this.setFormat('name', v); }
  get size(): number { return this.got('size'); }
  set size(v: number) { this.setFormat('size', v); }
}

type FormatMembers = 'columnWidth' | 'rowHeight' | 'wrapText' | 'horizontalAlignment' | 'verticalAlignment' | 'autofitColumns' | 'autofitRows';

export class FakeRangeFormat extends FormatPart implements Checked<Excel.RangeFormat, FormatMembers> {
  protected readonly scalarNames = ['columnWidth', 'rowHeight', 'wrapText', 'horizontalAlignment', 'verticalAlignment'];
  protected readonly typeName = 'RangeFormat';
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  constructor(context: FakeRequestContext, path: string, parent: () => RangeTarget | null) {
    super(context, path, parent, '');
    this.fill = new FakeRangeFill(context, `${path}.fill`, parent, 'fill.');
    this.font = new FakeRangeFont(context, `${path}.font`, parent, 'font.');
  }
  protected override read(t: RangeTarget, prop: string): unknown {
    if (prop === 'columnWidth') return t.sheet.columnWidths.get(t.rect.c0) ?? 48;
    return super.read(t, prop);
  }
  get columnWidth(): number { return this.got('columnWidth'); }
  set columnWidth(v: number) {
    this.context.office.requireSet('ExcelApi', '1.2', 'RangeFormat.columnWidth');
    this.put('columnWidth', v, (t) => {
      for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  get rowHeight(): number { return this.got('rowHeight'); }
  set rowHeight(v: number) { this.setFormat('rowHeight', v); }
  get wrapText(): boolean { return this.got('wrapText'); }
  set wrapText(v: boolean) { this.setFormat('wrapText', v); }
  get horizontalAlignment(): Excel.HorizontalAlignment | 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed' {
    return this.got('horizontalAlignment');
  }
  set horizontalAlignment(v: Excel.HorizontalAlignment | 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed') {
    this.setFormat('horizontalAlignment', v);
  }
  get verticalAlignment(): Excel.VerticalAlignment | 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed' { return this.got('verticalAlignment'); }
  set verticalAlignment(v: Excel.VerticalAlignment | 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed') { this.setFormat('verticalAlignment', v); }
  autofitColumns(): void {
    this.call('autofitColumns', [], () => undefined);
  }
  autofitRows(): void {
    this.call('autofitRows', [], () => undefined);
  }
}

type DvMembers = 'rule' | 'errorAlert' | 'prompt' | 'ignoreBlanks' | 'type' | 'clear';

export class FakeDataValidation extends FakeClientObject<RangeTarget> implements Checked<Excel.DataValidation, DvMembers> {
  protected readonly scalarNames = ['rule', 'errorAlert', 'prompt', 'ignoreBlanks', 'type'];
  protected readonly typeName = 'DataValidation';
  constructor(context: FakeRequestContext, path: string, parent: () => RangeTarget | null) {
    super(context, path, parent, false);
  }
  private record(t: RangeTarget) {
    const found = [...t.sheet.validations].reverse().find((v) => v.rect.r0 <= t.rect.r0 && v.rect.r1 >= t.rect.r0 && v.rect.c0 <= t.rect.c0 && v.rect.c1 >= t.rect.c0);
    return found;
  }
  protected read(t: RangeTarget, prop: string): unknown {
    const rec = this.record(t);
    if (prop === 'type') {
      const rule = rec?.rule as Record<string, unknown> | undefined;
      const k = rule ? Object.keys(rule)[0] : undefined;
      return k ? k[0].toUpperCase() + k.slice(1) : 'None';
    }
    if (prop === 'ignoreBlanks') return true;
    return (rec as Record<string, unknown> | undefined)?.[prop] ?? null;
  }
  private upsert(t: RangeTarget, patch: Record<string, unknown>): void {
    const rec = t.sheet.validations.find((v) => JSON.stringify(v.rect) === JSON.stringify(t.rect));
    if (rec) Object.assign(rec, patch);
    else t.sheet.validations.push({ rect: t.rect, rule: null, ...patch });
  }
  get rule(): Excel.DataValidationRule { return this.got('rule'); }
  set rule(v: Excel.DataValidationRule) {
    this.put('rule', v, (t) => {
      const list = v.list;
      if (list && typeof list.source === 'string' && /INDIRECT\s*\(/i.test(list.source))
        this.context.office.warnings.push(`List validation source uses INDIRECT (no dropdown in some hosts): ${list.source}`);
      this.upsert(t, { rule: v });
    });
  }
  get errorAlert(): Excel.DataValidationErrorAlert { return this.got('errorAlert'); }
  set errorAlert(v: Excel.DataValidationErrorAlert) { this.put('errorAlert', v, (t) => this.upsert(t, { errorAlert: v })); }
  get prompt(): Excel.DataValidationPrompt { return this.got('prompt'); }
  set prompt(v: Excel.DataValidationPrompt) { this.put('prompt', v, (t) => this.upsert(t, { prompt: v })); }
  get ignoreBlanks(): boolean { return this.got('ignoreBlanks'); }
  set ignoreBlanks(v: boolean) { this.put('ignoreBlanks', v, () => undefined); }
  get type(): Excel.DataValidationType | 'None' | 'WholeNumber' | 'Decimal' | 'List' | 'Date' | 'Time' | 'TextLength' | 'Custom' | 'Inconsistent' | 'MixedCriteria' {
    return this.got('type');
  }
  clear(): void {
    this.call('clear', [], (t) => {
      t.sheet.validations = t.sheet.validations.filter((v) => !(v.rect.r0 >= t.rect.r0 && v.rect.r1 <= t.rect.r1 && v.rect.c0 >= t.rect.c0 && v.rect.c1 <= t.rect.c1));
    });
  }
}

/** Conditional formats keep the values set on them (custom rule formula, fill/font colours). */
export class FakeConditionalFormatCollection
  extends FakeClientObject<RangeTarget>
  implements Checked<Excel.ConditionalFormatCollection, 'add' | 'getCount' | 'clearAll'>
{
  protected readonly scalarNames: readonly string[] = [];
  protected readonly typeName = 'ConditionalFormatCollection';
  constructor(context: FakeRequestContext, path: string, parent: () => RangeTarget | null) {
    super(context, path, parent, false);
  }
  protected read(): unknown {
    return undefined;
  }
  add(type: Excel.ConditionalFormatType | 'Custom' | 'DataBar' | 'ColorScale' | 'IconSet' | 'TopBottom' | 'PresetCriteria' | 'ContainsText' | 'CellValue'): FakeConditionalFormat {
    this.context.office.requireSet('ExcelApi', '1.6', 'ConditionalFormatCollection.add');
    const props: Record<string, unknown> = {};
    let rec: { type: string; props: Record<string, unknown> } | null = null;
    this.call('add', [type], (t) => {
      rec = { rect: t.rect, type: String(type), props } as never;
      t.sheet.conditionalFormats.push(rec as never);
    });
    return new FakeConditionalFormat(this.context, `${this.path}.add(${type})`, () => rec, props);
  }
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, { call: this.path, method: 'getCount' }, () => {
      const t = this.must();
      // As Excel: the formats that apply to any cell of the range.
      const r = t.rect;
      return t.sheet.conditionalFormats.filter(({ rect: f }) => f.r0 <= r.r1 && r.r0 <= f.r1 && f.c0 <= r.c1 && r.c0 <= f.c1).length;
    });
  }
  clearAll(): void {
    this.call('clearAll', [], (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
        (f) => !(f.rect.r0 >= t.rect.r0 && f.rect.r1 <= t.rect.r1 && f.rect.c0 >= t.rect.c0 && f.rect.c1 <= t.rect.c1),
      );
    });
  }
}

/** A settable property bag for `custom.rule.formula`, `custom.format.fill.color` and the like. */
class PropertyBag {
  constructor(
    protected readonly context: FakeRequestContext,
    protected readonly path: string,
    protected readonly store: Record<string, unknown>,
    protected readonly prefix: string,
  ) {}
  protected setProp(name: string, v: unknown): void {
    this.context.enqueue({ set: this.path, prop: name, value: v }, () => void (this.store[this.prefix + name] = v));
  }
}

class CfFill extends PropertyBag {
  set color(v: string) { this.setProp('color', v); }
}
class CfFont extends PropertyBag {
  set color(v: string) { this.setProp('color', v); }
  set bold(v: boolean) { this.setProp('bold', v); }
}
class CfFormat extends PropertyBag {
  readonly fill: CfFill;
  readonly font: CfFont;
  constructor(context: FakeRequestContext, path: string, store: Record<string, unknown>, prefix: string) {
    super(context, path, store, prefix);
    this.fill = new CfFill(context, `${path}.fill`, store, `${prefix}fill.`);
    this.font = new CfFont(context, `${path}.font`, store, `${prefix}font.`);
  }
}
class CfRule extends PropertyBag {
  set formula(v: string) { this.setProp('formula', v); }
}
class CfCustom {
  readonly rule: CfRule;
  readonly format: CfFormat;
  constructor(context: FakeRequestContext, path: string, store: Record<string, unknown>) {
    this.rule = new CfRule(context, `${path}.rule`, store, 'custom.rule.');
    this.format = new CfFormat(context, `${path}.format`, store, 'custom.format.');
  }
}

export class FakeConditionalFormat extends FakeClientObject<unknown> implements Checked<Excel.ConditionalFormat, 'type' | 'priority' | 'stopIfTrue' | 'delete'> {
  protected readonly scalarNames = ['type', 'priority', 'stopIfTrue'];
  protected readonly typeName = 'ConditionalFormat';
  readonly custom: CfCustom;
  constructor(context: FakeRequestContext, path: string, resolver: () => unknown, private readonly props: Record<string, unknown>) {
    super(context, path, resolver, false);
    this.custom = new CfCustom(context, `${path}.custom`, props);
  }
  protected read(t: unknown, prop: string): unknown {
    if (prop === 'type') return (t as { type: string }).type;
    return this.props[prop] ?? null;
  }
  get type(): Excel.ConditionalFormatType | 'Custom' | 'DataBar' | 'ColorScale' | 'IconSet' | 'TopBottom' | 'PresetCriteria' | 'ContainsText' | 'CellValue' {
    return this.got('type');
  }
  get priority(): number { return this.got('priority'); }
  set priority(v: number) { this.put('priority', v, () => void (this.props.priority = v)); }
  get stopIfTrue(): boolean { return this.got('stopIfTrue'); }
  set stopIfTrue(v: boolean) { this.put('stopIfTrue', v, () => void (this.props.stopIfTrue = v)); }
  delete(): void {
    this.call('delete', [], () => undefined);
  }
}

export { FakeClientResult };
