/**
 * The pane on older Excel (issue 11): at ExcelApi 1.7 (Office 2019: no data validation, no
 * PivotTable API) and 1.4 (no conditional formats either) it says plainly what this Excel cannot
 * do, sets the workbook up without those parts, and registers a ticket as usual.
 */
import type { Page } from 'playwright-core';
import { horizontalOverflow, openPane, screenshot } from './support/browser';
import { closeEachPane, servePaneBuild } from './support/suite';

jest.setTimeout(180_000);

const baseUrl = servePaneBuild();
const LONG = { timeout: 60_000 };

type Row = Record<string, unknown>;
const tableRows = (page: Page, name: string): Promise<Row[]> =>
  page.evaluate((n) => (window as unknown as { __fakeOffice: { tableRows(n: string): Row[] } }).__fakeOffice.tableRows(n), name);

const LEVELS = [
  { level: '1.7', missing: ['dropdown lists (data validation)', 'PivotTables'], kept: ['row colours'] },
  { level: '1.4', missing: ['dropdown lists (data validation)', 'PivotTables', 'row colours (conditional formats)'], kept: [] as string[] },
];

describe.each(LEVELS)('the pane at ExcelApi $level', ({ level, missing, kept }) => {
  const panes = closeEachPane();

  it('says what it cannot do, sets up the rest and registers a ticket', async () => {
    const { page } = panes.set(await openPane({ baseUrl: baseUrl(), width: 320, office: { displayLanguage: 'en-US', sets: { ExcelApi: level, DialogApi: '1.2' } } }));
    await page.goto(`${baseUrl()}/taskpane.html`);
    await page.getByTestId('tab-setup').waitFor(LONG);
    const warning = page.getByText('This Excel lacks some features:');
    await warning.waitFor(LONG);
    const text = (await warning.textContent()) ?? '';
    for (const m of missing) expect(text).toContain(m);
    for (const k of kept) expect(text).not.toContain(k);

    await page.getByTestId('setup-new').click();
    await page.getByTestId('setup-done').waitFor(LONG);
    const skipped = (await page.getByTestId('setup-skipped').textContent()) ?? '';
    expect(skipped).toContain('dropdown lists');
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, `older-excel-${level}-setup`);

    await page.getByTestId('tab-new').click();
    await page.getByTestId('field-customerName').fill('Ms Wang');
    await page.getByTestId('field-contact').fill('13812345678');
    await page.getByTestId('field-description').fill('The device does not start');
    await page.getByTestId('submit-ticket').click();
    await page.getByTestId('new-done').waitFor(LONG);
    const rows = await tableRows(page, 'Tickets');
    expect(rows).toHaveLength(1);
    expect(rows[0]['Contact']).toBe('138****5678');
    await screenshot(page, `older-excel-${level}-registered`);
  });
});
