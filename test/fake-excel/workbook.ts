/** Workbook and Application. */
import { FakeClientObject } from './base';
import type { Checked } from './checked';
import type { FakeRequestContext } from './context';
import { itemNotFound } from './errors';
import type { WorkbookModel } from './model';
import { FakeNamedItemCollection, FakeSettingCollection } from './names';
import { FakeRange } from './range';
import { FakeWorksheetCollection } from './sheet';
import { FakeTableCollection } from './table';

export class FakeApplication
  extends FakeClientObject<WorkbookModel>
  implements Checked<Excel.Application, 'calculationMode' | 'suspendApiCalculationUntilNextSync' | 'suspendScreenUpdatingUntilNextSync' | 'calculate'>
{
  protected readonly scalarNames = ['calculationMode'];
  protected readonly typeName = 'Application';
  constructor(context: FakeRequestContext) {
    super(context, 'application', () => context.office.model, false);
  }
  protected read(): unknown {
    return 'Automatic';
  }
  get calculationMode(): Excel.CalculationMode | 'Manual' | 'Automatic' | 'AutomaticExceptTables' { return this.got('calculationMode'); }
  suspendApiCalculationUntilNextSync(): void {
    this.context.office.requireSet('ExcelApi', '1.6', 'Application.suspendApiCalculationUntilNextSync');
    this.call('suspendApiCalculationUntilNextSync', [], () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.office.requireSet('ExcelApi', '1.9', 'Application.suspendScreenUpdatingUntilNextSync');
    this.call('suspendScreenUpdatingUntilNextSync', [], () => undefined);
  }
  calculate(calculationType: Excel.CalculationType | 'Recalculate' | 'Full' | 'FullRebuild'): void {
    this.call('calculate', [calculationType], () => undefined);
  }
}

export class FakeWorkbook extends FakeClientObject<WorkbookModel> implements Checked<Excel.Workbook, 'name' | 'getSelectedRange' | 'getActiveCell'> {
  protected readonly scalarNames = ['name'];
  protected readonly typeName = 'Workbook';
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;
  private readonly settingsCollection: FakeSettingCollection;

  constructor(context: FakeRequestContext) {
    super(context, 'workbook', () => context.office.model, false);
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, 'workbook.tables', () => context.office.model.tables);
    this.names = new FakeNamedItemCollection(context, 'workbook.names', () => null);
    this.settingsCollection = new FakeSettingCollection(context);
    this.application = new FakeApplication(context);
  }
  get settings(): FakeSettingCollection {
    this.context.office.requireSet('ExcelApi', '1.4', 'Workbook.settings');
    return this.settingsCollection;
  }
  protected read(): unknown {
    return 'Book1.xlsx';
  }
  get name(): string { return this.got('name'); }
  private selected(name: string, cell: boolean): FakeRange {
    return new FakeRange(this.context, `workbook.${name}()`, () => {
      const m = this.context.office.model;
      const sel = m.selection;
      const sheet = sel ? m.sheets.find((s) => s.id === sel.sheetId) : m.sheets.find((s) => s.id === m.activeSheetId);
      if (!sheet) throw itemNotFound('selection');
      const rect = sel?.rect ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
      return { sheet, rect: cell ? { ...rect, r1: rect.r0, c1: rect.c0 } : rect };
    });
  }
  getSelectedRange(): FakeRange {
    return this.selected('getSelectedRange', false);
  }
  getActiveCell(): FakeRange {
    this.context.office.requireSet('ExcelApi', '1.7', 'Workbook.getActiveCell');
    return this.selected('getActiveCell', true);
  }
}
