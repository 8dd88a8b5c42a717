import { customerHistory, sameContact } from './customerHistory';
import { makeTicket } from './testSettings';

// Customers whose masked contacts collide: 13812345678 and 13899995678 both read 138****5678.
const tickets = [
  makeTicket({ id: 'A', customerId: 'C001', customerName: '王女士', contact: '138****5678', receivedAt: '2023-10-08T14:30' }),
  makeTicket({ id: 'B', customerId: 'C002', customerName: '某科技公司', contact: '010-****5678', receivedAt: '2023-10-09T09:15' }),
  makeTicket({ id: 'C', customerId: 'C001', customerName: '王女士', contact: '138****5678', receivedAt: '2023-10-12T10:00' }),
  makeTicket({ id: 'D', customerId: '', customerName: '王女士', contact: '139****0000', receivedAt: null }),
  makeTicket({ id: 'E', customerId: '', customerName: '王女士', contact: '138****5678', receivedAt: '2023-10-10T10:00' }),
  makeTicket({ id: 'F', customerId: 'C003', customerName: '李先生', contact: '138****5678', receivedAt: '2023-10-11T10:00' }),
  makeTicket({ id: 'G', customerId: '', customerName: '王*', contact: '138****5678', receivedAt: '2023-10-11T11:00' }),
  makeTicket({ id: 'H', customerId: '', customerName: '陈先生', contact: 'c***@qq.com', receivedAt: '2023-10-11T12:00' }),
  makeTicket({ id: 'I', customerId: '', customerName: '崔女士', contact: 'c***@qq.com', receivedAt: '2023-10-11T13:00' }),
];
const ids = (r: { tickets: { id: string }[] }): string[] => r.tickets.map((t) => t.id);

describe('customerHistory', () => {
  it('matches by customer id first, newest first, and is certain', () => {
    const r = customerHistory(tickets, { customerId: 'C001', customerName: '李先生', contact: '13812345678' });
    expect(r).toMatchObject({ by: 'customerId', confidence: 'certain' });
    expect(ids(r)).toEqual(['C', 'A']);
    expect(ids(customerHistory(tickets, { customerId: ' Ｃ001 ' }))).toEqual(['C', 'A']);
  });

  it('never shows another customer whose masked contact collides', () => {
    // 李先生 (F) and 王* (G) share 138****5678 with 王女士: not hers.
    const r = customerHistory(tickets, { customerName: '王女士', contact: '13812345678' });
    expect(r).toMatchObject({ by: 'nameAndContact', confidence: 'likely' });
    expect(ids(r)).toEqual(['C', 'E', 'A']);
    expect(ids(customerHistory(tickets, { customerName: '李先生', contact: '138 1234 5678' }))).toEqual(['F']);
    expect(ids(customerHistory(tickets, { customerName: '陈先生', contact: 'chen@qq.com' }))).toEqual(['H']);
  });

  it('a contact or a name alone matches nothing', () => {
    expect(customerHistory(tickets, { contact: '13812345678' })).toEqual({ by: null, confidence: null, tickets: [] });
    expect(customerHistory(tickets, { contact: 'cui@qq.com' }).tickets).toEqual([]);
    expect(customerHistory(tickets, { customerName: '王女士' }).tickets).toEqual([]);
    expect(customerHistory(tickets, {})).toEqual({ by: null, confidence: null, tickets: [] });
  });

  it('a masked name with the contact is only a possible match', () => {
    const r = customerHistory(tickets, { customerName: '王*', contact: '13812345678' });
    expect(r).toMatchObject({ by: 'nameAndContact', confidence: 'possible' });
    expect(ids(r)).toEqual(['G']);
  });

  it('can leave out the current ticket', () => {
    expect(ids(customerHistory(tickets, { customerId: 'C001' }, { excludeId: 'C' }))).toEqual(['A']);
  });
});

describe('sameContact', () => {
  it('compares whole numbers when both are unmasked (masking off), masked forms otherwise', () => {
    expect(sameContact('13812345678', '138-1234-5678')).toBe(true);
    expect(sameContact('13812345678', '13899995678')).toBe(false);
    expect(sameContact('13812345678', '138****5678')).toBe(true);
    expect(sameContact('', '')).toBe(false);
  });
});
