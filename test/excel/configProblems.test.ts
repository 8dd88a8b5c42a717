/**
 * 检查 names what is wrong with the configuration the way the command does (one rule,
 * configProblemLine): a Config table the team deleted, a column deleted from one, each with the
 * defaults that apply instead.
 */
import { emptyTicket } from '../../src/core/schema/ticket';
import { configProblemLine } from '../../src/workbook/configMessages';
import { setup } from './helpers';

/** Removes column `header` from a table of the fake, as Excel's "Delete Table Columns" does. */
function deleteTableColumn(office: ReturnType<typeof setup>['office'], table: string, header: string): void {
  const t = office.table(table);
  const head = t.sheet.rows[t.r0] ?? [];
  const c = head.findIndex((v, i) => i >= t.c0 && i < t.c0 + t.cols && v === header);
  expect(c).toBeGreaterThanOrEqual(0);
  for (let r = t.r0; r <= t.r0 + t.dataRows; r++) {
    const row = t.sheet.rows[r];
    if (!row) continue;
    for (let k = c; k < t.c0 + t.cols - 1; k++) row[k] = row[k + 1];
    row[t.c0 + t.cols - 1] = '';
  }
  t.cols -= 1;
}

describe('检查 names configuration the team deleted', () => {
  it('a deleted Config table and a deleted column are each named, with where, in the pane’s language', async () => {
    const { office, host } = setup();
    await host.setupWorkbook('seed004');
    await host.addTicket({ ...emptyTicket(), receivedAt: '2024-05-08T09:00', subject: '无法登录', category: '故障' }, 'a');
    deleteTableColumn(office, 'Config_SLA', '客户等级');
    office.model.tables = office.model.tables.filter((t) => t.name !== 'Config_Reserved');
    const report = await host.checkRows();
    const sla = office.table('Config_SLA');
    const lines = report.configProblems.map((p) => configProblemLine(p, 'zh-CN'));
    expect(lines).toEqual([
      '工作簿缺少配置表 Config_Reserved：这些规则使用预设「seed004」的默认值',
      `「${sla.sheet.name}」表 Config_SLA 第 ${sla.r0 + 1} 行「客户等级」：缺少“客户等级”列：该列按留空处理，用默认值`,
    ]);
    // The SLA rules still apply (every customer level), instead of falling back because the next column was read as the level.
    const [t] = await host.listTickets();
    expect(t.responseDue).not.toBeNull();
    expect(configProblemLine(report.configProblems[0], 'en-US')).toBe('The workbook has no Config_Reserved table: those rules use the defaults of preset seed004');
  });

  it('a complete workbook has none', async () => {
    const { host } = setup();
    await host.setupWorkbook('seed004');
    await host.addTicket({ ...emptyTicket(), receivedAt: '2024-05-08T09:00', subject: '无法登录', category: '故障' }, 'a');
    expect((await host.checkRows()).configProblems).toEqual([]);
  });
});
