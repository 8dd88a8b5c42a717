/**
 * A connection lost at the k-th sync of an operation, for every k: the user is told whether
 * anything reached the workbook, what did is complete, and a 检查 afterwards leaves a consistent
 * workbook (every row numbered once, every log line naming a ticket, no blank rows).
 */
import { periodContaining } from '../../src/core/stats/period';
import { emptyTicket, type Ticket } from '../../src/core/schema/ticket';
import type { ExcelHost } from '../../src/excel/host';
import type { FakeOffice } from '../fake-excel';
import { setup } from './helpers';

jest.setTimeout(300_000);
const draft = (f: Partial<Ticket>): Ticket => ({ ...emptyTicket(), ...f });
const snapshot = (o: FakeOffice): string => JSON.stringify(['Tickets', 'Ticket_Log', 'Subtasks'].map((t) => o.tableRows(t)));

async function prepared() {
  const env = setup();
  await env.host.setupWorkbook('standard');
  const a = await env.host.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: '甲', customerName: '甲', category: '投诉' }), '小李');
  // A row typed by hand, for the check to complete.
  await env.office.editTableRow('Tickets', 1, { 受理时间: 45420.4, 沟通事由: '手工录入', 客户名称: '乙' });
  return { ...env, a };
}

const OPS: [string, (h: ExcelHost, a: Ticket) => Promise<unknown>][] = [
  ['add', (h) => h.addTicket(draft({ receivedAt: '2024-05-08T10:00', subject: '丙', customerName: '丙' }), '小李')],
  ['update', (h, a) => h.updateTicket(a, { fields: { status: '已完成', result: '已处理' }, note: { kind: '进度', content: '已上门', channel: '电话', nextStep: '' } }, '小李')],
  ['check', (h) => h.checkRows()],
  ['subtasks', (h, a) => h.saveSubtasks(a.id, [{ ticketId: a.id, title: '回访', owner: '李四', status: '待处理', due: null, dependsOn: '', needs: '' }])],
  ['stats', (h) => h.refreshStats(periodContaining('week', '2024-05-08T16:30'))],
];

describe.each(OPS)('%s interrupted at each sync', (name, run) => {
  it('says what was done and leaves the workbook consistent', async () => {
    const probe = await prepared();
    probe.office.resetCounters();
    await run(probe.host, probe.a);
    const syncs = probe.office.syncCount;
    expect(syncs).toBeGreaterThan(1);
    for (let k = 1; k <= syncs; k++) {
      const { office, host, a } = await prepared();
      const before = snapshot(office);
      office.resetCounters();
      office.failSync = (n) => n === k;
      const outcome = await run(host, a).then(
        () => ({ code: 'done', written: '' }),
        (e: { code?: string; params?: { written?: string; op?: string } }) => ({ code: e.code, written: e.params?.written, op: e.params?.op }),
      );
      office.failSync = null;
      // The last request only switches the add-in's events back on: the work is done by then.
      if (outcome.code === 'done') expect(k).toBe(syncs);
      else {
        expect({ k, outcome }).toEqual({ k, outcome: { code: 'interrupted', written: expect.stringMatching(/^(nothing|partial)$/), op: name } });
        if (outcome.written === 'nothing') expect({ k, same: snapshot(office) === before }).toEqual({ k, same: true });
      }
      await host.checkRows();
      const tickets = office.tableRows('Tickets');
      const ids = tickets.map((r) => String(r['工单编号']));
      expect({ k, blank: ids.filter((x) => !x).length, unique: new Set(ids).size === ids.length }).toEqual({ k, blank: 0, unique: true });
      const known = new Set(ids);
      expect({ k, orphans: office.tableRows('Ticket_Log').filter((l) => !known.has(String(l['工单编号']))) }).toEqual({ k, orphans: [] });
    }
  });
});
