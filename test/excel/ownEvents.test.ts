/**
 * Excel raises Table.onChanged for the add-in's own writes (source Local, like typing). They must
 * not start operations: a check of 10,000 rows that completes every row starts none.
 */
import { emptyTicket, type Ticket } from '../../src/core/schema/ticket';
import { ticketRowFor } from '../../src/excel/cellValues';
import { headersOf } from '../fake-excel/table';
import { setup } from './helpers';

jest.setTimeout(300_000);
const draft = (f: Partial<Ticket>): Ticket => ({ ...emptyTicket(), ...f });

describe.each([
  ['ExcelApi 1.12 (events switched off while the add-in writes)', '1.12'],
  ['ExcelApi 1.7 (own events recognised by the rows written)', '1.7'],
])('own change events, %s', (_label, level) => {
  it('a check of 10,000 rows that completes every row triggers no extra operation', async () => {
    const { office, host } = setup({ sets: { ExcelApi: level } });
    await host.setupWorkbook('standard');
    const heads = headersOf(office.table('Tickets'));
    // Rows pasted without numbers or due times: the check writes every one of them.
    office.appendTableRows('Tickets', Array.from({ length: 10_000 }, (_, i) => ticketRowFor(draft({ receivedAt: '2024-05-08T09:00', subject: `粘贴的第${i}行`, category: '咨询' }), heads)));
    const done: number[] = [];
    await host.watchTickets((r) => done.push(r.completed));
    const before = host.operations();
    const report = await host.checkRows();
    expect(report.completed).toBe(10_000);
    office.resetCounters();
    await office.settle();
    expect(host.operations() - before).toBe(1);
    expect(office.syncCount).toBe(0);
    expect(done).toEqual([]);
    // Events were raised (1.7) or switched off (1.12) — and a user's own edit is still completed.
    if (level === '1.7') expect(office.events.filter((e) => e.source === 'Local').length).toBeGreaterThan(10_000);
    await office.editTableRow('Tickets', 10_000, { 受理时间: 45420.5, 沟通事由: '用户录入' });
    expect(done).toEqual([1]);
    expect(office.tableRows('Tickets')[10_000]['工单编号']).not.toBe('');
  });
});

describe('own change events after a registration', () => {
  it('start no operation, and the ticket count stays right', async () => {
    const { office, host } = setup({ sets: { ExcelApi: '1.7' } });
    await host.setupWorkbook('standard');
    await host.watchTickets();
    const before = host.operations();
    await host.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: '=危险公式', customerName: '甲' }), 'x');
    await host.addTicket(draft({ receivedAt: '2024-05-08T09:10', subject: '乙', customerName: '乙' }), 'x');
    await office.settle();
    expect(host.operations() - before).toBe(2);
  });
});
