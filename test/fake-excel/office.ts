/**
 * The fake's controller and its installer: `installFakeOffice(globalThis, options)` sets the
 * `Office` and `Excel` globals (Excel.run, RequestContext, requirement sets) and lets tests and the
 * e2e page count requests, fire Table.onChanged and play the user typing into the grid.
 * No Node-only dependency: this also runs bundled in the browser.
 */
import { parseRect, Rect, splitSheet } from './address';
import { FakeRequestContext } from './context';
import { FakeOfficeError } from './errors';
import { SheetModel, TableModel, WorkbookModel, writeCell } from './model';
import { headersOf, tableChangedArgs } from './table';

export interface FakeOfficeOptions {
  /** Requirement sets reported as supported, e.g. `{ ExcelApi: '1.9' }` (default ExcelApi 1.12, DialogApi 1.2). */
  sets?: Record<string, string>;
  /** Request/response limit in bytes (Excel on the web: 5 MB). */
  maxPayloadBytes?: number;
  displayLanguage?: string;
  /** Sheets to start with (default one sheet named Sheet1). */
  sheets?: string[];
  platform?: string;
}

export interface RequestRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  failed: string;
}

const versionAtLeast = (have: string, need: string): boolean => {
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
};

export class FakeOffice {
  readonly model = new WorkbookModel();
  readonly options: Required<Omit<FakeOfficeOptions, 'sheets'>>;
  /** Every request sent by `sync()` (including ones that failed). */
  readonly requests: RequestRecord[] = [];
  /** API misuse the fake noticed but Excel would accept (e.g. INDIRECT list sources). */
  readonly warnings: string[] = [];
  /** Functions associated with ribbon command ids. */
  readonly actions = new Map<string, (event: unknown) => unknown>();
  readonly dialogs: string[] = [];

  constructor(options: FakeOfficeOptions = {}) {
    this.options = {
      sets: options.sets ?? { ExcelApi: '1.12', DialogApi: '1.2' },
      maxPayloadBytes: options.maxPayloadBytes ?? 5 * 1024 * 1024,
      displayLanguage: options.displayLanguage ?? 'zh-CN',
      platform: options.platform ?? 'OfficeOnline',
    };
    for (const name of options.sheets ?? ['Sheet1']) this.model.addSheet(name);
  }

  isSetSupported(name: string, minVersion?: string): boolean {
    const have = this.options.sets[name];
    return have !== undefined && versionAtLeast(have, minVersion ?? '1.1');
  }

  /** Calls of an API outside the supported sets fail as on a host that lacks it. */
  requireSet(name: string, version: string, api: string): void {
    if (!this.isSetSupported(name, version)) throw new FakeOfficeError('ApiNotFound', `${api} needs ${name} ${version}, which this host does not support.`);
  }

  get syncCount(): number {
    return this.requests.length;
  }
  resetCounters(): void {
    this.requests.length = 0;
  }
  get maxRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.requestBytes));
  }

  newContext(): FakeRequestContext {
    return new FakeRequestContext(this);
  }

  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    const ctx = this.newContext();
    const result = await batch(ctx);
    await ctx.sync();
    return result;
  }

  // ------------------------------------------------------------ test helpers (outside the API)

  sheet(name: string): SheetModel {
    const s = this.model.sheetByName(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
  table(name: string): TableModel {
    const t = this.model.tableByName(name);
    if (!t) throw new Error(`no table ${name}`);
    return t;
  }
  /** Writes cells as a user would, without going through a request. */
  setCells(sheetName: string, address: string, values: unknown[][]): void {
    const s = this.sheet(sheetName);
    const rect = parseRect(splitSheet(address).local);
    values.forEach((row, i) => row.forEach((v, j) => writeCell(s, rect.r0 + i, rect.c0 + j, v)));
  }
  /** Appends rows to a table directly in the document (test set-up of large workbooks). */
  appendTableRows(name: string, rows: unknown[][]): void {
    const t = this.table(name);
    let start = t.r0 + 1 + t.dataRows;
    if (t.dataRows === 1 && (t.sheet.rows[t.r0 + 1] ?? []).every((v) => v === '' || v === undefined)) start = t.r0 + 1;
    rows.forEach((row, i) => {
      const target = (t.sheet.rows[start + i] ??= []);
      row.forEach((v, c) => (target[t.c0 + c] = v as never));
    });
    t.dataRows = start - t.r0 - 1 + rows.length;
  }
  /** A table's data rows as objects keyed by header. */
  tableRows(name: string): Record<string, unknown>[] {
    const t = this.table(name);
    const heads = headersOf(t);
    const out: Record<string, unknown>[] = [];
    for (let r = 1; r <= t.dataRows; r++) {
      const row: Record<string, unknown> = {};
      heads.forEach((h, c) => (row[h] = t.sheet.rows[t.r0 + r]?.[t.c0 + c] ?? ''));
      out.push(row);
    }
    return out;
  }
  /**
   * Plays a user (or a co-author, source Remote) editing a table: sets cells by header in body
   * row `bodyRow` (0-based; at dataRows it types into the row under the table, which grows it)
   * and fires Table.onChanged to every registered handler.
   */
  async editTableRow(name: string, bodyRow: number, cells: Record<string, unknown>, source: 'Local' | 'Remote' = 'Local'): Promise<void> {
    const t = this.table(name);
    const heads = headersOf(t);
    const inserted = bodyRow >= t.dataRows;
    if (inserted) t.dataRows = bodyRow + 1;
    const r = t.r0 + 1 + bodyRow;
    const cols: number[] = [];
    for (const [h, v] of Object.entries(cells)) {
      const c = heads.indexOf(h);
      if (c < 0) throw new Error(`no column ${h}`);
      writeCell(t.sheet, r, t.c0 + c, v);
      cols.push(c);
    }
    const rect: Rect = { r0: r, r1: r, c0: t.c0 + Math.min(...cols), c1: t.c0 + Math.max(...cols) };
    await this.fireTableChanged(name, rect, source, inserted ? 'RowInserted' : 'RangeEdited');
  }
  async fireTableChanged(name: string, rect: Rect, source: 'Local' | 'Remote', changeType = 'RangeEdited'): Promise<void> {
    const t = this.table(name);
    const args = tableChangedArgs(t, rect, source, changeType, this.isSetSupported('ExcelApi', '1.9'));
    await Promise.all(t.handlers.map((h) => h(args)));
  }
}

/** Sets the `Office` and `Excel` globals on `target` and resolves Office.onReady. */
export function installFakeOffice(target: Record<string, unknown>, options: FakeOfficeOptions = {}): FakeOffice {
  const office = new FakeOffice(options);
  const info = { host: 'Excel', platform: office.options.platform };
  const Office: Record<string, unknown> = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      displayLanguage: office.options.displayLanguage,
      contentLanguage: office.options.displayLanguage,
      requirements: { isSetSupported: (n: string, v?: string | number) => office.isSetSupported(n, v === undefined ? undefined : String(v)) },
      ui: {
        displayDialogAsync: (url: string, _opts: unknown, cb?: (r: unknown) => void) => {
          office.dialogs.push(url);
          cb?.({ status: 'succeeded', value: { close: () => undefined, addEventHandler: () => undefined } });
        },
      },
      host: 'Excel',
      platform: office.options.platform,
    },
    actions: { associate: (id: string, fn: (e: unknown) => unknown) => void office.actions.set(id, fn) },
    onReady: (cb?: (i: typeof info) => void) => {
      cb?.(info);
      return Promise.resolve(info);
    },
  };
  const Excel = {
    // Excel.run(batch), or Excel.run(objectOrContext, batch) to continue in an earlier context.
    run: async (a: unknown, b?: unknown) => {
      if (typeof a === 'function') return office.run(a as (c: FakeRequestContext) => Promise<unknown>);
      const ctx = a instanceof FakeRequestContext ? a : ((a as { context?: unknown })?.context instanceof FakeRequestContext ? (a as { context: FakeRequestContext }).context : office.newContext());
      const result = await (b as (c: FakeRequestContext) => Promise<unknown>)(ctx);
      await ctx.sync();
      return result;
    },
    RequestContext: function RequestContext() {
      return office.newContext();
    },
    ErrorCodes: { itemNotFound: 'ItemNotFound', invalidArgument: 'InvalidArgument', apiNotFound: 'ApiNotFound' },
  };
  target.Office = Office;
  target.Excel = Excel;
  target.__fakeOffice = office;
  const init = (target.Office as { initialize?: (r: string) => void }).initialize;
  if (typeof init === 'function') init('documentOpened');
  return office;
}
