import { escalationOf } from './escalationOf';
import { logLine, testSettings, ticket } from '../sla/testSettings';

const settings = testSettings(); // accept within 1 bh, progress every 6 bh, 总监 after 24 h overdue
const base = {
  receivedAt: '2024-05-08T16:30',
  priority: '中' as const,
  responseDue: '2024-05-09T16:30',
  resolveDue: '2024-05-11T16:30',
  acceptedAt: '2024-05-08T16:40',
  firstResponseAt: '2024-05-08T16:45',
  lastUpdateAt: '2024-05-11T15:00',
  status: '处理中' as const,
};

describe('escalationOf', () => {
  it("is '' for an accepted, updated, timely ticket", () => expect(escalationOf(ticket(base), '2024-05-11T16:00', settings)).toBe(''));

  it('is 主管 when overdue, and 总监 from 24 clock hours overdue on', () => {
    const t = ticket(base);
    expect(escalationOf(t, '2024-05-12T10:00', settings)).toBe('主管');
    expect(escalationOf(t, '2024-05-12T16:29', settings)).toBe('主管');
    expect(escalationOf(t, '2024-05-12T16:30', settings)).toBe('总监');
  });

  it("is '' for done tickets, however late", () => {
    expect(escalationOf(ticket({ ...base, status: '已关闭' }), '2024-06-30T10:00', settings)).toBe('');
  });

  it('is 主管 when not accepted within 1 business hour of receipt', () => {
    const t = ticket({ ...base, status: '待受理', acceptedAt: null, firstResponseAt: null, lastUpdateAt: null, receivedAt: '2024-05-08T10:00', responseDue: '2024-05-09T10:00' });
    expect(escalationOf(t, '2024-05-08T11:00', settings)).toBe('');
    expect(escalationOf(t, '2024-05-08T11:01', settings)).toBe('主管');
  });

  it('counts the acceptance window in business hours (Friday 17:50 → Monday 09:50)', () => {
    const t = ticket({ ...base, status: '待受理', acceptedAt: null, firstResponseAt: null, lastUpdateAt: null, receivedAt: '2024-05-17T17:50', responseDue: '2024-05-20T17:50', resolveDue: '2024-05-22T17:50' });
    expect(escalationOf(t, '2024-05-18T10:00', settings)).toBe('');
    expect(escalationOf(t, '2024-05-20T09:51', settings)).toBe('主管');
  });

  it('is 主管 when a progress note is overdue', () => {
    const t = ticket({ ...base, lastUpdateAt: '2024-05-09T09:00' });
    expect(escalationOf(t, '2024-05-09T15:00', settings)).toBe('');
    expect(escalationOf(t, '2024-05-09T16:01', settings)).toBe('主管');
  });

  it('computes due times from settings and log when the ticket carries none', () => {
    const t = ticket({ ...base, responseDue: null, resolveDue: null, lastUpdateAt: '2024-05-13T16:00' });
    expect(escalationOf(t, '2024-05-13T17:00', settings)).toBe('总监');
    const paused = [logLine('2024-05-09T09:00', '等待客户'), logLine('2024-05-13T09:00', '处理中')];
    expect(escalationOf(t, '2024-05-13T17:00', settings, paused)).toBe('');
  });
});
