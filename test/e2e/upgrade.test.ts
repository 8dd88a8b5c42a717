/**
 * 补齐配置 in Chromium: a workbook an earlier ServiceBook saved (no Config_Holidays table, no
 * holiday names) opens with one offer; one click adds what is missing, and the pane says what.
 */
import type { Page } from 'playwright-core';
import { olderWorkbook } from '../excel/helpers';
import { horizontalOverflow, openPane, screenshot } from './support/browser';
import { closeEachPane, servePaneBuild } from './support/suite';

jest.setTimeout(180_000);

const baseUrl = servePaneBuild();
const LONG = { timeout: 60_000 };

/** A column letter for a 0-based column. */
const letter = (c: number): string => (c >= 26 ? letter(Math.floor(c / 26) - 1) : '') + String.fromCharCode(65 + (c % 26));

/** The workbook an earlier version saved, as the page's fake starts with it: cells, tables, names. */
async function olderWorkbookPage() {
  const { office } = await olderWorkbook();
  const m = office.model;
  const cells = m.sheets.map((s) => {
    const width = Math.max(1, ...Array.from(s.rows, (r) => r?.length ?? 0));
    const values = Array.from({ length: Math.max(1, s.rows.length) }, (_, r) => Array.from({ length: width }, (_, c) => s.rows[r]?.[c] ?? ''));
    return { sheet: s.name, address: `A1:${letter(width - 1)}${values.length}`, values };
  });
  return {
    sheets: m.sheets.map((s) => s.name),
    cells,
    tables: m.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, r0: t.r0, c0: t.c0, cols: t.cols, dataRows: t.dataRows })),
    names: m.names.filter((n) => n.scope === null).map((n) => ({ name: n.name, formula: n.formula })),
  };
}

const inPage = <T>(page: Page, f: (o: { model: { tables: { name: string; sheet: { name: string } }[]; names: { name: string; formula: string }[] } }) => T): Promise<T> =>
  page.evaluate(`(${f.toString()})(window.__fakeOffice)`) as Promise<T>;

describe('补齐配置 in the pane', () => {
  const panes = closeEachPane();

  it('offers to complete an older workbook, completes it in one click, and says what it added', async () => {
    const older = await olderWorkbookPage();
    const { page } = panes.set(await openPane({ baseUrl: baseUrl(), width: 320, office: { displayLanguage: 'zh-CN', ...older } }));
    await page.goto(`${baseUrl()}/taskpane.html`);
    await page.getByTestId('upgrade-offer').waitFor(LONG);
    await expect(page.getByTestId('upgrade-offer').innerText()).resolves.toContain('工作簿缺少 Config_Holidays；SB_HolidayDates；SB_HolidayTypes');
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, '20-upgrade-offer');

    await page.getByTestId('upgrade-run').click();
    await page.getByTestId('upgrade-done').waitFor(LONG);
    await expect(page.getByTestId('upgrade-done').innerText()).resolves.toBe('已补齐：Config_Holidays；SB_HolidayDates；SB_HolidayTypes（表在新工作表「配置 (2)」）');
    expect(await page.getByTestId('upgrade-offer').count()).toBe(0);
    const after = await inPage(page, (o) => ({ table: o.model.tables.find((t) => t.name === 'Config_Holidays')?.sheet.name, name: o.model.names.find((n) => n.name === 'SB_HolidayDates')?.formula }));
    expect(after.table).toBe('配置 (2)');
    expect(after.name).toMatch(/^='配置 \(2\)'!\$A\$\d+:\$A\$\d+$/);
    await screenshot(page, '21-upgrade-done');
  });
});
