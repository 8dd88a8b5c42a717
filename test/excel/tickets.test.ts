import { emptyTicket, type Ticket } from '../../src/core/schema/ticket';
import { toExcelSerial } from '../../src/core/time/localDateTime';
import { ticketRowFor } from '../../src/excel/cellValues';
import { createExcelHost } from '../../src/excel/host';
import type { ExcelRun } from '../../src/excel/session';
import { headersOf } from '../fake-excel/table';
import { FIXED_NOW, setup } from './helpers';
import { withRatings } from '../../src/core/engine/withRatings';
import { withStatus } from '../../src/taskpane/tabs/UpdateTab';
import { changedFields } from '../../src/taskpane/tabs/ticketForm';

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

describe('addTicket numbering', () => {
  it('does not hand out again the number of a deleted last row (its log lines are still there)', async () => {
    const { office, host } = await structured();
    await host.addTicket(draft({ receivedAt: '2024-05-08T10:00', subject: 'a' }), 'a');
    const b = await host.addTicket(draft({ receivedAt: '2024-05-08T11:00', subject: 'b' }), 'a');
    // An agent deletes the last row by hand; Ticket_Log keeps b's 受理 line.
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('Tickets').rows.getItemAt(1).delete();
      await context.sync();
    });
    expect(office.tableRows('Tickets')).toHaveLength(1);
    const c = await host.addTicket(draft({ receivedAt: '2024-05-08T12:00', subject: 'c' }), 'a');
    expect(c.id).not.toBe(b.id);
    expect(office.tableRows('Ticket_Log').filter((l) => l['工单编号'] === c.id)).toHaveLength(1);
  });
});

describe('addTicket under co-authoring', () => {
  it('puts formula-like text in its own new row even when a co-author appended a row meanwhile', async () => {
    const { office, host } = await structured();
    await host.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: '第一条' }), 'a');
    // A co-author's row lands after this operation read the table's size (its second sync).
    const coRow = ticketRowFor(draft({ id: 'CO-0001', receivedAt: '2024-05-08T10:00', subject: '同事的事由' }), headersOf(office.table('Tickets')));
    const run: ExcelRun = (batch) =>
      Excel.run(async (context) => {
        const sync = context.sync.bind(context);
        let n = 0;
        (context as unknown as { sync: () => Promise<void> }).sync = async () => {
          await sync();
          if (++n === 2) office.appendTableRows('Tickets', [coRow]);
        };
        return batch(context);
      });
    const racing = createExcelHost({ run, now: () => FIXED_NOW, language: 'zh-CN', isSetSupported: (a, v) => office.isSetSupported(a, v) });
    const t = await racing.addTicket(draft({ receivedAt: '2024-05-08T11:00', subject: '=SUM(1,2)' }), 'b');
    const rows = office.tableRows('Tickets');
    expect(rows.map((r) => r['工单编号'])).toEqual([expect.any(String), 'CO-0001', t.id]);
    expect(rows[1]['沟通事由']).toBe('同事的事由');
    expect(rows[2]['沟通事由']).toBe('=SUM(1,2)');
    expect(office.table('Tickets').sheet.formulas.size).toBe(0);
  });
});

describe('privacy of the log lines', () => {
  it('never writes an ID-card or bank-card number into Ticket_Log, from a new ticket or a note', async () => {
    const { office, host } = await structured();
    const t = await host.addTicket(draft({ receivedAt: '2024-05-08T10:00', subject: '客户身份证 11010519491231002X 无法实名' }), 'a');
    expect(t.subject).not.toContain('11010519491231002X');
    await host.updateTicket(t, { fields: {}, note: { kind: '沟通', content: '客户提供卡号 6222021234567890128', channel: '电话', nextStep: '核对身份证 11010519491231002X' } }, 'a');
    const text = JSON.stringify(office.tableRows('Ticket_Log')) + JSON.stringify(office.tableRows('Tickets'));
    expect(text).not.toContain('11010519491231002X');
    expect(text).not.toContain('6222021234567890128');
  });
});

describe('updateTicket and readSelectedTicket', () => {
  it('sets the resolved time on a status change and appends the log lines', async () => {
    const { office, host } = await structured();
    const t = await host.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: '故障', category: '故障' }), 'a');
    const u = await host.updateTicket(t, { fields: { status: '已完成', result: '已更换' }, note: { kind: '进度', content: '上门处理完毕', channel: '电话', nextStep: '' } }, '小王');
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

describe('更新: ratings and reopen', () => {
  /** What the 更新 tab sends for an edit of the loaded ticket. */
  const pane = (loaded: Ticket, edit: Ticket) => ({ fields: changedFields(loaded, edit) });

  it('counts dimension ratings entered in 更新 toward satisfaction, as on import', async () => {
    const { office, host } = await structured();
    const settings = await host.readSettings();
    const t = await host.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: '故障', category: '故障' }), 'a');
    const done = await host.updateTicket(t, pane(t, withStatus(t, '已完成', '2024-05-08T16:30', settings)), 'a');
    const [d1, d2] = settings.ratingDimensions;
    const rated = withRatings(done, { [d1]: 2, [d2]: 1 });
    // The pane sees the satisfaction at once (it offers the reopen for a low rating) …
    expect(rated.satisfaction).toBe(2);
    const saved = await host.updateTicket(done, pane(done, rated), 'a');
    // … and the row gets it.
    expect(saved.satisfaction).toBe(2);
    expect(office.tableRows('Tickets')[0]['满意度']).toBe(2);
    // Ratings sent alone (another pane, a script) move the satisfaction they gave, in the host too.
    const [d3] = settings.ratingDimensions.slice(2);
    const again = await host.updateTicket(saved, { fields: { ratings: { [d1]: 5, [d2]: 5, [d3]: 4 } } }, 'a');
    expect(again.satisfaction).toBe(5);
  });

  it('reopening from 更新 keeps the earlier rating in the log line of the reopen', async () => {
    const { office, host } = await structured();
    const settings = await host.readSettings();
    const t = await host.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: '故障', category: '故障' }), 'a');
    const done = await host.updateTicket(t, pane(t, { ...withStatus(t, '已完成', '2024-05-08T16:30', settings), satisfaction: 2 }), 'a');
    expect(done.satisfaction).toBe(2);
    const reopened = await host.updateTicket(done, pane(done, withStatus(done, '重新打开', '2024-05-08T16:30', settings)), 'a');
    expect([reopened.status, reopened.satisfaction, reopened.resolvedAt]).toEqual(['重新打开', null, null]);
    const reopen = office.tableRows('Ticket_Log').filter((l) => l['类型'] === '变更').pop();
    expect(reopen?.['内容']).toBe('状态：已完成 → 重新打开；原满意度 2');
  });
});

