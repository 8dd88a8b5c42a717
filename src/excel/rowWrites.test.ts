/** rowWrites: what the add-in writes into Ticket_Log. */
import { logRow } from './rowWrites';

describe('logRow', () => {
  const headers = ['工单编号', '时间', '类型', '渠道', '内容', '下一步', '记录人', '状态'];
  const line = { ticketId: 'CS20240315001', at: '2024-03-15T11:00', kind: '沟通' as const, channel: '电话', content: '客户改用 13912345678，卡号 4111111111111111', nextStep: '', by: '小李', status: null };

  it('masks contacts in a note when masking is on, and never stores a card number', () => {
    expect(logRow(headers, line, { contacts: true })[4]).toBe('客户改用 139****5678，卡号 4111********1111');
  });

  it('keeps contacts when masking is off, still redacting the card number', () => {
    expect(logRow(headers, line, { contacts: false })[4]).toBe('客户改用 13912345678，卡号 4111********1111');
  });
});
