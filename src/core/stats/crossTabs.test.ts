import fc from 'fast-check';
import { emptyTicket, type Ticket } from '../schema/ticket';
import { fromMinutes, toMinutes } from '../time/localDateTime';
import { crossTab, crossTabs, crossTabTitle, MAX_TREND_WEEKS, weeklyVolume } from './crossTabs';
import { weekStartOf } from './period';
import { testSettings } from './testSettings';

const tk = (p: Partial<Ticket>): Ticket => ({ ...emptyTicket(), ...p });

describe('crossTab', () => {
  it('orders open-list values: listed ones in list order, then others by count, then code order, (空) last', () => {
    const ts = ['微信', '电话', '', '短信', '微信', '邮件', '短信', '微信', '抖音'].map((channel) => tk({ channel, priority: '中' }));
    const t = crossTab(
      'x',
      ts,
      { field: 'channel', valueOf: (x) => x.channel, known: ['邮件', '在线客服', '电话'], closed: false },
      { field: 'priority', valueOf: (x) => x.priority, known: ['高', '中', '低'], closed: true },
    );
    expect(t.rows).toEqual(['邮件', '电话', '微信', '短信', '抖音', '(空)']);
    expect(t.counts.map((r) => r[1])).toEqual([1, 1, 3, 2, 1, 1]);
    expect(t.counts.map((r) => r[0] + r[2])).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('gives the five named cross-tabs with the fields they cross', () => {
    const tabs = crossTabs([], { kind: 'week', start: '2024-05-06T00:00', end: '2024-05-13T00:00' }, testSettings());
    expect(tabs.map((t) => [t.name, t.rowField, t.colField])).toEqual([
      ['categoryByStatus', 'category', 'status'],
      ['channelByPriority', 'channel', 'priority'],
      ['ownerBySlaState', 'owner', 'slaState'],
      ['categoryByEmotion', 'category', 'emotion'],
      ['weeklyVolume', 'week', 'received'],
    ]);
    // Open lists show only what occurs: nothing in an empty period.
    expect(tabs[1].rows).toEqual([]);
    expect(tabs[1].cols).toEqual(['高', '中', '低']);
  });

  it('has localised titles', () => {
    expect(crossTabTitle('channelByPriority')).toBe('沟通渠道 × 优先级');
    expect(crossTabTitle('weeklyVolume', 'zh-TW')).toBe('每週受理量趨勢');
    expect(crossTabTitle('ownerBySlaState', 'en-US')).toBe('Owner × SLA state');
    expect(crossTabTitle('unknown')).toBe('unknown');
  });
});

describe('weeklyVolume', () => {
  it('puts each receipt in the week of its Monday, as date-fns startOfWeek does', () => {
    const base = toMinutes('2023-12-01T00:00');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 * 1440 }), (offset) => {
        const at = fromMinutes(base + offset);
        const period = { kind: 'custom' as const, start: '2023-12-01T00:00', end: '2024-04-01T00:00' };
        const t = weeklyVolume([tk({ receivedAt: at })], period);
        const hit = t.rows[t.counts.findIndex((c) => c[0] === 1)];
        expect(hit).toBe(weekStartOf(at).slice(0, 10));
      }),
    );
  });

  it('keeps only the latest weeks of a very long period', () => {
    const t = weeklyVolume([tk({ receivedAt: '1901-03-01T10:00' }), tk({ receivedAt: '2024-03-19T10:00' })], {
      kind: 'all',
      start: '1900-01-01T00:00',
      end: '2024-03-20T12:01',
    });
    expect(t.rows).toHaveLength(MAX_TREND_WEEKS);
    expect(t.rows[t.rows.length - 1]).toBe('2024-03-18');
    expect(t.counts[t.counts.length - 1]).toEqual([1]);
  });
});
