/**
 * A worksheet's print setup (ExcelApi 1.9): `worksheet.pageLayout` with its zoom, margins, print
 * titles, print area and header/footer, and `worksheet.horizontalPageBreaks`. Both are only there
 * at 1.9 or later; every property reads only after a load and a sync, as in Office.js.
 */
import { splitSheet } from './address';
import { FakeClientObject, FakeClientResult } from './base';
import type { Checked } from './checked';
import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './errors';
import type { SheetModel } from './model';

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: Excel.PageLayoutZoomOptions;
  printOrder: string;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  printArea: string | null;
  titleRows: string | null;
  titleColumns: string | null;
  headerFooter: Record<HeaderFooterPart, string>;
  /** Rows (0-based) a new page starts at. */
  rowBreaks: number[];
}

type HeaderFooterPart = 'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter';
const PARTS: HeaderFooterPart[] = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];

/** Excel's defaults for a new sheet (Letter paper, portrait, 100 %). */
export const defaultPageLayout = (): PageLayoutModel => ({
  orientation: 'Portrait',
  paperSize: 'Letter',
  zoom: { scale: 100 },
  printOrder: 'DownThenOver',
  leftMargin: 50.4,
  rightMargin: 50.4,
  topMargin: 54,
  bottomMargin: 54,
  headerMargin: 21.6,
  footerMargin: 21.6,
  printArea: null,
  titleRows: null,
  titleColumns: null,
  headerFooter: { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' },
  rowBreaks: [],
});

const SCALARS = ['orientation', 'paperSize', 'zoom', 'printOrder', 'leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin'] as const;
type Scalar = (typeof SCALARS)[number];
type LayoutMembers = Scalar | 'setPrintArea' | 'setPrintTitleRows' | 'setPrintTitleColumns';

const ORIENTATIONS = ['Portrait', 'Landscape'];
const ORDERS = ['DownThenOver', 'OverThenDown'];

export class FakePageLayout extends FakeClientObject<SheetModel> implements Checked<Excel.PageLayout, LayoutMembers> {
  protected readonly scalarNames = SCALARS;
  protected readonly typeName = 'PageLayout';
  readonly headersFooters: FakeHeaderFooterGroup;
  constructor(context: FakeRequestContext, path: string, parent: () => SheetModel | null) {
    super(context, path, parent, false);
    this.headersFooters = new FakeHeaderFooterGroup(context, `${path}.headersFooters`, parent);
  }
  protected read(t: SheetModel, prop: string): unknown {
    return t.pageLayout[prop as Scalar];
  }
  private set<K extends Scalar>(prop: K, v: PageLayoutModel[K], check?: () => void): void {
    check?.();
    this.put(prop, v, (t) => void (t.pageLayout[prop] = v));
  }
  get orientation(): Excel.PageOrientation | 'Portrait' | 'Landscape' { return this.got('orientation'); }
  set orientation(v: Excel.PageOrientation | 'Portrait' | 'Landscape') {
    this.set('orientation', v, () => { if (!ORIENTATIONS.includes(v)) throw new FakeOfficeError('InvalidArgument', `orientation ${v}`); });
  }
  get paperSize(): Excel.PageLayout['paperSize'] {
    return this.got('paperSize');
  }
  set paperSize(v: Excel.PageLayout['paperSize']) {
    this.set('paperSize', v);
  }
  get zoom(): Excel.PageLayoutZoomOptions { return this.got('zoom'); }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.set('zoom', v, () => {
      const scaled = v.scale !== undefined;
      const fitted = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
      if (scaled === fitted) throw new FakeOfficeError('InvalidArgument', 'zoom takes either a scale or pages to fit to');
      if (scaled && (v.scale! < 10 || v.scale! > 400)) throw new FakeOfficeError('InvalidArgument', `scale ${v.scale}`);
    });
  }
  get printOrder(): Excel.PrintOrder | 'DownThenOver' | 'OverThenDown' { return this.got('printOrder'); }
  set printOrder(v: Excel.PrintOrder | 'DownThenOver' | 'OverThenDown') {
    this.set('printOrder', v, () => { if (!ORDERS.includes(v)) throw new FakeOfficeError('InvalidArgument', `printOrder ${v}`); });
  }
  get leftMargin(): number { return this.got('leftMargin'); }
  set leftMargin(v: number) { this.set('leftMargin', v); }
  get rightMargin(): number { return this.got('rightMargin'); }
  set rightMargin(v: number) { this.set('rightMargin', v); }
  get topMargin(): number { return this.got('topMargin'); }
  set topMargin(v: number) { this.set('topMargin', v); }
  get bottomMargin(): number { return this.got('bottomMargin'); }
  set bottomMargin(v: number) { this.set('bottomMargin', v); }
  get headerMargin(): number { return this.got('headerMargin'); }
  set headerMargin(v: number) { this.set('headerMargin', v); }
  get footerMargin(): number { return this.got('footerMargin'); }
  set footerMargin(v: number) { this.set('footerMargin', v); }

  setPrintArea(printArea: string): void {
    this.call('setPrintArea', [printArea], (t) => void (t.pageLayout.printArea = checkedAddress(printArea, /^\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+$/)));
  }
  setPrintTitleRows(titleRows: string): void {
    this.call('setPrintTitleRows', [titleRows], (t) => void (t.pageLayout.titleRows = checkedAddress(titleRows, /^\$?\d+:\$?\d+$/)));
  }
  setPrintTitleColumns(titleColumns: string): void {
    this.call('setPrintTitleColumns', [titleColumns], (t) => void (t.pageLayout.titleColumns = checkedAddress(titleColumns, /^\$?[A-Z]+:\$?[A-Z]+$/)));
  }
}

/** An address of the form `pattern` (an optional sheet before it), or InvalidArgument. */
function checkedAddress(address: string, pattern: RegExp): string {
  const { local } = splitSheet(address);
  if (!pattern.test(local)) throw new FakeOfficeError('InvalidArgument', `Invalid address ${address}`);
  return local.replace(/\$/g, '');
}

export class FakeHeaderFooterGroup extends FakeClientObject<SheetModel> implements Checked<Excel.HeaderFooterGroup, 'defaultForAllPages'> {
  protected readonly scalarNames: readonly string[] = [];
  protected readonly typeName = 'HeaderFooterGroup';
  readonly defaultForAllPages: FakeHeaderFooter;
  constructor(context: FakeRequestContext, path: string, parent: () => SheetModel | null) {
    super(context, path, parent, false);
    this.defaultForAllPages = new FakeHeaderFooter(context, `${path}.defaultForAllPages`, parent);
  }
  protected read(): unknown {
    return undefined;
  }
}

export class FakeHeaderFooter extends FakeClientObject<SheetModel> implements Checked<Excel.HeaderFooter, HeaderFooterPart> {
  protected readonly scalarNames = PARTS;
  protected readonly typeName = 'HeaderFooter';
  constructor(context: FakeRequestContext, path: string, parent: () => SheetModel | null) {
    super(context, path, parent, false);
  }
  protected read(t: SheetModel, prop: string): unknown {
    return t.pageLayout.headerFooter[prop as HeaderFooterPart];
  }
  private part(p: HeaderFooterPart, v: string): void {
    this.put(p, v, (t) => void (t.pageLayout.headerFooter[p] = v));
  }
  get leftHeader(): string { return this.got('leftHeader'); }
  set leftHeader(v: string) { this.part('leftHeader', v); }
  get centerHeader(): string { return this.got('centerHeader'); }
  set centerHeader(v: string) { this.part('centerHeader', v); }
  get rightHeader(): string { return this.got('rightHeader'); }
  set rightHeader(v: string) { this.part('rightHeader', v); }
  get leftFooter(): string { return this.got('leftFooter'); }
  set leftFooter(v: string) { this.part('leftFooter', v); }
  get centerFooter(): string { return this.got('centerFooter'); }
  set centerFooter(v: string) { this.part('centerFooter', v); }
  get rightFooter(): string { return this.got('rightFooter'); }
  set rightFooter(v: string) { this.part('rightFooter', v); }
}

/** `worksheet.horizontalPageBreaks`: a page starts above the range's first row. */
export class FakePageBreakCollection extends FakeClientObject<SheetModel> implements Checked<Excel.PageBreakCollection, 'removePageBreaks' | 'getCount'> {
  protected readonly scalarNames: readonly string[] = [];
  protected readonly typeName = 'PageBreakCollection';
  constructor(context: FakeRequestContext, path: string, parent: () => SheetModel | null) {
    super(context, path, parent, false);
  }
  protected read(): unknown {
    return undefined;
  }
  add(pageBreakRange: string | { must(): { rect: { r0: number } } }): void {
    this.call('add', [typeof pageBreakRange === 'string' ? pageBreakRange : '(range)'], (t) => {
      const row = typeof pageBreakRange === 'string' ? rowOf(pageBreakRange) : pageBreakRange.must().rect.r0;
      if (row < 1) throw new FakeOfficeError('InvalidArgument', 'A page break cannot go above the first row');
      if (!t.pageLayout.rowBreaks.includes(row)) t.pageLayout.rowBreaks = [...t.pageLayout.rowBreaks, row].sort((a, b) => a - b);
    });
  }
  removePageBreaks(): void {
    this.call('removePageBreaks', [], (t) => void (t.pageLayout.rowBreaks = []));
  }
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, { call: this.path, method: 'getCount' }, () => this.must().pageLayout.rowBreaks.length);
  }
}

function rowOf(address: string): number {
  const m = /^\$?[A-Z]+\$?(\d+)(:|$)/.exec(splitSheet(address).local);
  if (!m) throw new FakeOfficeError('InvalidArgument', `Invalid address ${address}`);
  return Number(m[1]) - 1;
}
