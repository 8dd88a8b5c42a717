/**
 * Served in place of office.js on the e2e page: installs the fake Excel host so the real
 * src/excel code runs against it. Options come from `window.__SB_FAKE__` (set by an init script):
 * display language, Office theme, starting sheets and cells.
 */
import { installFakeOffice, type FakeOfficeOptions } from '../../fake-excel';

interface PageOptions extends FakeOfficeOptions {
  officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string };
  /** Cells to type before the pane starts: sheet → address → values. */
  cells?: { sheet: string; address: string; values: unknown[][] }[];
  /** Tables over cells typed above (a workbook saved earlier): header row r0 and first column c0, zero-based. */
  tables?: { name: string; sheet: string; r0: number; c0: number; cols: number; dataRows: number }[];
  /** Workbook-scope defined names of that workbook, e.g. `{ name: 'SB_WarnHours', formula: "='配置'!$C$40" }`. */
  names?: { name: string; formula: string }[];
  /** Make Office.onReady never resolve (the boot timeout path). */
  neverReady?: boolean;
}

const w = window as unknown as Record<string, unknown> & { __SB_FAKE__?: PageOptions };
const opts: PageOptions = w.__SB_FAKE__ ?? {};
const fake = installFakeOffice(w, opts);
const office = w.Office as { context: Record<string, unknown>; onReady: unknown };
if (opts.officeTheme) office.context.officeTheme = opts.officeTheme;
for (const c of opts.cells ?? []) fake.setCells(c.sheet, c.address, c.values);
for (const t of opts.tables ?? [])
  fake.model.tables.push({ id: `table-${t.name}`, name: t.name, sheet: fake.sheet(t.sheet), r0: t.r0, c0: t.c0, cols: t.cols, dataRows: t.dataRows, style: 'TableStyleMedium2', showBandedRows: true, handlers: [] });
for (const n of opts.names ?? []) fake.model.names.push({ name: n.name, formula: n.formula, comment: '', scope: null });
if (opts.neverReady) office.onReady = () => new Promise(() => undefined);
