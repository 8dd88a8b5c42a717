/**
 * Co-authoring on the strict fake: co-authors' edits land between the syncs of one operation,
 * two agents register at the same moment, and a number is used twice.
 */
import { emptyTicket, type Ticket } from '../../src/core/schema/ticket';
import { createExcelHost, type ExcelHost } from '../../src/excel/host';
import type { FakeOffice } from '../fake-excel';
import { FIXED_NOW, setup } from './helpers';

jest.setTimeout(300_000);
const draft = (f: Partial<Ticket>): Ticket => ({ ...emptyTicket(), ...f });
const ids = (office: FakeOffice): string[] => office.tableRows('Tickets').map((r) => String(r['工单编号']));
const secondHost = (office: FakeOffice): ExcelHost => createExcelHost({ now: () => FIXED_NOW, language: 'zh-CN', isSetSupported: (n, v) => office.isSetSupported(n, v) });

async function twoTickets() {
  const env = setup();
  await env.host.setupWorkbook('standard');
  const a = await env.host.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: '甲的事由', customerName: '甲' }), '小李');
  const b = await env.host.addTicket(draft({ receivedAt: '2024-05-08T09:30', subject: '乙的事由', customerName: '乙' }), '小李');
  return { ...env, a, b };
}

describe('an update under a number two rows share', () => {
  it('is refused with the rows named, and goes to the right row once 检查 has renumbered', async () => {
    const { office, host, a } = await twoTickets();
    // A co-author's add-in gave its ticket a's number (both read the table at the same moment).
    office.coAuthorAddRow('Tickets', { 工单编号: a.id, 受理时间: 45420.4, 客户名称: '丙', 沟通事由: '丙的事由' });
    const t = office.table('Tickets');
    await expect(host.updateTicket(a, { fields: { result: '已回电' } }, '小李')).rejects.toMatchObject({ code: 'ambiguousNumber', params: { id: a.id, rows: `${t.r0 + 2}, ${t.r0 + 4}` } });
    expect(office.tableRows('Tickets').map((r) => r['处理结果'])).toEqual(['', '', '']);
    await host.checkRows();
    const saved = await host.updateTicket(a, { fields: { result: '已回电' } }, '小李');
    const rows = office.tableRows('Tickets');
    expect(rows.find((r) => r['客户名称'] === '甲')!['处理结果']).toBe('已回电');
    expect(rows.find((r) => r['客户名称'] === '丙')!['处理结果']).toBe('');
    expect(rows.find((r) => r['客户名称'] === '丙')!['工单编号']).not.toBe(a.id);
    expect(saved.id).toBe(a.id);
  });

  it('is refused when the row with the number is another ticket now', async () => {
    const { office, host, a } = await twoTickets();
    const heads = office.tableRows('Tickets')[0];
    void heads;
    office.coAuthorSetCell('Tickets', 0, '客户名称', '丁');
    await expect(host.updateTicket(a, { fields: { result: 'x' } }, '小李')).rejects.toMatchObject({ code: 'ticketChanged' });
  });
});

describe('co-authors editing between the syncs of an update', () => {
  const edits: [string, (o: FakeOffice, a: Ticket) => void][] = [
    ['inserts a row above', (o) => o.coAuthorInsertRows('Tickets', 0, [['CO-1', '', '', '丙']])],
    ['deletes a row above', (o) => o.coAuthorDeleteRow('Tickets', 0)],
    ['sorts the table', (o) => o.coAuthorSort('Tickets', '客户名称', true)],
    ['adds a row', (o) => o.coAuthorAddRow('Tickets', { 工单编号: 'CO-2', 客户名称: '丙' })],
    ['types the same number', (o, a) => o.coAuthorAddRow('Tickets', { 工单编号: a.id, 客户名称: '丙' })],
  ];
  it.each(edits)('never writes into another ticket when a co-author %s', async (_name, edit) => {
    const probe = await twoTickets();
    probe.office.resetCounters();
    await probe.host.updateTicket(probe.b, { fields: { result: '已处理' } }, '小李');
    const syncs = probe.office.syncCount;
    for (let k = 1; k <= syncs; k++) {
      const { office, host, a, b } = await twoTickets();
      // 'deletes a row above' removes a: update b instead, the ticket below it.
      const target = _name === 'deletes a row above' ? b : a;
      office.resetCounters();
      office.beforeSync = (n) => (n === k ? edit(office, target) : undefined);
      const outcome = await host.updateTicket(target, { fields: { result: '已处理' } }, '小李').then(
        () => 'saved',
        (e: { code?: string }) => e.code,
      );
      office.beforeSync = null;
      const rows = office.tableRows('Tickets');
      const others = rows.filter((r) => r['客户名称'] !== target.customerName);
      expect({ k, written: others.filter((r) => r['处理结果'] !== '').map((r) => r['客户名称']) }).toEqual({ k, written: [] });
      const mine = rows.find((r) => r['客户名称'] === target.customerName)!;
      if (outcome === 'saved') expect(mine['处理结果']).toBe('已处理');
      else expect({ k, outcome, result: mine['处理结果'] }).toEqual({ k, outcome: expect.stringMatching(/^(ambiguousNumber|ticketChanged|rowsKeptMoving)$/), result: '' });
      // Log lines only under the ticket written.
      const notes = office.tableRows('Ticket_Log').filter((l) => l['类型'] !== '受理');
      expect(notes.every((l) => l['工单编号'] === target.id)).toBe(true);
    }
  });
});

describe('two agents registering the first ticket of an empty table at the same moment', () => {
  it('keeps both rows and leaves no blank row', async () => {
    const { office, host } = setup();
    await host.setupWorkbook('standard');
    const other = secondHost(office);
    const [x, y] = await Promise.all([
      host.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: '甲', customerName: '甲' }), '小李'),
      other.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: '乙', customerName: '乙' }), '小王'),
    ]);
    const rows = office.tableRows('Tickets');
    expect(rows.map((r) => r['沟通事由']).sort()).toEqual(['乙', '甲']);
    expect(new Set(ids(office)).size).toBe(2);
    expect([x.id, y.id].sort()).toEqual(ids(office).sort());
    const log = office.tableRows('Ticket_Log');
    expect(log.map((l) => `${l['工单编号']}:${l['内容']}`).sort()).toEqual([`${x.id}:甲`, `${y.id}:乙`].sort());
  });

  it('keeps a row a co-author typed into the blank placeholder between the syncs', async () => {
    const probe = setup();
    await probe.host.setupWorkbook('standard');
    probe.office.resetCounters();
    await probe.host.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: 'mine' }), 'x');
    const syncs = probe.office.syncCount;
    for (let k = 1; k <= syncs + 1; k++) {
      const { office, host } = setup();
      await host.setupWorkbook('standard');
      office.resetCounters();
      office.beforeSync = (n) => (n === k ? office.coAuthorAddRow('Tickets', { 工单编号: 'CO-1', 沟通事由: '同事' }) : undefined);
      await host.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: 'mine' }), 'x');
      office.beforeSync = null;
      const subjects = office.tableRows('Tickets').map((r) => r['沟通事由']);
      expect({ k, subjects: [...subjects].sort() }).toEqual({ k, subjects: k <= syncs ? ['mine', '同事'] : ['mine'] });
    }
  });
});

describe('two co-authors each registering 1,000 tickets, interleaved', () => {
  it('end, after 检查, with no duplicate numbers, no lost rows and every row and log line its own', async () => {
    const { office, host } = setup();
    await host.setupWorkbook('standard');
    const other = secondHost(office);
    const N = Number(process.env.SB_N ?? 1000);
    for (let i = 0; i < N; i++) {
      await Promise.all([
        host.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: `A-${i}`, customerName: `A客户${i}` }), '小李'),
        other.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: `B-${i}`, customerName: `B客户${i}` }), '小王'),
      ]);
    }
    await host.checkRows();
    const rows = office.tableRows('Tickets');
    expect(rows).toHaveLength(2 * N);
    expect(new Set(rows.map((r) => r['工单编号'])).size).toBe(2 * N);
    // Each row is one ticket: its subject and customer were written together.
    expect(rows.every((r) => String(r['客户名称']) === `${String(r['沟通事由']).slice(0, 1)}客户${String(r['沟通事由']).slice(2)}`)).toBe(true);
    // Each ticket's 受理 line is its own.
    const subjectOf = new Map(rows.map((r) => [r['工单编号'], r['沟通事由']]));
    const intake = office.tableRows('Ticket_Log').filter((l) => l['类型'] === '受理' && l['记录人'] !== 'ServiceBook');
    expect(intake).toHaveLength(2 * N);
    expect(intake.every((l) => subjectOf.get(l['工单编号']) === l['内容'])).toBe(true);
  });
});
