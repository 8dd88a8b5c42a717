/**
 * 登记 for agents at 320 px: the fields of every call and the submit button on the first screen,
 * the rest folded under "more fields"; scripts filled from the form ({agent}, {name}, greeting).
 * The measured heights are printed for the notes and kept in test-output/screenshots/.
 */
import type { Page } from 'playwright-core';
import { horizontalOverflow, openPane, screenshot } from './support/browser';
import { closeEachPane, servePaneBuild } from './support/suite';

jest.setTimeout(180_000);

const baseUrl = servePaneBuild();

const LONG = { timeout: 60_000 };
/** The height of a task pane on a 1366 × 768 laptop screen, Excel's ribbon and title bar taken off. */
const FIRST_SCREEN = 600;

/** The bottom edge of an element, in page pixels from the top of the document. */
const bottomOf = (page: Page, testId: string): Promise<number> =>
  page.getByTestId(testId).evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);

describe('登记 at 320 px', () => {
  const panes = closeEachPane();

  it('shows the fields of every call and the submit button on the first screen, the rest folded', async () => {
    const { page } = panes.set(await openPane({ baseUrl: baseUrl(), width: 320, height: FIRST_SCREEN, office: { displayLanguage: 'zh-CN' } }));
    await page.goto(`${baseUrl()}/taskpane.html`);
    await page.getByTestId('setup-new').click();
    await page.getByTestId('setup-done').waitFor(LONG);
    await page.getByTestId('tab-new').click();
    await page.getByTestId('field-description').waitFor(LONG);

    for (const f of ['customerName', 'contact', 'channel', 'description', 'category', 'urgency']) expect(await page.getByTestId(`field-${f}`).isVisible()).toBe(true);
    for (const f of ['receivedAt', 'owner', 'subject', 'department']) expect(await page.getByTestId(`field-${f}`).count()).toBe(0);
    const formHeight = await page.locator('form').evaluate((el) => el.getBoundingClientRect().height);
    const submitBottom = await bottomOf(page, 'submit-ticket');
    process.stdout.write(`登记 at 320 px: form ${Math.round(formHeight)} px tall, submit button bottom at ${Math.round(submitBottom)} px\n`);
    await screenshot(page, 'intake-320-first-screen');
    expect(submitBottom).toBeLessThanOrEqual(FIRST_SCREEN);
    expect(await horizontalOverflow(page)).toBe(0);

    await page.getByTestId('more-fields').click();
    await page.getByTestId('field-owner').waitFor(LONG);
    expect(await page.getByTestId('field-receivedAt').isVisible()).toBe(true);
    const openHeight = await page.locator('form').evaluate((el) => el.getBoundingClientRect().height);
    process.stdout.write(`登记 at 320 px with more fields open: form ${Math.round(openHeight)} px tall\n`);
    expect(openHeight).toBeGreaterThan(formHeight);
  });

  it('fills {agent}, {name} and the greeting of the scripts from the form', async () => {
    const { page } = panes.set(await openPane({ baseUrl: baseUrl(), width: 320, office: { displayLanguage: 'zh-CN' } }));
    await page.goto(`${baseUrl()}/taskpane.html`);
    await page.getByTestId('setup-new').click();
    await page.getByTestId('setup-done').waitFor(LONG);
    await page.getByTestId('tab-new').click();
    await page.getByTestId('field-customerName').fill('王女士');
    await page.getByTestId('more-fields').click();
    await page.getByTestId('field-owner').fill('赵敏');
    await page.getByTestId('field-customerLevel').click();
    await page.getByRole('option', { name: 'VIP', exact: true }).click();
    await page.getByTestId('vip-greeting').waitFor(LONG);
    await expect(page.getByTestId('vip-greeting').textContent()).resolves.toContain('尊敬的王女士，感谢您');
    const scripts = await page.getByTestId('script').allTextContents();
    expect(scripts.join('\n')).toContain('我是客服赵敏');
    expect(scripts.join('\n')).not.toMatch(/\{(agent|name)\}/);
    await screenshot(page, 'intake-320-scripts');
  });
});
