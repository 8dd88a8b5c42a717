import type { LogEntry } from '../schema/log';
import { emptyTicket, type Ticket } from '../schema/ticket';
import { computeStats } from './computeStats';
import { periodContaining, type Period } from './period';
import { testSettings } from './testSettings';

const tk = (p: Partial<Ticket>): Ticket => ({ ...emptyTicket(), ...p });
const settings = testSettings();
const MARCH: Period = { kind: 'month', start: '2024-03-01T00:00', end: '2024-04-01T00:00' };
const AS_OF = '2024-03-20T12:00';
const reopenLine = (ticketId: string, at: string): LogEntry => ({ ticketId, at, kind: '变更', channel: '', content: '客户不满意，重新打开', nextStep: '', by: '', status: '重新打开' });

/**
 * A hand-checked month. March 2024 (asOf 03-20 12:00) against February 2024 (asOf 03-01 00:00).
 */
const A = tk({
  id: 'A', receivedAt: '2024-03-04T09:00', priority: '高', category: '投诉', subcategory: '物流服务', status: '已完成',
  firstResponseAt: '2024-03-04T10:00', responseDue: '2024-03-04T13:00', resolvedAt: '2024-03-04T21:00', resolveDue: '2024-03-05T09:00',
  satisfaction: 5, channel: '电话', owner: '李工', slaState: '按时完成', emotion: '焦急', description: '物流延迟3天未送达', department: '运营部',
});
const B = tk({
  id: 'B', receivedAt: '2024-03-05T10:00', priority: '高', category: '投诉', subcategory: '物流服务', status: '已关闭',
  firstResponseAt: '2024-03-05T15:00', responseDue: '2024-03-05T14:00', resolvedAt: '2024-03-06T16:00', resolveDue: '2024-03-06T10:00',
  satisfaction: 2, channel: '在线客服', owner: '李工', slaState: '超时完成', emotion: '不满', description: '订单显示已签收但实际未收到',
});
const C = tk({
  id: 'C', receivedAt: '2024-03-11T09:00', priority: '中', category: '咨询', status: '处理中',
  firstResponseAt: '2024-03-11T09:30', responseDue: '2024-03-12T09:00', resolveDue: '2024-03-14T09:00',
  channel: '电话', owner: '王经理', slaState: '已超时', emotion: '平和', department: '技术部', description: '数据导出入口在哪里',
});
const D = tk({
  id: 'D', receivedAt: '2024-03-18T09:00', priority: '低', category: '建议', status: '待受理',
  responseDue: '2024-03-21T09:00', resolveDue: '2024-03-25T09:00', channel: '邮件', slaState: '正常', description: '希望增加物流提醒',
});
const E = tk({
  id: 'E', receivedAt: '2024-02-26T10:00', priority: '中', category: '故障', status: '已完成',
  firstResponseAt: '2024-02-26T11:00', responseDue: '2024-02-27T10:00', resolvedAt: '2024-03-01T10:00', resolveDue: '2024-02-29T10:00',
  satisfaction: 4, channel: '电话', description: '产品无法开机',
});
const F = tk({
  id: 'F', receivedAt: '2024-02-10T09:00', priority: '中', category: '咨询', status: '重新打开',
  firstResponseAt: '2024-02-10T10:00', responseDue: '2024-02-11T09:00', resolvedAt: '2024-02-12T09:00', resolveDue: '2024-03-11T10:00',
  lastUpdateAt: '2024-03-19T10:00', satisfaction: 1, channel: '电话',
});
const G = tk({
  id: 'G', receivedAt: '2024-03-15T14:00', priority: '中', category: '投诉', subcategory: '服务态度', status: '处理中',
  responseDue: '2024-03-16T14:00', resolveDue: '2024-03-25T14:00', satisfaction: 3, owner: '张三', followUp: '3天内回电', department: '客服部',
});
const ALL = [A, B, C, D, E, F, G];
const LOG = [reopenLine('F', '2024-03-08T10:00')];

describe('computeStats on a hand-checked month', () => {
  const r = computeStats(ALL, { period: MARCH, asOf: AS_OF, settings, log: LOG });

  it('counts received, resolved, backlog at period end and overdue open at asOf', () => {
    expect(r.period).toEqual(MARCH);
    expect(r.asOf).toBe(AS_OF);
    // Overdue: C and F past their resolution due; G's response time is unknown, not late.
    expect([r.received, r.resolved, r.backlog, r.overdueOpen]).toEqual([5, 3, 4, 2]);
  });

  it('measures on-time response over responded tickets with a known first response', () => {
    // A on time, B late, C on time; D still 待受理 and G (first response unknown) are left out.
    expect(r.onTimeResponseRate).toBe(0.6667);
  });

  it('measures on-time resolution over tickets received in the period, a breached open one as a miss', () => {
    // A on time; B late; C still open past its 03-14 due: a miss. D and G are not due yet.
    expect(r.onTimeResolutionRate).toBe(0.3333);
  });

  it('counts unknown times apart, as neither on time nor late', () => {
    // G is past 待受理 with no first-response time.
    expect([r.responseUnknown, r.resolutionUnknown]).toEqual([1, 0]);
  });

  it('gives mean and median clock hours to resolution by priority', () => {
    expect(r.resolutionHours).toEqual({
      高: { mean: 21, median: 21, count: 2 },
      // E: Feb 26 10:00 → Mar 1 10:00 across the leap day = 96 h.
      中: { mean: 96, median: 96, count: 1 },
      低: { mean: null, median: null, count: 0 },
    });
  });

  it('gives CSAT over tickets received in the period', () => {
    expect(r.csat).toEqual({ mean: 3.33, satisfiedShare: 0.3333, count: 3 });
  });

  it('gives the on-time rates per priority with the same definitions as the overall rates', () => {
    // 高: A on time, B late (response and resolution). 中: C on time (G's first response unknown); E resolved late. 低: D not responded.
    expect(r.onTimeByPriority).toEqual({ 高: { response: 0.5, resolution: 0.5 }, 中: { response: 1, resolution: 0 }, 低: { response: null, resolution: null } });
  });

  it('gives satisfaction per rating dimension with its change against the previous period', () => {
    const rated = [
      tk({ receivedAt: '2024-03-04T09:00', ratings: { 服务态度: 5, 响应速度: 3 } }),
      tk({ receivedAt: '2024-03-05T09:00', ratings: { 服务态度: 4 } }),
      tk({ receivedAt: '2024-02-05T09:00', ratings: { 服务态度: 3, 处理结果: 2 } }),
    ];
    const x = computeStats(rated, { period: MARCH, asOf: AS_OF, settings: { ...settings, ratingDimensions: ['响应速度', '服务态度'] } });
    expect(x.ratingsByDimension).toEqual([
      { dimension: '响应速度', mean: 3, count: 1 },
      { dimension: '服务态度', mean: 4.5, count: 2 },
      { dimension: '处理结果', mean: null, count: 0 },
    ]);
    expect(x.previous.ratingsByDimension.map((d) => d.mean)).toEqual([null, 3, 2]);
    expect(x.change.ratingMeans).toEqual({ 响应速度: null, 服务态度: 1.5, 处理结果: null });
  });

  it('counts reopens dated by the log', () => {
    expect(r.reopened).toBe(1);
  });

  it('builds the classification table', () => {
    expect(r.classification).toEqual([
      { category: '投诉', subcategory: '物流服务', subcategorySpellings: ['物流服务'], count: 2, share: 40, typicalCase: '订单显示已签收但实际未收到', suggestion: '要求物流方实时同步数据，设置异常预警机制', department: '运营部' },
      { category: '咨询', subcategory: '', subcategorySpellings: [''], count: 1, share: 20, typicalCase: '数据导出入口在哪里', suggestion: '纳入周例会复盘', department: '技术部' },
      { category: '投诉', subcategory: '服务态度', subcategorySpellings: ['服务态度'], count: 1, share: 20, typicalCase: '', suggestion: '24小时内回电致歉并说明方案', department: '客服部' },
      { category: '建议', subcategory: '', subcategorySpellings: [''], count: 1, share: 20, typicalCase: '希望增加物流提醒', suggestion: '纳入周例会复盘', department: '' },
    ]);
  });

  it('lists the top types', () => {
    expect(r.topTypes).toEqual([
      { category: '投诉', count: 3, share: 60 },
      { category: '咨询', count: 1, share: 20 },
      { category: '建议', count: 1, share: 20 },
    ]);
  });

  it('builds category × status with every category and status in schema order', () => {
    const t = r.crossTabs.find((c) => c.name === 'categoryByStatus')!;
    expect(t.rows).toEqual(['咨询', '投诉', '建议', '变更', '故障', '其他']);
    expect(t.cols).toEqual(['待受理', '处理中', '协调中', '等待客户', '已完成', '已关闭', '重新打开']);
    const at = (row: string, col: string) => t.counts[t.rows.indexOf(row)][t.cols.indexOf(col)];
    expect([at('投诉', '已完成'), at('投诉', '已关闭'), at('投诉', '处理中'), at('咨询', '处理中'), at('建议', '待受理')]).toEqual([1, 1, 1, 1, 1]);
    expect(t.counts.flat().reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('builds channel × priority with listed channels first and (空) last', () => {
    const t = r.crossTabs.find((c) => c.name === 'channelByPriority')!;
    expect([t.rowField, t.colField]).toEqual(['channel', 'priority']);
    expect(t.rows).toEqual(['电话', '在线客服', '邮件', '(空)']);
    expect(t.cols).toEqual(['高', '中', '低']);
    expect(t.counts).toEqual([
      [1, 1, 0],
      [1, 0, 0],
      [0, 0, 1],
      [0, 1, 0],
    ]);
  });

  it('builds owner × SLA state with unlisted owners after the listed ones', () => {
    const t = r.crossTabs.find((c) => c.name === 'ownerBySlaState')!;
    expect(t.rows).toEqual(['李工', '王经理', '张三', '(空)']);
    expect(t.cols).toEqual(['正常', '即将超时', '已超时', '按时完成', '超时完成', '(空)']);
    expect(t.counts).toEqual([
      [0, 0, 0, 1, 1, 0],
      [0, 0, 1, 0, 0, 0],
      [0, 0, 0, 0, 0, 1],
      [1, 0, 0, 0, 0, 0],
    ]);
  });

  it('builds category × emotion', () => {
    const t = r.crossTabs.find((c) => c.name === 'categoryByEmotion')!;
    expect(t.cols).toEqual(['焦急', '平和', '不满', '(空)']);
    expect(t.counts[t.rows.indexOf('投诉')]).toEqual([1, 0, 1, 1]);
  });

  it('builds the weekly trend over the weeks overlapping the month', () => {
    const t = r.crossTabs.find((c) => c.name === 'weeklyVolume')!;
    expect(t.rows).toEqual(['2024-02-26', '2024-03-04', '2024-03-11', '2024-03-18', '2024-03-25']);
    // E (Feb 26) is in the first week but not in March.
    expect(t.counts).toEqual([[0], [2], [2], [1], [0]]);
  });

  it('computes February as the previous period, as of its end', () => {
    const p = r.previous;
    expect(p.period).toEqual({ kind: 'month', start: '2024-02-01T00:00', end: '2024-03-01T00:00' });
    expect(p.asOf).toBe('2024-03-01T00:00');
    // E was still open on Mar 1 00:00 and past its Feb 29 resolve due; F was closed then.
    expect([p.received, p.resolved, p.backlog, p.overdueOpen, p.reopened]).toEqual([2, 1, 1, 1, 0]);
    // E was still unresolved on Mar 1 00:00, past its Feb 29 due: a miss; F on time.
    expect([p.onTimeResponseRate, p.onTimeResolutionRate]).toEqual([1, 0.5]);
    expect(p.resolutionHours.中).toEqual({ mean: 48, median: 48, count: 1 });
    expect(p.csat).toEqual({ mean: 2.5, satisfiedShare: 0.5, count: 2 });
    expect(p).not.toHaveProperty('previous');
    expect(p).not.toHaveProperty('change');
  });

  it('gives the change against the previous period', () => {
    expect(r.change).toEqual({
      received: 3,
      resolved: 2,
      backlog: 3,
      overdueOpen: 1,
      reopened: 1,
      onTimeResponseRate: -0.3333,
      onTimeResolutionRate: -0.1667,
      csatMean: 0.83,
      csatSatisfiedShare: -0.1667,
      resolutionHoursMean: { 高: null, 中: 48, 低: null },
      ratingMeans: {},
    });
  });

  it('is JSON-serialisable without losing anything (no undefined)', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(JSON.stringify(r)).not.toContain('undefined');
  });
});

describe('computeStats edge cases', () => {
  it('gives zeros and nulls for an empty period', () => {
    const r = computeStats([], { period: MARCH, asOf: AS_OF, settings });
    expect([r.received, r.resolved, r.backlog, r.overdueOpen, r.reopened]).toEqual([0, 0, 0, 0, 0]);
    expect([r.onTimeResponseRate, r.onTimeResolutionRate]).toEqual([null, null]);
    expect(r.csat).toEqual({ mean: null, satisfiedShare: null, count: 0 });
    expect(r.resolutionHours.高).toEqual({ mean: null, median: null, count: 0 });
    expect(r.classification).toEqual([]);
    expect(r.topTypes).toEqual([]);
    expect(r.change.onTimeResponseRate).toBeNull();
    expect(r.change.received).toBe(0);
    expect(r.crossTabs.find((c) => c.name === 'categoryByStatus')!.counts.flat().every((n) => n === 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('counts every ticket as backlog when all are open, with no resolution rate', () => {
    const open = [1, 2, 3].map((d) => tk({ id: `O${d}`, receivedAt: `2024-03-0${d}T10:00`, status: '处理中', priority: '中' }));
    const r = computeStats(open, { period: MARCH, asOf: AS_OF, settings });
    expect([r.received, r.resolved, r.backlog]).toEqual([3, 0, 3]);
    expect(r.onTimeResolutionRate).toBeNull();
    expect(r.resolutionHours.中.count).toBe(0);
  });

  it('leaves out a responded ticket whose first-response time is unknown', () => {
    const ts = [
      tk({ receivedAt: '2024-03-02T10:00', status: '处理中', responseDue: '2024-03-02T14:00' }),
      tk({ receivedAt: '2024-03-02T11:00', status: '已完成', firstResponseAt: '2024-03-02T16:00', responseDue: '2024-03-02T15:00', resolvedAt: '2024-03-03T09:00' }),
      tk({ receivedAt: '2024-03-02T12:00', status: '处理中', firstResponseAt: '2024-03-02T12:30', responseDue: null }),
    ];
    expect(computeStats(ts, { period: MARCH, asOf: AS_OF, settings }).onTimeResponseRate).toBe(0);
    expect(computeStats(ts.slice(0, 1), { period: MARCH, asOf: AS_OF, settings }).onTimeResponseRate).toBeNull();
  });

  it('treats the period start as inclusive and the end as exclusive at 00:00', () => {
    const ts = [
      tk({ id: 'first', receivedAt: '2024-03-01T00:00', resolvedAt: '2024-04-01T00:00', status: '已完成', priority: '低' }),
      tk({ id: 'next', receivedAt: '2024-04-01T00:00', status: '处理中' }),
      tk({ id: 'before', receivedAt: '2024-02-29T23:59', resolvedAt: '2024-03-01T00:00', status: '已完成' }),
    ];
    const r = computeStats(ts, { period: MARCH, asOf: '2024-04-02T00:00', settings });
    expect(r.received).toBe(1);
    // Resolved on the first minute of March: counts in March, not February.
    expect(r.resolved).toBe(1);
    expect(r.previous.resolved).toBe(0);
    // Resolved at the exclusive end, so still open at the end of March.
    expect(r.backlog).toBe(1);
    expect(r.previous.backlog).toBe(1);
  });

  it('counts a response or resolution exactly at its due time as on time', () => {
    const ts = [
      tk({ receivedAt: '2024-03-02T10:00', status: '已完成', firstResponseAt: '2024-03-02T14:00', responseDue: '2024-03-02T14:00', resolvedAt: '2024-03-03T10:00', resolveDue: '2024-03-03T10:00' }),
      tk({ receivedAt: '2024-03-02T10:00', status: '已完成', firstResponseAt: '2024-03-02T14:01', responseDue: '2024-03-02T14:00', resolvedAt: '2024-03-03T10:01', resolveDue: '2024-03-03T10:00' }),
    ];
    const r = computeStats(ts, { period: MARCH, asOf: AS_OF, settings });
    expect([r.onTimeResponseRate, r.onTimeResolutionRate]).toEqual([0.5, 0.5]);
  });

  it('counts a finished ticket without a resolvedAt as resolved (in its receipt period), not as backlog, its time unknown', () => {
    const r = computeStats([tk({ receivedAt: '2024-03-02T10:00', status: '已关闭', resolveDue: '2024-03-05T10:00' })], { period: MARCH, asOf: AS_OF, settings });
    expect([r.received, r.resolved, r.backlog, r.resolutionUnknown]).toEqual([1, 1, 0, 1]);
    expect(r.onTimeResolutionRate).toBeNull();
  });

  it('counts a breached, unanswered ticket as a miss in the on-time response rate', () => {
    const ts = [
      tk({ receivedAt: '2024-03-02T10:00', status: '待受理', responseDue: '2024-03-02T14:00' }),
      tk({ receivedAt: '2024-03-02T11:00', status: '处理中', firstResponseAt: '2024-03-02T12:00', responseDue: '2024-03-02T15:00' }),
      tk({ receivedAt: '2024-03-20T11:00', status: '待受理', responseDue: '2024-03-20T15:00' }),
    ];
    const r = computeStats(ts, { period: MARCH, asOf: AS_OF, settings });
    expect(r.onTimeResponseRate).toBe(0.5);
    expect(r.responseUnknown).toBe(0);
  });

  it('counts a ticket whose status is 重新打开 as reopened even when nothing dates the reopen', () => {
    const t = tk({ id: 'R0', receivedAt: '2024-03-05T10:00', status: '重新打开' });
    const r = computeStats([t], { period: MARCH, asOf: AS_OF, settings });
    expect(r.reopened).toBe(1);
    expect(r.previous.reopened).toBe(0);
  });

  it('counts a reopen without a log by status 重新打开 and lastUpdateAt, and prefers the log when it has one', () => {
    const noLog = tk({ id: 'R1', receivedAt: '2024-01-05T10:00', status: '重新打开', resolvedAt: '2024-01-06T10:00', lastUpdateAt: '2024-03-10T09:00' });
    const logged = tk({ id: 'R2', receivedAt: '2024-01-05T10:00', status: '重新打开', resolvedAt: '2024-01-06T10:00', lastUpdateAt: '2024-03-10T09:00' });
    const r = computeStats([noLog, logged], { period: MARCH, asOf: AS_OF, settings, log: [reopenLine('R2', '2024-02-20T10:00')] });
    expect(r.reopened).toBe(1);
    expect(r.previous.reopened).toBe(1);
    // Both are open again at the end of March; at the end of February only R2 was.
    expect(r.backlog).toBe(2);
    expect(r.previous.backlog).toBe(1);
  });

  it('counts overdue open tickets received in any period, but not ones received after asOf', () => {
    const ts = [
      tk({ receivedAt: '2023-12-01T10:00', status: '处理中', firstResponseAt: '2023-12-01T11:00', responseDue: '2023-12-01T14:00', resolveDue: '2023-12-05T10:00' }),
      tk({ receivedAt: '2024-03-20T11:00', status: '待受理', responseDue: '2024-03-20T11:30' }),
      tk({ receivedAt: '2024-03-20T11:00', status: '待受理', responseDue: '2024-03-20T13:00' }),
      tk({ receivedAt: '2024-03-21T11:00', status: '待受理', responseDue: '2024-03-20T11:30' }),
    ];
    expect(computeStats(ts, { period: MARCH, asOf: AS_OF, settings }).overdueOpen).toBe(2);
  });

  it('skips resolutions dated before their receipt and tickets without a priority in resolution hours', () => {
    const ts = [
      tk({ receivedAt: '2024-03-05T10:00', resolvedAt: '2024-03-04T10:00', status: '已完成', priority: '高' }),
      tk({ receivedAt: '2024-03-05T10:00', resolvedAt: '2024-03-05T13:30', status: '已完成', priority: null }),
      tk({ receivedAt: '2024-03-05T10:00', resolvedAt: '2024-03-05T11:15', status: '已完成', priority: '高' }),
      tk({ receivedAt: '2024-03-05T10:00', resolvedAt: '2024-03-05T12:20', status: '已完成', priority: '高' }),
    ];
    const r = computeStats(ts, { period: MARCH, asOf: AS_OF, settings });
    expect(r.resolved).toBe(4);
    // 1.25 h and 2.333 h → mean 1.79 → 1.8, median the same two → 1.8.
    expect(r.resolutionHours.高).toEqual({ mean: 1.8, median: 1.8, count: 2 });
  });

  it('computes a week across a year boundary with its previous week', () => {
    const week = periodContaining('week', '2025-01-02T12:00');
    const ts = [
      tk({ receivedAt: '2024-12-29T23:59', category: '咨询' }),
      tk({ receivedAt: '2024-12-30T00:00', category: '咨询' }),
      tk({ receivedAt: '2025-01-01T09:00', category: '投诉' }),
      tk({ receivedAt: '2025-01-06T00:00', category: '投诉' }),
    ];
    const r = computeStats(ts, { period: week, asOf: '2025-01-02T12:00', settings });
    expect(r.received).toBe(2);
    expect(r.previous.received).toBe(1);
    expect(r.previous.period).toEqual({ kind: 'week', start: '2024-12-23T00:00', end: '2024-12-30T00:00' });
    const trend = r.crossTabs.find((c) => c.name === 'weeklyVolume')!;
    expect([trend.rows, trend.counts]).toEqual([['2024-12-30'], [[2]]]);
  });

  it('computes a quarter against the previous quarter', () => {
    const q = periodContaining('quarter', '2024-05-15T12:00');
    const ts = [tk({ receivedAt: '2024-03-31T23:59' }), tk({ receivedAt: '2024-01-01T00:00' }), tk({ receivedAt: '2024-04-01T00:00' }), tk({ receivedAt: '2024-06-30T23:59' })];
    const r = computeStats(ts, { period: q, asOf: '2024-05-15T12:00', settings });
    expect([r.received, r.previous.received, r.change.received]).toEqual([2, 2, 0]);
    expect(r.previous.period).toEqual({ kind: 'quarter', start: '2024-01-01T00:00', end: '2024-04-01T00:00' });
    // Q2 2024 runs from Monday Apr 1 to Sunday Jun 30: exactly 13 weeks.
    expect(r.crossTabs.find((c) => c.name === 'weeklyVolume')!.rows).toHaveLength(13);
  });

  it('computes a custom range against the same number of days just before', () => {
    const custom = periodContaining('custom', '2024-03-20T12:00', { start: '2024-03-10T00:00', end: '2024-03-13T00:00' });
    const ts = [tk({ receivedAt: '2024-03-07T00:00' }), tk({ receivedAt: '2024-03-06T23:59' }), tk({ receivedAt: '2024-03-12T23:59' }), tk({ receivedAt: '2024-03-13T00:00' })];
    const r = computeStats(ts, { period: custom, asOf: '2024-03-20T12:00', settings });
    expect(r.previous.period).toEqual({ kind: 'custom', start: '2024-03-07T00:00', end: '2024-03-10T00:00' });
    expect([r.received, r.previous.received]).toEqual([1, 1]);
    // 03-10 (Sun) to 03-12: the weeks of Mar 4 and Mar 11.
    expect(r.crossTabs.find((c) => c.name === 'weeklyVolume')!.rows).toEqual(['2024-03-04', '2024-03-11']);
  });

  it("starts an 'all' period on the day of the earliest ticket", () => {
    const ts = [tk({ receivedAt: '2024-02-14T15:00' }), tk({ receivedAt: '2024-03-05T10:00' })];
    const r = computeStats(ts, { period: periodContaining('all', AS_OF), asOf: AS_OF, settings });
    expect(r.period).toEqual({ kind: 'all', start: '2024-02-14T00:00', end: '2024-03-20T12:01' });
    expect(r.received).toBe(2);
    expect(r.previous.received).toBe(0);
    expect(r.crossTabs.find((c) => c.name === 'weeklyVolume')!.rows[0]).toBe('2024-02-12');
  });
});
