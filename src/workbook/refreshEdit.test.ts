/** refreshEdit: what refresh writes into a team's Tickets row. */
import { redactCell } from '../core/privacy/redactSecrets';
import { emptyTicket } from '../core/schema/ticket';
import { ticketRowCells } from './refreshEdit';

describe('ticketRowCells', () => {
  const headers = ['工单编号', '受理时间', '解决时间'];
  const ticket = { ...emptyTicket(), id: 'CS20240315001', receivedAt: '2024-03-15T10:00' };

  it('keeps a cell it cannot read exactly as typed', () => {
    const raw = ['CS20240315001', new Date(Date.UTC(2024, 2, 15, 10)), '下周一上午'];
    const cells = ticketRowCells(headers, raw, raw, ticket, 2, new Set(['2|解决时间']), 'zh-CN');
    expect(cells[2]).toBeUndefined();
  });

  it('still redacts a secret inside a cell it cannot read (the rest kept as typed)', () => {
    const typed = '下周一上午 客户身份证11010519491231002X';
    const raw = ['CS20240315001', new Date(Date.UTC(2024, 2, 15, 10)), typed];
    const clean = [raw[0], raw[1], redactCell(typed).value];
    const cells = ticketRowCells(headers, raw, clean, ticket, 2, new Set(['2|解决时间']), 'zh-CN');
    expect(cells[2]).toBe('下周一上午 客户身份证110105********002X');
  });
});
