import { emptyTicket } from '../../src/core/schema/ticket';
import type { Subtask } from '../../src/core/schema/log';
import { setup } from './helpers';

const sub = (ticketId: string, title: string, status: Subtask['status'] = '待处理'): Subtask => ({ ticketId, title, owner: '李四', status, due: '2024-05-10T18:00', dependsOn: '', needs: '' });

describe('saveSubtasks', () => {
  it('overwrites the ticket\'s rows in place, appends and deletes the surplus, leaving other tickets alone', async () => {
    const { office, host } = setup();
    await host.setupWorkbook('standard');
    const a = await host.addTicket({ ...emptyTicket(), receivedAt: '2024-05-08T09:00', subject: 'a' }, 'x');
    const b = await host.addTicket({ ...emptyTicket(), receivedAt: '2024-05-08T09:30', subject: 'b' }, 'x');
    await host.saveSubtasks(a.id, [sub(a.id, '核实订单'), sub(a.id, '安排上门'), sub(a.id, '回访')]);
    await host.saveSubtasks(b.id, [sub(b.id, '评估需求')]);
    await host.saveSubtasks(a.id, [sub(a.id, '核实订单', '已完成')]);
    const rows = office.tableRows('Subtasks');
    expect(rows.map((r) => [r['工单编号'], r['子任务']])).toEqual([
      [a.id, '核实订单'],
      [b.id, '评估需求'],
    ]);
    expect(rows[0]['状态']).toBe('已完成');
    const tickets = office.table('Tickets');
    office.model.selection = { sheetId: tickets.sheet.id, rect: { r0: tickets.r0 + 1, r1: tickets.r0 + 1, c0: 0, c1: 0 } };
    const sel = await host.readSelectedTicket();
    expect(sel?.subtasks.map((s) => s.title)).toEqual(['核实订单']);
  });
});
