import { emptyTicket, type Ticket } from '../../src/core/schema/ticket';
import { toExcelSerial } from '../../src/core/time/localDateTime';
import { setup } from './helpers';

const draft = (fields: Partial<Ticket>): Ticket => ({ ...emptyTicket(), ...fields });

async function structured() {
  const env = setup();
  await env.host.setupWorkbook('standard');
  return env;
}

describe('addTicket', () => {
  it('writes the row with number, priority and due times, and a first log line', async () => {
    const { office, host } = await structured();
    const t = await host.addTicket(draft({ receivedAt: '2024-05-08T16:30', customerName: '王*', contact: '13812345678', subject: '咨询发票', description: '请问发票怎么开', category: '咨询', channel: '电话' }), '小李');
    expect(t.id).not.toBe('');
    expect(t.responseDue).not.toBeNull();
    expect(t.contact).toBe('138****5678');
    const rows = office.tableRows('Tickets');
    expect(rows).toHaveLength(1);
    expect(rows[0]['工单编号']).toBe(t.id);
    expect(rows[0]['响应时限']).toBeCloseTo(toExcelSerial(t.responseDue!), 6);
    expect(rows[0]['联系方式']).toBe('138****5678');
    const log = office.tableRows('Ticket_Log');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ 工单编号: t.id, 类型: '受理' });
  });

  it('never reuses a number and keeps formula-like text as text', async () => {
    const { office, host } = await structured();
    const a = await host.addTicket(draft({ receivedAt: '2024-05-08T10:00', subject: '=HYPERLINK("http://x")', description: '+1 投诉' }), 'a');
    const b = await host.addTicket(draft({ id: a.id, receivedAt: '2024-05-08T11:00', subject: 'x' }), 'b');
    expect(b.id).not.toBe(a.id);
    const sheet = office.table('Tickets').sheet;
    expect(sheet.formulas.size).toBe(0);
    expect(office.tableRows('Tickets')[0]['沟通事由']).toBe('=HYPERLINK("http://x")');
  });
});

describe('updateTicket and readSelectedTicket', () => {
  it('sets the resolved time on a status change and appends the log lines', async () => {
    const { office, host } = await structured();
    const t = await host.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: '故障', category: '故障' }), 'a');
    const u = await host.updateTicket(t.id, { fields: { status: '已完成', result: '已更换' }, note: { kind: '进度', content: '上门处理完毕', channel: '电话', nextStep: '' } }, '小王');
    expect(u.status).toBe('已完成');
    expect(u.resolvedAt).toBe('2024-05-08T16:30');
    expect(u.firstResponseAt).toBe('2024-05-08T16:30');
    expect(u.progress).toBe('上门处理完毕');
    const log = office.tableRows('Ticket_Log');
    expect(log.map((l) => l['类型'])).toEqual(['受理', '变更', '进度']);

    const tickets = office.table('Tickets');
    office.model.selection = { sheetId: tickets.sheet.id, rect: { r0: tickets.r0 + 1, r1: tickets.r0 + 1, c0: 3, c1: 3 } };
    const sel = await host.readSelectedTicket();
    expect(sel?.ticket.id).toBe(t.id);
    expect(sel?.row).toBe(1);
    expect(sel?.log).toHaveLength(3);
  });
});
