import type { LogEntry } from '../schema/log';
import { emptyTicket, type Ticket } from '../schema/ticket';
import { poolSources } from './combineSources';

const t = (id: string): Ticket => ({ ...emptyTicket(), id, receivedAt: '2024-03-04T09:00' });
const reopen = (ticketId: string): LogEntry => ({ ticketId, at: '2024-03-05T09:00', kind: '变更', channel: '', content: '', nextStep: '', by: '', status: '重新打开' });

describe('poolSources', () => {
  it('concatenates sources in order', () => {
    const p = poolSources([{ team: 'A', tickets: [t('1'), t('2')], logs: [reopen('2')] }, { team: 'A', tickets: [t('3')], logs: [] }]);
    expect(p.tickets.map((x) => x.id)).toEqual(['1', '2', '3']);
    expect(p.logs.map((l) => l.ticketId)).toEqual(['2']);
    expect(p.duplicates).toBe(0);
  });

  it('within a team, a number in two files is one ticket (the first file’s), with its lines once', () => {
    const p = poolSources([
      { team: 'A', tickets: [t('1')], logs: [reopen('1')], subtasks: [{ ticketId: '1', title: 'x', owner: '', status: '已完成', due: null, dependsOn: '', needs: '' }] },
      { team: 'A', tickets: [t('1'), t('2')], logs: [reopen('1')], subtasks: [{ ticketId: '1', title: 'x', owner: '', status: '已完成', due: null, dependsOn: '', needs: '' }] },
    ]);
    expect(p.tickets.map((x) => x.id)).toEqual(['1', '2']);
    expect(p.logs).toHaveLength(1);
    expect(p.subtasks).toHaveLength(1);
    expect(p.duplicates).toBe(1);
  });

  it('across teams, equal numbers stay apart as team:number, each with its own lines', () => {
    const p = poolSources([
      { team: 'A', tickets: [t('1'), t('2')], logs: [reopen('1')] },
      { team: 'B', tickets: [t('1')], logs: [] },
    ]);
    expect(p.tickets.map((x) => x.id)).toEqual(['A:1', '2', 'B:1']);
    expect(p.logs.map((l) => l.ticketId)).toEqual(['A:1']);
  });
});
