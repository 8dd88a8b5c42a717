/**
 * The pane in a shared workbook (fake host): the agent's name is asked once and used as 记录人;
 * a second ticket registered later in the same session carries its own submission time; an update
 * under a number a co-author also got is refused until 检查 renumbers, then lands on the right row.
 */
import type { Page } from 'playwright-core';
import { toExcelSerial } from '../../src/core/time/localDateTime';
import { horizontalOverflow, openPane, screenshot } from './support/browser';
import { closeEachPane, servePaneBuild } from './support/suite';

jest.setTimeout(240_000);

const baseUrl = servePaneBuild();
const LONG = { timeout: 60_000 };
type Row = Record<string, unknown>;

const tableRows = (page: Page, name: string): Promise<Row[]> =>
  page.evaluate((n) => (window as unknown as { __fakeOffice: { tableRows(n: string): Row[] } }).__fakeOffice.tableRows(n), name);

/** Selects the first Tickets row whose 客户名称 is `customer`, as the user clicking into the grid. */
const selectRowOf = (page: Page, customer: string): Promise<number> =>
  page.evaluate((c) => {
    type T = { sheet: { id: string }; r0: number; c0: number };
    const f = (window as unknown as { __fakeOffice: { table(n: string): T; tableRows(n: string): Record<string, unknown>[]; model: { selection: unknown } } }).__fakeOffice;
    const t = f.table('Tickets');
    const i = f.tableRows('Tickets').findIndex((r) => r['客户名称'] === c);
    if (i >= 0) f.model.selection = { sheetId: t.sheet.id, rect: { r0: t.r0 + 1 + i, r1: t.r0 + 1 + i, c0: t.c0 + 2, c1: t.c0 + 2 } };
    return i;
  }, customer);

async function register(page: Page, customer: string, description: string): Promise<string> {
  await page.getByTestId('field-customerName').fill(customer);
  await page.getByTestId('field-description').fill(description);
  const done = page.getByTestId('new-done');
  const before = (await done.count()) ? await done.textContent() : null;
  await page.getByTestId('submit-ticket').click();
  // The confirmation of this ticket, not the one before.
  await page.waitForFunction((b) => {
    const text = document.querySelector('[data-testid=new-done]')?.textContent;
    return !!text && text !== b;
  }, before, LONG);
  return /工单\s*(\S+)/.exec((await done.textContent()) ?? '')?.[1] ?? '';
}

describe('the pane in a shared workbook', () => {
  const panes = closeEachPane();

  it('asks the agent\'s name once, stamps each ticket at submission, and refuses an update under a shared number until 检查', async () => {
    const s = panes.set(await openPane({ baseUrl: baseUrl(), width: 320, agentName: null, office: { displayLanguage: 'zh-CN' } }));
    const { page } = s;
    // 09:00 in Shanghai.
    await page.clock.setFixedTime(new Date('2024-05-08T01:00:00Z'));
    await page.goto(`${baseUrl()}/taskpane.html`);
    await page.getByTestId('setup-new').click();
    await page.getByTestId('setup-done').waitFor(LONG);
    await page.getByTestId('tab-new').click();
    await page.getByTestId('field-description').waitFor(LONG);

    // No name yet: the form asks for it instead of writing someone else's.
    await page.getByTestId('field-customerName').fill('王*');
    await page.getByTestId('field-description').fill('打印机卡纸，无法打印');
    await page.getByTestId('submit-ticket').click();
    await page.getByText('请先填写你的名字（记录人）。').waitFor(LONG);
    expect(await tableRows(page, 'Tickets')).toEqual([expect.objectContaining({ 工单编号: '' })]);
    await screenshot(page, 'coauthor-01-agent-name-asked');
    await page.getByTestId('agent-name').fill('小李');
    await page.getByTestId('agent-name').press('Tab');
    const first = await register(page, '王*', '打印机卡纸，无法打印');
    expect(first).not.toBe('');

    // Two hours later, same session, the form reset after the first ticket: the second is stamped now.
    await page.clock.setFixedTime(new Date('2024-05-08T03:00:00Z'));
    const second = await register(page, '李*', '发票抬头开错，需要重开');
    expect(second).not.toBe(first);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'coauthor-02-second-ticket-later');
    const rows = await tableRows(page, 'Tickets');
    const at = (id: string) => Number(rows.find((r) => r['工单编号'] === id)?.['受理时间']);
    expect(at(first)).toBeCloseTo(toExcelSerial('2024-05-08T09:00'), 4);
    expect(at(second)).toBeCloseTo(toExcelSerial('2024-05-08T11:00'), 4);
    const log = await tableRows(page, 'Ticket_Log');
    expect(log.map((l) => [l['工单编号'], l['记录人']])).toEqual([
      [first, '小李'],
      [second, '小李'],
    ]);

    // A co-author's add-in gave its own ticket the first number at the same moment.
    await page.evaluate((id) => (window as unknown as { __fakeOffice: { coAuthorAddRow(t: string, c: Record<string, unknown>): void } }).__fakeOffice.coAuthorAddRow('Tickets', { 工单编号: id, 受理时间: 45420.4, 客户名称: '赵*', 沟通事由: '同事登记的工单' }), first);
    expect(await selectRowOf(page, '王*')).toBe(0);
    await page.getByTestId('tab-update').click();
    await page.getByTestId('load-selected').click();
    await page.getByTestId('loaded-ticket').waitFor(LONG);
    await page.getByTestId('note-content').fill('已电话联系客户，约明早上门');
    await page.getByTestId('save-update').click();
    const refused = page.getByRole('alert').filter({ hasText: '同时出现在第' });
    await refused.waitFor(LONG);
    expect(await refused.textContent()).toContain(`编号 ${first} 同时出现在第 2, 4 行`);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'coauthor-03-update-refused-shared-number');
    expect((await tableRows(page, 'Tickets')).map((r) => r['处理进度'])).toEqual(['', '', '']);

    // 检查 renumbers the later row; the update then goes to 王*'s row, and only there.
    await page.getByTestId('tab-check').click();
    await page.getByTestId('check-run').click();
    await page.getByTestId('check-done').waitFor(LONG);
    await page.getByTestId('tab-update').click();
    await page.getByTestId('load-selected').click();
    await page.getByTestId('note-content').fill('已电话联系客户，约明早上门');
    await page.getByTestId('save-update').click();
    await page.getByTestId('update-done').waitFor(LONG);
    await screenshot(page, 'coauthor-04-update-after-check');
    const after = await tableRows(page, 'Tickets');
    const byCustomer = (c: string) => after.find((r) => r['客户名称'] === c)!;
    expect(byCustomer('王*')['处理进度']).toBe('已电话联系客户，约明早上门');
    expect(byCustomer('王*')['工单编号']).toBe(first);
    expect(byCustomer('赵*')['处理进度']).toBe('');
    expect(byCustomer('赵*')['工单编号']).not.toBe(first);
    const notes = (await tableRows(page, 'Ticket_Log')).filter((l) => l['内容'] === '已电话联系客户，约明早上门');
    expect(notes.map((l) => [l['工单编号'], l['记录人']])).toEqual([[first, '小李']]);
  });
});
