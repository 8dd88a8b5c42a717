/* eslint-disable @typescript-eslint/no-explicit-any -- these members mirror @types/office-js, which types them as any */
/** Charts and PivotTables: kept as descriptions (type, source, fields), not rendered. */
import { formatAddress, parseRect, splitSheet } from './address';
import { FakeClientObject, FakeCollection, FakeItem } from './base';
import type { Checked } from './checked';
import type { FakeRequestContext } from './context';
import { FakeOfficeError, itemNotFound } from './errors';
import { cellValue, ChartModel, newId, PivotModel, SheetModel, TableModel } from './model';
import { FakeRange, RangeTarget } from './range';
import { FakeTable, headersOf } from './table';

class FakeChartTitle extends FakeClientObject<ChartModel> implements Checked<Excel.ChartTitle, 'text' | 'visible'> {
  protected readonly scalarNames = ['text', 'visible'];
  protected readonly typeName = 'ChartTitle';
  constructor(context: FakeRequestContext, path: string, parent: () => ChartModel | null) {
    super(context, path, parent, false);
  }
  protected read(t: ChartModel, prop: string): unknown {
    return prop === 'text' ? t.title : true;
  }
  get text(): string { return this.got('text'); }
  set text(v: string) { this.put('text', v, (t) => void (t.title = v)); }
  get visible(): boolean { return this.got('visible'); }
  set visible(v: boolean) { this.put('visible', v, () => undefined); }
}

class FakeChartLegend extends FakeClientObject<ChartModel> implements Checked<Excel.ChartLegend, 'visible' | 'position'> {
  protected readonly scalarNames = ['visible', 'position'];
  protected readonly typeName = 'ChartLegend';
  constructor(context: FakeRequestContext, path: string, parent: () => ChartModel | null) {
    super(context, path, parent, false);
  }
  protected read(t: ChartModel, prop: string): unknown {
    return (t.legend as Record<string, unknown>)[prop];
  }
  get visible(): boolean { return this.got('visible'); }
  set visible(v: boolean) { this.put('visible', v, (t) => void (t.legend.visible = v)); }
  get position(): Excel.ChartLegendPosition | 'Invalid' | 'Top' | 'Bottom' | 'Left' | 'Right' | 'Corner' | 'Custom' { return this.got('position'); }
  set position(v: Excel.ChartLegendPosition | 'Invalid' | 'Top' | 'Bottom' | 'Left' | 'Right' | 'Corner' | 'Custom') {
    this.put('position', v, (t) => void (t.legend.position = v));
  }
}

export class FakeChart extends FakeItem<ChartModel> implements Checked<Excel.Chart, 'name' | 'chartType' | 'setPosition' | 'delete' | 'id'> {
  protected readonly scalarNames = ['name', 'chartType', 'id'];
  protected readonly typeName = 'Chart';
  readonly title: FakeChartTitle;
  readonly legend: FakeChartLegend;
  constructor(context: FakeRequestContext, path: string, resolver: () => ChartModel | null, private readonly sheet: () => SheetModel | null, instantiate = true) {
    super(context, path, resolver, instantiate);
    this.title = new FakeChartTitle(context, `${path}.title`, () => this.target());
    this.legend = new FakeChartLegend(context, `${path}.legend`, () => this.target());
  }
  protected read(t: ChartModel, prop: string): unknown {
    return prop === 'chartType' ? t.type : (t as unknown as Record<string, unknown>)[prop];
  }
  get id(): string { return this.got('id'); }
  get name(): string { return this.got('name'); }
  set name(v: string) { this.put('name', v, (t) => void (t.name = v)); }
  get chartType(): any { return this.got('chartType'); }
  set chartType(v: any) { this.put('chartType', v, (t) => void (t.type = v)); }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const addr = (x: FakeRange | string | undefined) => (typeof x === 'string' || x === undefined ? x : '(range)');
    this.call('setPosition', [addr(startCell), addr(endCell)], (t) => {
      const s = typeof startCell === 'string' ? startCell : formatAddress('', (startCell as unknown as { must(): RangeTarget }).must().rect).slice(1);
      const e = endCell === undefined ? undefined : typeof endCell === 'string' ? endCell : formatAddress('', (endCell as unknown as { must(): RangeTarget }).must().rect).slice(1);
      t.position = { start: s, ...(e ? { end: e } : {}) };
    });
  }
  delete(): void {
    this.call('delete', [], (t) => {
      const s = this.sheet();
      if (s) s.charts = s.charts.filter((c) => c !== t);
    });
  }
}

export class FakeChartCollection
  extends FakeCollection<ChartModel, FakeChart>
  implements Checked<Excel.ChartCollection, 'add' | 'getItem' | 'getItemOrNullObject' | 'getCount'>
{
  protected readonly typeName = 'ChartCollection';
  protected readonly itemScalars = ['name', 'chartType', 'id'];
  constructor(context: FakeRequestContext, path: string, private readonly sheet: () => SheetModel | null) {
    super(context, path, () => sheet()?.charts ?? null, false);
  }
  protected itemProxy(m: ChartModel, i: number): FakeChart {
    return new FakeChart(this.context, `${this.path}[${i}]`, () => m, this.sheet, false);
  }
  add(type: Excel.ChartType | string, sourceData: FakeRange, seriesBy?: Excel.ChartSeriesBy | 'Auto' | 'Columns' | 'Rows'): FakeChart {
    let made: ChartModel | null = null;
    this.call('add', [type, '(range)', seriesBy ?? 'Auto'], () => {
      const s = this.sheet();
      if (!s) throw itemNotFound('worksheet');
      const src = (sourceData as unknown as { must(): RangeTarget }).must();
      let n = s.charts.length + 1;
      while (s.charts.some((c) => c.name === `Chart ${n}`)) n++;
      made = {
        id: newId('chart'), name: `Chart ${n}`, type: String(type), source: formatAddress(src.sheet.name, src.rect), seriesBy: String(seriesBy ?? 'Auto'),
        title: '', position: null, legend: { visible: true, position: 'Right' },
      };
      s.charts.push(made);
    });
    return new FakeChart(this.context, `${this.path}.add(${type})`, () => made, this.sheet);
  }
  getItem(name: string): FakeChart {
    return new FakeChart(this.context, `${this.path}.getItem(${name})`, () => {
      const c = this.must().find((x) => x.name === name);
      if (!c) throw itemNotFound(`chart ${name}`);
      return c;
    }, this.sheet);
  }
  getItemOrNullObject(name: string): FakeChart {
    return new FakeChart(this.context, `${this.path}.getItemOrNullObject(${name})`, () => this.must().find((x) => x.name === name) ?? null, this.sheet);
  }
}

// ---------------------------------------------------------------- PivotTables (ExcelApi 1.8 for add)

interface HierarchyRef {
  pivot: PivotModel;
  name: string;
}

export class FakePivotHierarchy extends FakeItem<HierarchyRef> implements Checked<Excel.PivotHierarchy, 'name' | 'id'> {
  protected readonly scalarNames = ['name', 'id'];
  protected readonly typeName = 'PivotHierarchy';
  constructor(context: FakeRequestContext, path: string, resolver: () => HierarchyRef | null) {
    super(context, path, resolver, true);
  }
  protected read(t: HierarchyRef): unknown {
    return t.name;
  }
  get name(): string { return this.got('name'); }
  get id(): string { return this.got('id'); }
  /** The hierarchy name, for the axis collections (runs during sync). */
  nameNow(): string {
    return this.must().name;
  }
}

class FakeDataHierarchy extends FakeClientObject<{ name: string; source: string; summarizeBy: string }>
  implements Checked<Excel.DataPivotHierarchy, 'name' | 'summarizeBy'>
{
  protected readonly scalarNames = ['name', 'summarizeBy'];
  protected readonly typeName = 'DataPivotHierarchy';
  constructor(context: FakeRequestContext, path: string, resolver: () => { name: string; source: string; summarizeBy: string } | null) {
    super(context, path, resolver, false);
  }
  protected read(t: { name: string; summarizeBy: string }, prop: string): unknown {
    return (t as Record<string, unknown>)[prop];
  }
  get name(): string { return this.got('name'); }
  set name(v: string) { this.put('name', v, (t) => void (t.name = v)); }
  get summarizeBy(): Excel.AggregationFunction | 'Unknown' | 'Automatic' | 'Sum' | 'Count' | 'Average' | 'Max' | 'Min' | 'Product' | 'CountNumbers' | 'StandardDeviation' | 'StandardDeviationP' | 'Variance' | 'VarianceP' {
    return this.got('summarizeBy');
  }
  set summarizeBy(v: Excel.AggregationFunction | 'Unknown' | 'Automatic' | 'Sum' | 'Count' | 'Average' | 'Max' | 'Min' | 'Product' | 'CountNumbers' | 'StandardDeviation' | 'StandardDeviationP' | 'Variance' | 'VarianceP') {
    this.put('summarizeBy', v, (t) => void (t.summarizeBy = v));
  }
}

type Axis = 'rows' | 'columns' | 'data' | 'filters';

class FakeAxisCollection {
  constructor(private readonly context: FakeRequestContext, private readonly path: string, private readonly pivot: () => PivotModel, private readonly axis: Axis) {}
  add(hierarchy: FakePivotHierarchy): any {
    let rec: { name: string; source: string; summarizeBy: string } | null = null;
    this.context.enqueue({ call: this.path, method: 'add', args: ['(hierarchy)'] }, () => {
      const p = this.pivot();
      const name = hierarchy.nameNow();
      const used = [...p.rows, ...p.columns, ...p.filters];
      if (this.axis !== 'data' && used.includes(name)) throw new FakeOfficeError('InvalidArgument', `Hierarchy ${name} is already on an axis.`);
      if (this.axis === 'data') {
        rec = { name: `Sum of ${name}`, source: name, summarizeBy: 'Sum' };
        p.data.push(rec);
      } else p[this.axis].push(name);
    });
    if (this.axis === 'data') return new FakeDataHierarchy(this.context, `${this.path}.add()`, () => rec);
    return new FakePivotHierarchy(this.context, `${this.path}.add()`, () => ({ pivot: this.pivot(), name: hierarchy.nameNow() }));
  }
}

class FakePivotLayout extends FakeClientObject<PivotModel> implements Checked<Excel.PivotLayout, 'layoutType' | 'showRowGrandTotals' | 'showColumnGrandTotals' | 'getRange'> {
  protected readonly scalarNames = ['layoutType', 'showRowGrandTotals', 'showColumnGrandTotals'];
  protected readonly typeName = 'PivotLayout';
  constructor(context: FakeRequestContext, path: string, parent: () => PivotModel | null) {
    super(context, path, parent, false);
  }
  protected read(t: PivotModel, prop: string): unknown {
    return (t as unknown as Record<string, unknown>)[prop];
  }
  get layoutType(): Excel.PivotLayoutType | 'Compact' | 'Tabular' | 'Outline' { return this.got('layoutType'); }
  set layoutType(v: Excel.PivotLayoutType | 'Compact' | 'Tabular' | 'Outline') { this.put('layoutType', v, (t) => void (t.layoutType = v)); }
  get showRowGrandTotals(): boolean { return this.got('showRowGrandTotals'); }
  set showRowGrandTotals(v: boolean) { this.put('showRowGrandTotals', v, (t) => void (t.showRowGrandTotals = v)); }
  get showColumnGrandTotals(): boolean { return this.got('showColumnGrandTotals'); }
  set showColumnGrandTotals(v: boolean) { this.put('showColumnGrandTotals', v, (t) => void (t.showColumnGrandTotals = v)); }
  getRange(): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRange()`, () => {
      const p = this.must();
      const { local } = splitSheet(p.destination);
      const at = parseRect(local);
      return { sheet: p.sheet, rect: { r0: at.r0, c0: at.c0, r1: at.r0 + 1, c1: at.c0 + 1 } };
    });
  }
}

export class FakePivotTable extends FakeItem<PivotModel> implements Checked<Excel.PivotTable, 'name' | 'id' | 'refresh' | 'delete'> {
  protected readonly scalarNames = ['name', 'id'];
  protected readonly typeName = 'PivotTable';
  readonly layout: FakePivotLayout;
  readonly rowHierarchies: FakeAxisCollection;
  readonly columnHierarchies: FakeAxisCollection;
  readonly dataHierarchies: FakeAxisCollection;
  readonly filterHierarchies: FakeAxisCollection;
  readonly hierarchies: { getItem(name: string): FakePivotHierarchy };
  constructor(context: FakeRequestContext, path: string, resolver: () => PivotModel | null, private readonly sheet: () => SheetModel | null, instantiate = true) {
    super(context, path, resolver, instantiate);
    this.layout = new FakePivotLayout(context, `${path}.layout`, () => this.target());
    const pm = () => this.must();
    this.rowHierarchies = new FakeAxisCollection(context, `${path}.rowHierarchies`, pm, 'rows');
    this.columnHierarchies = new FakeAxisCollection(context, `${path}.columnHierarchies`, pm, 'columns');
    this.dataHierarchies = new FakeAxisCollection(context, `${path}.dataHierarchies`, pm, 'data');
    this.filterHierarchies = new FakeAxisCollection(context, `${path}.filterHierarchies`, pm, 'filters');
    this.hierarchies = {
      getItem: (name: string) =>
        new FakePivotHierarchy(context, `${path}.hierarchies.getItem(${name})`, () => {
          const p = this.must();
          const found = p.sourceHeaders.find((h) => h.toLowerCase() === name.toLowerCase());
          if (!found) throw itemNotFound(`pivot hierarchy ${name}`);
          return { pivot: p, name: found };
        }),
    };
  }
  protected read(t: PivotModel, prop: string): unknown {
    return (t as unknown as Record<string, unknown>)[prop];
  }
  get name(): string { return this.got('name'); }
  set name(v: string) { this.put('name', v, (t) => void (t.name = v)); }
  get id(): string { return this.got('id'); }
  refresh(): void {
    this.call('refresh', [], () => undefined);
  }
  delete(): void {
    this.call('delete', [], (t) => {
      const s = this.sheet();
      if (s) s.pivots = s.pivots.filter((p) => p !== t);
    });
  }
}

export class FakePivotTableCollection
  extends FakeCollection<PivotModel, FakePivotTable>
  implements Checked<Excel.PivotTableCollection, 'add' | 'getItem' | 'getItemOrNullObject' | 'getCount' | 'refreshAll'>
{
  protected readonly typeName = 'PivotTableCollection';
  protected readonly itemScalars = ['name', 'id'];
  constructor(context: FakeRequestContext, path: string, private readonly sheet: () => SheetModel | null) {
    super(context, path, () => sheet()?.pivots ?? null, false);
  }
  protected itemProxy(m: PivotModel, i: number): FakePivotTable {
    return new FakePivotTable(this.context, `${this.path}[${i}]`, () => m, this.sheet, false);
  }
  add(name: string, source: FakeRange | string | FakeTable, destination: FakeRange | string): FakePivotTable {
    this.context.office.requireSet('ExcelApi', '1.8', 'PivotTableCollection.add');
    let made: PivotModel | null = null;
    const label = (x: unknown) => (typeof x === 'string' ? x : '(object)');
    this.call('add', [name, label(source), label(destination)], () => {
      const s = this.sheet();
      if (!s) throw itemNotFound('worksheet');
      const m = this.context.office.model;
      if (m.sheets.some((sh) => sh.pivots.some((p) => p.name.toLowerCase() === name.toLowerCase())))
        throw new FakeOfficeError('ItemAlreadyExists', `A PivotTable named ${name} already exists.`);
      let headers: string[];
      let sourceText: string;
      if (source instanceof FakeTable) {
        const t = (source as unknown as { must(): TableModel }).must();
        headers = headersOf(t);
        sourceText = t.name;
      } else if (typeof source === 'string' && m.tableByName(source)) {
        const t = m.tableByName(source)!;
        headers = headersOf(t);
        sourceText = t.name;
      } else {
        let tgt: RangeTarget;
        if (typeof source === 'string') {
          const { sheet, local } = splitSheet(source);
          const sh = sheet ? m.sheetByName(sheet) : s;
          if (!sh) throw itemNotFound(`sheet of ${source}`);
          tgt = { sheet: sh, rect: parseRect(local) };
        } else tgt = (source as unknown as { must(): RangeTarget }).must();
        headers = [];
        for (let c = tgt.rect.c0; c <= tgt.rect.c1; c++) headers.push(String(cellValue(tgt.sheet, tgt.rect.r0, c)));
        sourceText = formatAddress(tgt.sheet.name, tgt.rect);
      }
      const dest = typeof destination === 'string' ? destination : formatAddress(s.name, (destination as unknown as { must(): RangeTarget }).must().rect);
      made = {
        id: newId('pivot'), name, sheet: s, sourceHeaders: headers, source: sourceText, destination: dest,
        rows: [], columns: [], data: [], filters: [], layoutType: 'Compact', showRowGrandTotals: true, showColumnGrandTotals: true,
      };
      s.pivots.push(made);
    });
    return new FakePivotTable(this.context, `${this.path}.add(${name})`, () => made, this.sheet);
  }
  getItem(name: string): FakePivotTable {
    return new FakePivotTable(this.context, `${this.path}.getItem(${name})`, () => {
      const p = this.must().find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!p) throw itemNotFound(`pivot ${name}`);
      return p;
    }, this.sheet);
  }
  getItemOrNullObject(name: string): FakePivotTable {
    return new FakePivotTable(this.context, `${this.path}.getItemOrNullObject(${name})`, () => this.must().find((x) => x.name.toLowerCase() === name.toLowerCase()) ?? null, this.sheet);
  }
  refreshAll(): void {
    this.call('refreshAll', [], () => undefined);
  }
}
