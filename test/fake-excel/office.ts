/**
 * The fake's controller and its installer: `installFakeOffice(globalThis, options)` sets the
 * `Office` and `Excel` globals (Excel.run, RequestContext, requirement sets) and lets tests and the
 * e2e page count requests, fire Table.onChanged and play the user typing into the grid.
 * No Node-only dependency: this also runs bundled in the browser.
 */
import { parseRect, Rect, splitSheet } from './address';
import { FakeRequestContext, type Touch } from './context';
import { FakeOfficeError } from './errors';
import { cellValue, renameSheet, SheetModel, tableRect, TableModel, WorkbookModel, writeCell } from './model';
import { headersOf, tableChangedArgs } from './table';

/** The next macrotask: setImmediate in Node (a 1 ms timer per event made 10,000 events take minutes), a timer in the browser. */
const nextTask = (): Promise<void> => new Promise((r) => (typeof setImmediate === 'function' ? setImmediate(r) : setTimeout(r, 0)));

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
  /** The dialog on screen; `userCloses()` plays the user clicking its close button. */
  openDialog: { url: string; userCloses: () => void } | null = null;
  /** The add-in runtime's event switch (`context.runtime.enableEvents`, ExcelApi 1.8). */
  eventsEnabled = true;
  /**
   * Runs before the request numbered `n` (1-based, counting every request since the last
   * `resetCounters`) reaches the workbook: co-authors' edits merged between two syncs.
   */
  beforeSync: ((n: number) => void) | null = null;
  /** When it returns true for request `n`, that request fails before anything is applied. */
  failSync: ((n: number) => boolean) | null = null;
  /** Table.onChanged events raised so far, for tests: source, table and address. */
  readonly events: { source: 'Local' | 'Remote'; table: string; address: string }[] = [];
  private deliveries: Promise<unknown> = Promise.resolve();
  private pendingDeliveries = 0;

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

  /**
   * Excel raises Table.onChanged (source Local) for an add-in's own writes too: one event per
   * write operation and table it touched, delivered after the request, unless the add-in had
   * switched events off (`context.runtime.enableEvents = false`) when it wrote.
   */
  raiseApiChanges(touches: Touch[][]): void {
    for (const op of touches) {
      const byTable = new Map<TableModel, Rect>();
      for (const t of op) {
        if (!t.events) continue;
        const table = this.model.tables.find((x) => {
          const r = tableRect(x);
          return x.sheet === t.sheet && t.r > r.r0 && t.r <= r.r1 && t.c >= r.c0 && t.c <= r.c1;
        });
        if (!table) continue;
        const b = byTable.get(table);
        byTable.set(table, b ? { r0: Math.min(b.r0, t.r), r1: Math.max(b.r1, t.r), c0: Math.min(b.c0, t.c), c1: Math.max(b.c1, t.c) } : { r0: t.r, r1: t.r, c0: t.c, c1: t.c });
      }
      for (const [table, rect] of byTable) this.deliver(table, rect, 'Local', 'RangeEdited');
    }
  }

  /** Calls the handlers after the current request has returned, in order. */
  private deliver(t: TableModel, rect: Rect, source: 'Local' | 'Remote', changeType: string): void {
    const args = tableChangedArgs(t, rect, source, changeType, this.isSetSupported('ExcelApi', '1.9'));
    this.events.push({ source, table: t.name, address: String(args.address) });
    const handlers = [...t.handlers];
    if (!handlers.length) return;
    this.pendingDeliveries++;
    this.deliveries = this.deliveries
      .then(nextTask)
      .then(() => Promise.all(handlers.map((h) => Promise.resolve(h(args)).catch(() => undefined))))
      .finally(() => void this.pendingDeliveries--);
  }

  /** Resolves once every event raised so far, and every one their handlers raised, was handled. */
  async settle(): Promise<void> {
    while (this.pendingDeliveries > 0) await this.deliveries;
  }

  // ------------------------------------------------------------ co-authors (outside the API)

  /** A co-author inserts rows into a table at body index `at` (their edit, source Remote). */
  coAuthorInsertRows(name: string, at: number, rows: unknown[][]): void {
    const t = this.table(name);
    const s = t.sheet;
    const first = t.r0 + 1 + at;
    for (let r = t.r0 + t.dataRows; r >= first; r--) {
      const row = s.rows[r];
      const dest = (s.rows[r + rows.length] ??= []);
      for (let c = t.c0; c < t.c0 + t.cols; c++) {
        const v = row?.[c];
        if (v === undefined) delete dest[c];
        else dest[c] = v;
        if (row) delete row[c];
      }
    }
    rows.forEach((row, i) => {
      const target = (s.rows[first + i] ??= []);
      for (let c = 0; c < t.cols; c++) target[t.c0 + c] = (row[c] ?? '') as never;
    });
    t.dataRows += rows.length;
    this.deliver(t, { r0: first, r1: first + rows.length - 1, c0: t.c0, c1: t.c0 + t.cols - 1 }, 'Remote', 'RowInserted');
  }

  /** A co-author deletes body row `at` of a table. */
  coAuthorDeleteRow(name: string, at: number): void {
    const t = this.table(name);
    const s = t.sheet;
    const last = t.r0 + t.dataRows;
    for (let r = t.r0 + 1 + at; r <= last; r++) {
      const below = s.rows[r + 1];
      const row = (s.rows[r] ??= []);
      for (let c = t.c0; c < t.c0 + t.cols; c++) {
        const v = r === last ? undefined : below?.[c];
        if (v === undefined) delete row[c];
        else row[c] = v;
      }
    }
    t.dataRows = Math.max(1, t.dataRows - 1);
    this.deliver(t, { r0: t.r0 + 1 + at, r1: t.r0 + 1 + at, c0: t.c0, c1: t.c0 + t.cols - 1 }, 'Remote', 'RowDeleted');
  }

  /** A co-author sorts a table by one column (text order, descending when asked). */
  coAuthorSort(name: string, header: string, descending = false): void {
    const t = this.table(name);
    const c = headersOf(t).indexOf(header);
    if (c < 0) throw new Error(`no column ${header}`);
    const s = t.sheet;
    const rows = Array.from({ length: t.dataRows }, (_, i) => Array.from({ length: t.cols }, (_, j) => cellValue(s, t.r0 + 1 + i, t.c0 + j)));
    rows.sort((a, b) => String(a[c]).localeCompare(String(b[c])) * (descending ? -1 : 1));
    rows.forEach((row, i) => row.forEach((v, j) => ((s.rows[t.r0 + 1 + i] ??= [])[t.c0 + j] = v)));
    this.deliver(t, { r0: t.r0 + 1, r1: t.r0 + t.dataRows, c0: t.c0, c1: t.c0 + t.cols - 1 }, 'Remote', 'RangeEdited');
  }

  /** A co-author adds a row under a table (by header), as their add-in or their typing would. */
  coAuthorAddRow(name: string, cells: Record<string, unknown>): void {
    const t = this.table(name);
    const heads = headersOf(t);
    const row = heads.map((h) => cells[h] ?? '');
    const blank = t.dataRows === 1 && heads.every((_, c) => cellValue(t.sheet, t.r0 + 1, t.c0 + c) === '');
    const r = blank ? t.r0 + 1 : t.r0 + 1 + t.dataRows;
    row.forEach((v, c) => ((t.sheet.rows[r] ??= [])[t.c0 + c] = v as never));
    if (!blank) t.dataRows += 1;
    this.deliver(t, { r0: r, r1: r, c0: t.c0, c1: t.c0 + t.cols - 1 }, 'Remote', 'RowInserted');
  }

  /** A co-author types into one cell of a table's body row (by header). */
  coAuthorSetCell(name: string, bodyRow: number, header: string, value: unknown): void {
    const t = this.table(name);
    const c = headersOf(t).indexOf(header);
    if (c < 0) throw new Error(`no column ${header}`);
    (t.sheet.rows[t.r0 + 1 + bodyRow] ??= [])[t.c0 + c] = value as never;
    this.deliver(t, { r0: t.r0 + 1 + bodyRow, r1: t.r0 + 1 + bodyRow, c0: t.c0 + c, c1: t.c0 + c }, 'Remote', 'RangeEdited');
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
  /** A user renames a sheet (names that point at it follow, as in Excel). */
  renameSheet(from: string, to: string): void {
    renameSheet(this.model, this.sheet(from), to);
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
    this.deliver(this.table(name), rect, source, changeType);
    await this.settle();
  }
}

/** Sets the `Office` and `Excel` globals on `target` and resolves Office.onReady. */
export function installFakeOffice(target: Record<string, unknown>, options: FakeOfficeOptions = {}): FakeOffice {
  const office = new FakeOffice(options);
  const info = { host: 'Excel', platform: office.options.platform };
  const Office: Record<string, unknown> = {
    HostType: { Excel: 'Excel' },
    EventType: { DialogEventReceived: 'dialogEventReceived', DialogMessageReceived: 'dialogMessageReceived' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      displayLanguage: office.options.displayLanguage,
      contentLanguage: office.options.displayLanguage,
      requirements: { isSetSupported: (n: string, v?: string | number) => office.isSetSupported(n, v === undefined ? undefined : String(v)) },
      ui: {
        // One dialog at a time, as in Office: a second one fails with 12007 until the first closes.
        displayDialogAsync: (url: string, _opts: unknown, cb?: (r: unknown) => void) => {
          if (office.openDialog) {
            cb?.({ status: 'failed', error: { code: 12007, message: 'A dialog box is already opened from this add-in.' } });
            return;
          }
          office.dialogs.push(url);
          const handlers: ((a: unknown) => void)[] = [];
          const dialog = {
            url,
            close: () => void (office.openDialog === dialog && (office.openDialog = null)),
            addEventHandler: (_type: unknown, h: (a: unknown) => void) => void handlers.push(h),
            userCloses: () => {
              if (office.openDialog !== dialog) return;
              office.openDialog = null;
              handlers.forEach((h) => h({ error: 12006 }));
            },
          };
          office.openDialog = dialog;
          cb?.({ status: 'succeeded', value: dialog });
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
