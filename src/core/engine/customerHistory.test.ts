import { customerHistory } from './customerHistory';
import { makeTicket } from './testSettings';

const tickets = [
  makeTicket({
    id: 'A',
    customerId: 'C001',
    customerName: '王女士',
    contact: '138****5678',
    receivedAt: '2023-10-08T14:30',
  }),
  makeTicket({
    id: 'B',
    customerId: 'C002',
    customerName: '某科技公司',
    contact: '010-****5678',
    receivedAt: '2023-10-09T09:15',
  }),
  makeTicket({
    id: 'C',
    customerId: 'C001',
    customerName: '王女士',
    contact: '138****5678',
    receivedAt: '2023-10-12T10:00',
  }),
  makeTicket({ id: 'D', customerId: '', customerName: '王女士', contact: '139****0000', receivedAt: null }),
  makeTicket({
    id: 'E',
    customerId: '',
    customerName: '王女士',
    contact: '138****5678',
    receivedAt: '2023-10-10T10:00',
  }),
];

describe('customerHistory', () => {
  it('matches by customer ID first, newest first', () => {
    expect(customerHistory(tickets, { customerId: 'C001', customerName: '某科技公司' }).map((t) => t.id)).toEqual([
      'C',
      'A',
    ]);
  });

  it('matches by contact, comparing masked forms', () => {
    expect(customerHistory(tickets, { contact: '13812345678' }).map((t) => t.id)).toEqual(['C', 'E', 'A']);
    expect(customerHistory(tickets, { contact: '010-12345678' }).map((t) => t.id)).toEqual(['B']);
  });

  it('falls back to the exact name, undated tickets last', () => {
    expect(customerHistory(tickets, { customerName: ' 王女士 ' }).map((t) => t.id)).toEqual(['C', 'E', 'A', 'D']);
    expect(customerHistory(tickets, { customerName: '王' })).toEqual([]);
  });

  it('returns nothing without a key and can leave out the current ticket', () => {
    expect(customerHistory(tickets, {})).toEqual([]);
    expect(customerHistory(tickets, { customerId: 'C001' }, { excludeId: 'C' }).map((t) => t.id)).toEqual(['A']);
  });
});
