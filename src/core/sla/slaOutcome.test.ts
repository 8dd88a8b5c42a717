import { compileCalendar } from '../calendar/compileCalendar';
import type { LogEntry } from '../schema/log';
import { emptyTicket, type Ticket } from '../schema/ticket';
import { slaOutcome } from './slaOutcome';
import { testSettings } from './testSettings';

// Mon–Fri 09:00–12:00 and 13:00–18:00; 2024-03-04 is a Monday.
const cal = compileCalendar(testSettings().calendar);
const ticket = (f: Partial<Ticket>): Ticket => ({ ...emptyTicket(), id: 'CS20240304001', receivedAt: '2024-03-04T09:00', status: '处理中', ...f });

describe('slaOutcome', () => {
  it('an open ticket answered late: response minutes and the breach so far, in business minutes', () => {
    const t = ticket({ firstResponseAt: '2024-03-04T10:30', responseDue: '2024-03-04T10:00', resolveDue: '2024-03-05T09:00' });
    expect(slaOutcome(t, [], cal, '2024-03-04T11:00')).toEqual({ firstResponseBusinessMinutes: 90, resolutionBusinessMinutes: null, breachBusinessMinutes: 30 });
  });

  it('an open ticket past its resolution due counts business time only (lunch and the night excluded)', () => {
    const t = ticket({ firstResponseAt: '2024-03-04T09:10', responseDue: '2024-03-04T10:00', resolveDue: '2024-03-04T11:00' });
    // 11:00–12:00 and 13:00–18:00 on Monday, 09:00–09:30 on Tuesday.
    expect(slaOutcome(t, [], cal, '2024-03-05T09:30').breachBusinessMinutes).toBe(60 + 300 + 30);
  });

  it('a ticket resolved on time has no breach; its resolution minutes skip the pause in 等待客户', () => {
    const log: LogEntry[] = [
      { ticketId: 'CS20240304001', at: '2024-03-04T10:00', kind: '沟通', channel: '', content: '', nextStep: '', by: '', status: '等待客户' },
      { ticketId: 'CS20240304001', at: '2024-03-04T14:00', kind: '进度', channel: '', content: '', nextStep: '', by: '', status: '处理中' },
    ];
    const t = ticket({ status: '已完成', firstResponseAt: '2024-03-04T09:30', resolvedAt: '2024-03-04T16:00', responseDue: '2024-03-04T10:00', resolveDue: '2024-03-05T18:00' });
    expect(slaOutcome(t, log, cal, '2024-03-10T00:00')).toEqual({ firstResponseBusinessMinutes: 30, resolutionBusinessMinutes: 6 * 60 - 180, breachBusinessMinutes: 0 });
  });

  it('no due time, or finished at an unknown time: no breach figure', () => {
    expect(slaOutcome(ticket({}), [], cal, '2024-03-10T00:00').breachBusinessMinutes).toBeNull();
    expect(slaOutcome(ticket({ status: '已完成', resolveDue: '2024-03-05T09:00' }), [], cal, '2024-03-10T00:00').breachBusinessMinutes).toBeNull();
  });
});
