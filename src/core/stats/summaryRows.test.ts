import { emptyTicket, type Ticket } from '../schema/ticket';
import { computeStats } from './computeStats';
import { statsSummaryRows } from './summaryRows';
import { testSettings } from './testSettings';

const tk = (p: Partial<Ticket>): Ticket => ({ ...emptyTicket(), ...p });

describe('statsSummaryRows', () => {
  const tickets = [
    tk({ receivedAt: '2024-02-10T09:00', category: '咨询', satisfaction: 3 }),
    tk({ receivedAt: '2024-03-04T09:00', category: '投诉', satisfaction: 5, priority: '高', resolvedAt: '2024-03-04T15:00', status: '已完成' }),
    tk({ receivedAt: '2024-03-05T09:00', category: '投诉', satisfaction: 4, status: '处理中' }),
  ];
  const report = computeStats(tickets, {
    period: { kind: 'month', start: '2024-03-01T00:00', end: '2024-04-01T00:00' },
    asOf: '2024-03-20T12:00',
    settings: testSettings(),
  });

  it('gives label, value, previous and change rows in zh-CN', () => {
    const rows = statsSummaryRows(report, 'zh-CN');
    const row = (key: string) => rows.find((r) => r.key === key)!;
    expect(row('period')).toEqual({ key: 'period', label: '统计周期', value: '2024年3月', previous: '2024年2月', change: null, format: 'text' });
    expect(row('received')).toEqual({ key: 'received', label: '受理量', value: 2, previous: 1, change: 1, format: 'count' });
    expect(row('csat.mean')).toMatchObject({ label: '满意度均分', value: 4.5, previous: 3, change: 1.5, format: 'score' });
    expect(row('csat.satisfiedShare')).toMatchObject({ value: 1, previous: 0, change: 1, format: 'rate' });
    expect(row('resolutionHours.高.mean')).toMatchObject({ value: 6, previous: null, change: null, format: 'hours' });
    expect(row('topTypes.1')).toMatchObject({ value: '投诉 2 (100.0%)', previous: '咨询 1 (100.0%)', change: null });
    expect(row('topTypes.2')).toMatchObject({ value: null, previous: null });
  });

  it('has the same keys in every locale, with localised labels', () => {
    const keys = statsSummaryRows(report, 'zh-CN').map((r) => r.key);
    expect(statsSummaryRows(report, 'zh-TW').map((r) => r.key)).toEqual(keys);
    expect(statsSummaryRows(report, 'en-US').map((r) => r.key)).toEqual(keys);
    expect(statsSummaryRows(report, 'zh-TW').find((r) => r.key === 'overdueOpen')!.label).toBe('逾時未結');
    const en = statsSummaryRows(report, 'en-US');
    expect(en.find((r) => r.key === 'onTimeResponseRate')!.label).toBe('On-time response rate');
    expect(en.find((r) => r.key === 'period')!.value).toBe('Mar 2024');
    expect(new Set(keys).size).toBe(keys.length);
  });
});
