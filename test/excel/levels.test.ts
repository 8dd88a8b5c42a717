/**
 * Older Excel: every operation the level allows works, and what it cannot do is said, not thrown
 * as an API error. Excel 2016 (ExcelApi 1.1 without updates, 1.4 with), Office 2019 (1.7).
 */
import { periodContaining } from '../../src/core/stats/period';
import { emptyTicket, type Ticket } from '../../src/core/schema/ticket';
import { createExcelHost } from '../../src/excel/host';
import { FIXED_NOW, setup } from './helpers';

const draft = (f: Partial<Ticket>): Ticket => ({ ...emptyTicket(), ...f });
const WEEK = periodContaining('week', '2024-05-08T16:30');

describe.each([
  ['1.4', ['conditionalFormats', 'changeEvents', 'sheetLayout', 'dataValidation', 'pivotTables', 'gridlines', 'suspendScreenUpdating', 'pageLayout']],
  ['1.7', ['dataValidation', 'pivotTables', 'gridlines', 'suspendScreenUpdating', 'pageLayout']],
])('ExcelApi %s', (level, missing) => {
  it('sets up, registers, updates, checks and refreshes, and names what it leaves out', async () => {
    const { office, host } = setup({ sets: { ExcelApi: level } });
    const status = await host.status();
    expect(status.missing.map((m) => m.feature)).toEqual(missing);
    const stages: string[] = [];
    await host.setupWorkbook('standard', (_d, _t, st) => stages.push(st));
    expect(stages).toEqual(expect.arrayContaining(['skipped:dataValidation', 'skipped:pageLayout', ...(level === '1.4' ? ['skipped:conditionalFormats'] : [])]));
    const a = await host.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: '=SUM(1)', customerName: '甲', category: '投诉' }), '小李');
    const u = await host.updateTicket(a, { fields: { status: '处理中' }, note: { kind: '进度', content: '已联系', channel: '电话', nextStep: '' } }, '小李');
    expect(u.firstResponseAt).not.toBeNull();
    const report = await host.checkRows();
    expect(report.overdue).toHaveLength(0);
    const stats = await host.refreshStats(WEEK);
    expect(stats.received).toBe(1);
    expect(office.tableRows('Tickets')[0]['沟通事由']).toBe('=SUM(1)');
    expect(office.tableRows('Ticket_Log').map((l) => l['类型'])).toEqual(['受理', '变更', '进度']);
    const ws = office.table('Tickets').sheet;
    expect(ws.validations).toHaveLength(0);
    expect(ws.conditionalFormats.length).toBe(level === '1.4' ? 0 : 2);
    // No print setup below 1.9: the sheet keeps Excel's defaults; the statistics keys are hidden all the same.
    expect(ws.pageLayout).toMatchObject({ paperSize: 'Letter', titleRows: null });
    expect([...office.model.sheetByName('统计')!.hiddenColumns]).toEqual([0]);
    // Rows typed into the grid: at 1.4 there is no change event, the watch is a no-op and 检查 completes them.
    const stop = await host.watchTickets();
    await stop();
    expect(office.warnings).toEqual([]);
  });
});

describe('ExcelApi 1.1 (Excel 2016 without updates)', () => {
  it('registers, updates and checks in a workbook set up elsewhere, and refuses setup and statistics by name', async () => {
    const { office, host } = setup();
    await host.setupWorkbook('standard');
    office.options.sets.ExcelApi = '1.1';
    const old = createExcelHost({ now: () => FIXED_NOW, language: 'en-US', isSetSupported: (n, v) => office.isSetSupported(n, v) });
    expect((await old.status()).missing.map((m) => m.feature)).toEqual(expect.arrayContaining(['names', 'conditionalFormats', 'changeEvents']));
    const a = await old.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: 'a', customerName: '甲' }), '小李');
    await old.updateTicket(a, { fields: { result: '已处理' } }, '小李');
    await old.checkRows();
    expect(office.tableRows('Tickets')[0]['处理结果']).toBe('已处理');
    await expect(old.refreshStats(WEEK)).rejects.toMatchObject({ code: 'needsApi', params: { feature: 'names', set: 'ExcelApi 1.4' } });
    await expect(old.setupWorkbook('standard')).rejects.toMatchObject({ code: 'needsApi' });
  });
});
