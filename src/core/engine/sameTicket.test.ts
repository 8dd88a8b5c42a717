import { sameTicket } from './sameTicket';

describe('sameTicket', () => {
  const a = { id: 'CS20240508001', receivedAt: '2024-05-08T09:00', customerName: '王*' };
  it('tells two tickets with one number apart by time and customer', () => {
    expect(sameTicket(a, { ...a })).toBe(true);
    expect(sameTicket(a, { ...a, id: ' CS20240508001 ' })).toBe(true);
    expect(sameTicket(a, { ...a, customerName: '李*' })).toBe(false);
    expect(sameTicket(a, { ...a, receivedAt: '2024-05-08T09:01' })).toBe(false);
    expect(sameTicket(a, { ...a, id: 'CS20240508002' })).toBe(false);
  });
});
