/** ServiceBook never clears a sheet it did not create, and finds its own sheets after a rename. */
import { periodContaining } from '../../src/core/stats/period';
import { emptyTicket } from '../../src/core/schema/ticket';
import { setup } from './helpers';

const WEEK = periodContaining('week', '2024-05-08T16:30');

describe('sheets of the team', () => {
  it.each(['说明', '工单', '统计', '配置'])('setup leaves a sheet of the team named %s as it is and says so', async (name) => {
    const { office, host } = setup({ sheets: [name] });
    office.setCells(name, 'A1', [['我们自己的内容'], [42]]);
    const summary = await host.setupWorkbook('standard');
    expect(office.sheet(name).rows[0]?.[0]).toBe('我们自己的内容');
    expect(office.sheet(name).rows[1]?.[0]).toBe(42);
    expect(summary.renamed).toEqual([{ from: name, to: `${name} (2)` }]);
    expect(office.model.tables.map((t) => t.name)).toContain('Tickets');
    // The workbook works: a ticket can be registered and the statistics refreshed.
    await host.addTicket({ ...emptyTicket(), receivedAt: '2024-05-08T10:00', subject: 'a' }, 'x');
    await host.refreshStats(WEEK);
    expect(office.sheet(name).rows[0]?.[0]).toBe('我们自己的内容');
  });

  it('refreshes statistics on sheets the team renamed, without ItemAlreadyExists', async () => {
    const { office, host } = setup();
    await host.setupWorkbook('standard');
    await host.addTicket({ ...emptyTicket(), receivedAt: '2024-05-08T10:00', subject: 'a', category: '投诉' }, 'x');
    office.renameSheet('统计', '周报');
    office.renameSheet('汇总', '交叉表');
    const before = office.model.sheets.length;
    const report = await host.refreshStats(WEEK);
    expect(report.received).toBe(1);
    expect(office.model.sheets.length).toBe(before);
    expect(office.table('Stats_Summary').sheet.name).toBe('周报');
    expect([...office.sheet('交叉表').formulas.values()].some((f) => f.startsWith('=COUNTIFS('))).toBe(true);
    // A new sheet the team calls 统计 afterwards is theirs, and stays so.
    office.model.addSheet('统计');
    office.setCells('统计', 'A1', [['团队的周报']]);
    await host.refreshStats(WEEK);
    expect(office.sheet('统计').rows[0]?.[0]).toBe('团队的周报');
  });

  it('a setup interrupted after its first sheets can be run again without leaving copies', async () => {
    const probe = setup();
    probe.office.resetCounters();
    await probe.host.setupWorkbook('standard');
    // The last request but one: sheets and some blocks are written, the tables not yet.
    const k = probe.office.syncCount - 2;
    const { office, host } = setup();
    office.failSync = (n) => n === k;
    await expect(host.setupWorkbook('standard')).rejects.toMatchObject({ code: 'interrupted' });
    office.failSync = null;
    await host.setupWorkbook('standard');
    expect(office.model.sheets.map((s) => s.name).filter((n) => / \(\d\)$/.test(n))).toEqual([]);
  });
});
