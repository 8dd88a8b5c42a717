import { emptyTicket, type Ticket } from '../schema/ticket';
import { toMinutes } from '../time/localDateTime';
import { reopenLogByTicket, ticketAt, ticketTimes, wasOpenAt } from './timeline';

const tk = (p: Partial<Ticket>): Ticket => ({ ...emptyTicket(), ...p });
const m = toMinutes;
const noLog = new Map<string, number[]>();

describe('timeline', () => {
  const closed = tk({ id: 'X', receivedAt: '2024-03-01T10:00', firstResponseAt: '2024-03-01T12:00', resolvedAt: '2024-03-05T10:00', status: '已完成', resolveDue: '2024-03-04T10:00' });

  it('is open from its receipt until its resolution', () => {
    const x = ticketTimes(closed, noLog);
    expect(wasOpenAt(x, m('2024-03-01T10:00'))).toBe(false);
    expect(wasOpenAt(x, m('2024-03-01T10:01'))).toBe(true);
    expect(wasOpenAt(x, m('2024-03-05T10:00'))).toBe(true);
    expect(wasOpenAt(x, m('2024-03-05T10:01'))).toBe(false);
  });

  it('is open again after a reopen that follows the resolution', () => {
    const log = reopenLogByTicket([{ ticketId: 'X', at: '2024-03-07T09:00', kind: '变更', channel: '', content: '', nextStep: '', by: '', status: '重新打开' }]);
    const x = ticketTimes(closed, log);
    expect(x.reopens).toEqual([m('2024-03-07T09:00')]);
    expect(wasOpenAt(x, m('2024-03-06T00:00'))).toBe(false);
    expect(wasOpenAt(x, m('2024-03-08T00:00'))).toBe(true);
  });

  it('falls back to lastUpdateAt for a reopened ticket without reopen log lines', () => {
    const t = tk({ id: 'Y', status: '重新打开', lastUpdateAt: '2024-03-09T09:00' });
    expect(ticketTimes(t, noLog).reopens).toEqual([m('2024-03-09T09:00')]);
    expect(ticketTimes(tk({ id: 'Z', status: '处理中', lastUpdateAt: '2024-03-09T09:00' }), noLog).reopens).toEqual([]);
  });

  it('rebuilds the ticket as it stood at an earlier time', () => {
    const x = ticketTimes(closed, noLog);
    expect(ticketAt(x, m('2024-03-01T11:00'))).toMatchObject({ status: '待受理', firstResponseAt: null, resolvedAt: null });
    expect(ticketAt(x, m('2024-03-04T11:00'))).toMatchObject({ status: '处理中', firstResponseAt: '2024-03-01T12:00', resolvedAt: null });
    const open = tk({ status: '处理中', receivedAt: '2024-03-01T10:00' });
    expect(ticketAt(ticketTimes(open, noLog), m('2024-03-02T00:00'))).toBe(open);
  });
});
