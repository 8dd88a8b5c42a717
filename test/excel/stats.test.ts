import { periodContaining } from '../../src/core/stats/period';
import { emptyTicket, type Ticket } from '../../src/core/schema/ticket';
import { setup } from './helpers';

const draft = (fields: Partial<Ticket>): Ticket => ({ ...emptyTicket(), ...fields });

async function withTickets(sets?: Record<string, string>) {
  const env = setup(sets ? { sets } : {});
  await env.host.setupWorkbook('standard');
  await env.host.addTicket(draft({ receivedAt: '2024-05-06T10:00', subject: 'a', category: '投诉', channel: '电话' }), 'x');
  await env.host.addTicket(draft({ receivedAt: '2024-05-07T11:00', subject: 'b', category: '咨询', channel: '邮件' }), 'x');
  return env;
}

describe('refreshStats', () => {
  it('writes the Stats_ tables, native PivotTables and the two charts', async () => {
    const { office, host } = await withTickets();
    const report = await host.refreshStats(periodContaining('week', '2024-05-08T16:30'));
    expect(report.received).toBe(2);
    const summary = office.tableRows('Stats_Summary');
    expect(summary.length).toBeGreaterThan(3);
    const pivots = office.model.sheets.flatMap((s) => s.pivots);
    expect(pivots.map((p) => p.name)).toEqual(expect.arrayContaining(['SB_Pivot_categoryByStatus', 'SB_Pivot_channelByPriority']));
    const cat = pivots.find((p) => p.name === 'SB_Pivot_categoryByStatus')!;
    expect(cat).toMatchObject({ source: 'Tickets', rows: ['需求类型'], columns: ['处理状态'] });
    expect(cat.data[0].summarizeBy).toBe('Count');
    const stats = office.sheet('统计');
    expect(stats.charts.map((c) => c.type)).toEqual(['ColumnClustered', 'Line']);
    expect(stats.charts[0].source).toMatch(/^统计!Q\d+:R\d+$/);
    // Refreshing again replaces rather than duplicates.
    await host.refreshStats(periodContaining('week', '2024-05-08T16:30'));
    expect(office.sheet('统计').charts).toHaveLength(2);
    expect(office.model.sheets.flatMap((s) => s.pivots)).toHaveLength(pivots.length);
    expect(office.model.tables.filter((t) => t.name === 'Stats_Summary')).toHaveLength(1);
  });

  it('falls back to the formula cross-tabs and says so without ExcelApi 1.8', async () => {
    const { office, host } = await withTickets({ ExcelApi: '1.7' });
    const status = await host.status();
    expect(status.missing.map((m) => m.set)).toContain('ExcelApi 1.8');
    expect(status.missing.map((m) => m.feature)).toEqual(expect.arrayContaining(['pivotTables', 'dataValidation']));
    const stages: string[] = [];
    await host.refreshStats(periodContaining('week', '2024-05-08T16:30'), (_d, _t, stage) => stages.push(stage));
    expect(stages).toContain('skipped:pivotTables');
    expect(office.model.sheets.flatMap((s) => s.pivots)).toHaveLength(0);
    const pivotsSheet = office.sheet('汇总');
    expect([...pivotsSheet.formulas.values()].some((f) => f.startsWith('=COUNTIFS('))).toBe(true);
    expect(office.table('Tickets').sheet.validations).toHaveLength(0);
  });
});
