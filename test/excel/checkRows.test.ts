import { emptyTicket, type Ticket } from '../../src/core/schema/ticket';
import { toExcelSerial } from '../../src/core/time/localDateTime';
import { knownHolidayYears } from '../../src/core/calendar/chinaHolidays';
import { configProblemMessage } from '../../src/workbook/configMessages';
import { setup } from './helpers';

const draft = (fields: Partial<Ticket>): Ticket => ({ ...emptyTicket(), ...fields });

async function structured() {
  const env = setup();
  await env.host.setupWorkbook('standard');
  return env;
}

describe('checkRows', () => {
  it('says which years the holiday table does not cover, and how to add them (issue 8)', async () => {
    const { host } = await structured();
    const year = knownHolidayYears().to + 1;
    await host.addTicket(draft({ receivedAt: `${year}-02-10T10:00`, subject: '春节期间' }), 'x');
    await host.addTicket(draft({ receivedAt: '2024-05-08T10:00', subject: 'b' }), 'x');
    const report = await host.checkRows();
    const notes = report.configProblems.filter((p) => p.code === 'calendarYearMissing');
    expect(notes.map((p) => p.params)).toEqual([{ year, count: 1 }]);
    expect(configProblemMessage('calendarYearMissing', 'en-US', notes[0].params)).toMatch(new RegExp(`Add the ${year} public holidays`));
  });


  it('reports an ID-card number typed into Subtasks by sheet, row and column, as the command does (issue 9)', async () => {
    const { office, host } = await structured();
    const a = await host.addTicket(draft({ receivedAt: '2024-05-08T10:00', subject: 'a' }), 'x');
    // A supervisor typed a subtask by hand, pasting the customer's ID number into it.
    office.appendTableRows('Subtasks', [[a.id, '核对身份 110105194912310029', '李*', '待处理']]);
    const report = await host.checkRows();
    const found = report.problems.filter((p) => p.code === 'sensitiveDataFound');
    expect(found).toEqual([expect.objectContaining({ sheet: expect.any(String), row: expect.any(Number), column: expect.any(String) })]);
    expect(JSON.stringify(found)).not.toContain('110105194912310029');
  });

  it('masks secrets and contacts typed into Ticket_Log and Subtasks, as refresh does, leaving the other cells alone', async () => {
    const { office, host } = await structured();
    const a = await host.addTicket(draft({ receivedAt: '2024-05-08T10:00', subject: 'a' }), 'x');
    office.appendTableRows('Subtasks', [[a.id, '核对身份 110105194912310029', '李*', '待处理']]);
    office.appendTableRows('Ticket_Log', [[a.id, toExcelSerial('2024-05-08T11:00'), '跟进', '电话', '客户留了卡号 6222021234567890128 和电话 13812345678', '回电', '张三', '处理中']]);
    await host.checkRows();
    const sub = office.tableRows('Subtasks').find((r) => String(Object.values(r)[1]).startsWith('核对身份'))!;
    expect(JSON.stringify(sub)).not.toContain('110105194912310029');
    expect(Object.values(sub)[2]).toBe('李*');
    const log = office.tableRows('Ticket_Log').find((r) => String(Object.values(r)[4]).startsWith('客户留了卡号'))!;
    const text = String(Object.values(log)[4]);
    expect(text).not.toContain('6222021234567890128');
    expect(text).not.toContain('13812345678');
    expect(Object.values(log)[6]).toBe('张三');
    // Masked once: a second check finds nothing more to write or report.
    const again = await host.checkRows();
    expect(again.problems.filter((p) => p.code === 'sensitiveDataFound' || p.code === 'contactUnmasked')).toEqual([]);
  });

  it('never writes a masked cell into another row when a co-author inserts a Subtasks row between the syncs', async () => {
    const probe = await structured();
    const pa = await probe.host.addTicket(draft({ receivedAt: '2024-05-08T10:00', subject: 'a' }), 'x');
    probe.office.appendTableRows('Subtasks', [[pa.id, '核对身份 110105194912310029', '李*', '待处理']]);
    probe.office.resetCounters();
    await probe.host.checkRows();
    const syncs = probe.office.syncCount;
    for (let k = 1; k <= syncs; k++) {
      const { office, host } = await structured();
      const a = await host.addTicket(draft({ receivedAt: '2024-05-08T10:00', subject: 'a' }), 'x');
      office.appendTableRows('Subtasks', [[a.id, '核对身份 110105194912310029', '李*', '待处理']]);
      office.resetCounters();
      office.beforeSync = (n) => (n === k ? office.coAuthorInsertRows('Subtasks', 0, [[a.id, '同事的子任务', '王*', '待处理']]) : undefined);
      await host.checkRows();
      office.beforeSync = null;
      const titles = office.tableRows('Subtasks').map((r) => String(Object.values(r)[1]));
      expect({ k, titles: titles.filter((t) => t !== '') }).toEqual({ k, titles: expect.arrayContaining(['同事的子任务']) });
      expect({ k, ours: titles.filter((t) => t.startsWith('核对身份')).length }).toEqual({ k, ours: 1 });
      // The next check masks what this one had to leave.
      await host.checkRows();
      expect({ k, rows: JSON.stringify(office.tableRows('Subtasks')).includes('110105194912310029') }).toEqual({ k, rows: false });
    }
  });

  it('numbers a hand-typed row without reusing the number of a deleted row that Ticket_Log still holds', async () => {
    const { office, host } = await structured();
    await host.addTicket(draft({ receivedAt: '2024-05-08T10:00', subject: 'a' }), 'x');
    const b = await host.addTicket(draft({ receivedAt: '2024-05-08T11:00', subject: 'b' }), 'x');
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('Tickets').rows.getItemAt(1).delete();
      await context.sync();
    });
    const t = office.table('Tickets');
    office.setCells('工单', `B${t.r0 + 3}`, [[toExcelSerial('2024-05-08T12:00')]]);
    office.setCells('工单', `I${t.r0 + 3}`, [['手工录入的行']]);
    t.dataRows += 1;
    await host.checkRows();
    const ids = office.tableRows('Tickets').map((r) => r['工单编号']);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toMatch(/^CS20240508/);
    expect(ids[1]).not.toBe(b.id);
  });

  it('renumbers the later of two duplicate numbers and completes rows typed without a number', async () => {
    const { office, host } = await structured();
    const a = await host.addTicket(draft({ receivedAt: '2024-05-06T10:00', subject: 'a', category: '投诉' }), 'x');
    const b = await host.addTicket(draft({ receivedAt: '2024-05-06T11:00', subject: 'b', category: '咨询' }), 'x');
    // A co-author's add-in wrote the same number as b into a third row, and someone typed a row by hand.
    const t = office.table('Tickets');
    office.setCells('工单', `A${t.r0 + 4}`, [[b.id]]);
    t.dataRows += 2;
    office.setCells('工单', `B${t.r0 + 4}`, [[45419.5]]);
    office.setCells('工单', `I${t.r0 + 5}`, [['手工录入的行']]);
    office.setCells('工单', `B${t.r0 + 5}`, [[45419.6]]);

    const report = await host.checkRows();
    expect(report.renumbered).toEqual([{ row: t.r0 + 4, from: b.id, to: expect.any(String) }]);
    const ids = office.tableRows('Tickets').map((r) => r['工单编号']);
    expect(new Set(ids).size).toBe(4);
    expect(ids.slice(0, 2)).toEqual([a.id, b.id]);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(report.completed).toBe(2);
    // Overdue: a 投诉 received Monday with nothing done by Wednesday 16:30.
    expect(report.overdue.map((x) => x.id)).toContain(a.id);

    // A second check changes nothing (the engine is idempotent).
    office.resetCounters();
    const again = await host.checkRows();
    expect(again.completed).toBe(0);
    expect(again.renumbered).toEqual([]);
  });
});

describe('checkRows never invents a time', () => {
  it('leaves the first-response and resolved times of a status typed into the grid unknown, run after run', async () => {
    const { office, host } = await structured();
    const a = await host.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: 'a', category: '故障' }), 'x');
    const t = office.table('Tickets');
    const heads = office.tableRows('Tickets')[0];
    const col = (h: string) => String.fromCharCode(65 + Object.keys(heads).indexOf(h));
    // The agent types 已完成 over a's 待受理, and a new row typed by hand already says 处理中.
    office.setCells('工单', `${col('处理状态')}${t.r0 + 2}`, [['已完成']]);
    t.dataRows += 1;
    office.setCells('工单', `${col('受理时间')}${t.r0 + 3}`, [[toExcelSerial('2024-05-08T10:00')]]);
    office.setCells('工单', `${col('沟通事由')}${t.r0 + 3}`, [['手工录入的行']]);
    office.setCells('工单', `${col('处理状态')}${t.r0 + 3}`, [['处理中']]);
    for (let run = 0; run < 2; run++) {
      await host.checkRows();
      const [done, typed] = office.tableRows('Tickets');
      expect(done['工单编号']).toBe(a.id);
      expect([done['处理状态'], done['首次响应时间'], done['解决时间']]).toEqual(['已完成', '', '']);
      expect([typed['处理状态'], typed['首次响应时间']]).toEqual(['处理中', '']);
    }
    // The check still records what it noticed, in the log, at the moment it noticed it.
    const change = office.tableRows('Ticket_Log').find((l) => l['类型'] === '变更');
    expect(change?.['内容']).toContain('已完成');
  });
});

describe('Table.onChanged', () => {
  it('completes rows typed locally and ignores edits whose source is Remote', async () => {
    const { office, host } = await structured();
    const done: number[] = [];
    const stop = await host.watchTickets((r) => done.push(r.completed));
    await office.editTableRow('Tickets', 0, { 受理时间: 45420.4, 沟通事由: '远程同事录入' }, 'Remote');
    expect(office.tableRows('Tickets')[0]['工单编号']).toBe('');
    await office.editTableRow('Tickets', 1, { 受理时间: 45420.5, 沟通事由: '本地录入', 需求类型: '投诉' }, 'Local');
    const rows = office.tableRows('Tickets');
    expect(rows[0]['工单编号']).toBe('');
    expect(rows[1]['工单编号']).not.toBe('');
    expect(rows[1]['优先级']).not.toBe('');
    expect(typeof rows[1]['响应时限']).toBe('number');
    expect(done).toEqual([1]);
    // A status typed into the grid says nothing about when: the times stay unknown (never the check's clock).
    await office.editTableRow('Tickets', 1, { 处理状态: '已完成' }, 'Local');
    const after = office.tableRows('Tickets')[1];
    expect(after['处理状态']).toBe('已完成');
    expect(after['解决时间']).toBe('');
    expect(after['首次响应时间']).toBe('');
    await stop();
    expect(office.table('Tickets').handlers).toHaveLength(0);
  });
});
