/**
 * Realistic sample tickets for `init --sample N`: deterministic (a fixed-seed PRNG), spread over
 * February–March 2024 working hours, with a mix of statuses, channels, categories, ratings,
 * progress notes in Ticket_Log and a few subtasks. Contacts are already masked and no text holds
 * an ID-card or bank-card number.
 */
import { type Category, type Level, type Status } from '../core/schema/enums';
import type { LogEntry, Subtask } from '../core/schema/log';
import { emptyTicket, type Ticket } from '../core/schema/ticket';
import type { Settings } from '../core/settings/settings';
import { fromMinutes, toMinutes, type LocalDateTime } from '../core/time/localDateTime';

/** mulberry32: small, fast, good enough for sample data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
function weighted<T>(r: () => number, xs: readonly [T, number][]): T {
  const total = xs.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of xs) if ((x -= w) < 0) return v;
  return xs[xs.length - 1][0];
}

const CUSTOMERS = ['王女士', '李先生', '陈先生', '张女士', '刘先生', '某科技有限公司', '华信贸易公司', '赵女士', '孙先生', '周女士', '吴先生', '郑女士', '明德教育集团', '恒通物流公司'];
const OWNERS = ['赵*', '李*', '张*', '王*', '陈*', '刘*'];
const INDUSTRIES = ['零售', '制造', '教育', '物流', '互联网', '金融', ''];

interface Scenario {
  category: Category;
  subcategory: string;
  subject: string;
  description: string;
  expectation: string;
  urgency: Level | null;
  emotion: string;
  result: string;
}

const SCENARIOS: Scenario[] = [
  { category: '咨询', subcategory: '物流服务', subject: '查询订单物流', description: '订单号2024{n}，显示“已发货”3天未更新，询问预计送达时间', expectation: '希望尽快告知送达时间', urgency: '低', emotion: '平和', result: '已协调物流公司加急，预计两日内送达，并发送物流截图' },
  { category: '投诉', subcategory: '物流服务', subject: '投诉物流延迟', description: '包裹延迟5天未送达，影响使用计划，客户强烈投诉', expectation: '要求24小时内解决', urgency: '高', emotion: '不满', result: '包裹因地址错误滞留中转站，已更正地址并加急，补偿优惠券' },
  { category: '故障', subcategory: '产品质量', subject: '设备无法开机', description: '购买的产品无法开机，提示代码E-05', expectation: '要求换货', urgency: '中', emotion: '焦急', result: '检测确认主板故障，已更换新产品并顺丰寄出' },
  { category: '建议', subcategory: '功能建议', subject: '建议增加夜间模式', description: '希望APP增加夜间模式，晚上使用太亮', expectation: '希望下个版本上线', urgency: '低', emotion: '平和', result: '已记录需求，产品组纳入下季度迭代计划' },
  { category: '变更', subcategory: '', subject: '修改发票抬头', description: '需要把发票抬头从个人改为公司', expectation: '本周内开具新发票', urgency: '中', emotion: '平和', result: '已为客户更新发票抬头并重新开具' },
  { category: '投诉', subcategory: '服务态度', subject: '投诉客服响应慢', description: '在线排队等待20分钟无人回复，客服未等我说完就挂断电话', expectation: '希望改进服务', urgency: '中', emotion: '愤怒', result: '已向客户致歉，对客服话术进行培训，增加高峰期客服配置' },
  { category: '咨询', subcategory: '产品功能', subject: '数据导出入口', description: '找了10分钟没找到数据导出功能，希望首页增加入口', expectation: '告知操作路径', urgency: null, emotion: '一般', result: '已告知在“我的账户-工具箱”中导出，并转产品部优化入口布局' },
  { category: '故障', subcategory: '系统故障', subject: '系统无法登录', description: '系统故障导致业务中断，全公司无法登录后台', expectation: '立即恢复', urgency: '高', emotion: '焦急', result: '接口兼容性问题已修复，系统恢复正常' },
  { category: '咨询', subcategory: '售后维修', subject: '保修政策咨询', description: '询问产品保修期和维修流程', expectation: '了解政策', urgency: '低', emotion: '平和', result: '已说明保修期为一年，维修可到门店或寄修' },
  { category: '其他', subcategory: '', subject: '合作洽谈', description: '希望洽谈渠道合作事宜', expectation: '安排商务对接', urgency: null, emotion: '平和', result: '已转商务部门联系' },
];

const NOTES = ['已联系客户确认问题细节', '已转交相关部门处理', '等待备件到货', '已提交技术团队检测', '已向客户同步处理进度', '客户确认方案，安排执行'];

export interface SampleBook {
  tickets: Ticket[];
  logs: LogEntry[];
  subtasks: Subtask[];
}

/** The days sample tickets are received on: Feb 1 – Mar 31 2024 unless told otherwise. */
export interface SampleSpan {
  start: LocalDateTime;
  days: number;
  /** Nothing happens after this time (the as-of time of `init --sample`). */
  until?: LocalDateTime;
}
const FEB_MAR_2024: SampleSpan = { start: '2024-02-01T00:00', days: 60 };

/**
 * The 60 days up to an as-of time, nothing after it: `init --sample` puts its sample there so
 * the current period's statistics have data.
 * @example spanUpTo('2024-03-31T23:00') // → { start: '2024-02-01T00:00', days: 60, until: '2024-03-31T23:00' }
 */
export const spanUpTo = (asOf: LocalDateTime): SampleSpan => ({ start: fromMinutes(toMinutes(`${asOf.slice(0, 10)}T00:00`) - 59 * 1440), days: 60, until: asOf });

/** A working-hours time, mostly on a weekday, within the span (never after its `until`). */
function receivedTime(r: () => number, span: SampleSpan): LocalDateTime {
  const start = toMinutes(span.start);
  const until = span.until ? toMinutes(span.until) : Infinity;
  for (;;) {
    const day = Math.floor(r() * span.days);
    const dow = (Math.floor(start / 1440) + day + 4) % 7; // 0 = Sunday
    if ((dow === 0 || dow === 6) && r() < 0.85) continue;
    const minute = 9 * 60 + Math.floor(r() * 9 * 60);
    if (start + day * 1440 + minute > until) continue;
    return fromMinutes(start + day * 1440 + minute);
  }
}

/** `minutes` after t, moved into working hours (09:00–18:00) when it falls in the night. */
function later(t: LocalDateTime, minutes: number): LocalDateTime {
  let m = toMinutes(t) + Math.max(1, Math.round(minutes));
  const minuteOfDay = ((m % 1440) + 1440) % 1440;
  if (minuteOfDay >= 18 * 60) m += 1440 - minuteOfDay + 9 * 60 + (minuteOfDay % 60);
  else if (minuteOfDay < 9 * 60) m += 9 * 60 - minuteOfDay + (minuteOfDay % 60);
  return fromMinutes(m);
}

export function sampleWorkbook(n: number, settings: Settings, seed = 20240301, span: SampleSpan = FEB_MAR_2024): SampleBook {
  const r = prng(seed);
  const spanEnd = span.until ? toMinutes(span.until) : toMinutes(span.start) + span.days * 1440 - 6 * 60; // 18:00 of the last day
  const notAfterEnd = (t: LocalDateTime | null): boolean => !span.until || t === null || toMinutes(t) <= spanEnd;
  const tickets: Ticket[] = [];
  const logs: LogEntry[] = [];
  const subtasks: Subtask[] = [];
  const times = Array.from({ length: n }, () => receivedTime(r, span)).sort();
  const perDay = new Map<string, number>();
  const channels = settings.lists.channels.length ? settings.lists.channels : ['电话'];
  times.forEach((receivedAt, i) => {
    const s = pick(r, SCENARIOS);
    const t = emptyTicket();
    t.receivedAt = receivedAt;
    t.channel = pick(r, channels.slice(0, 6));
    t.customerName = pick(r, CUSTOMERS);
    t.customerId = `C${String(1000 + Math.floor(r() * 9000))}`;
    t.customerLevel = r() < 0.2 ? 'VIP' : '普通';
    t.industry = pick(r, INDUSTRIES);
    t.contact = `1${pick(r, ['38', '39', '58', '86', '37'])}****${String(Math.floor(r() * 10000)).padStart(4, '0')}`;
    t.subject = s.subject;
    t.description = s.description.replace('{n}', String(100000 + i));
    t.expectation = s.expectation;
    t.category = s.category;
    t.subcategory = s.subcategory;
    t.urgency = s.urgency;
    t.emotion = s.emotion;
    t.owner = pick(r, OWNERS);
    const ageDays = (spanEnd - toMinutes(receivedAt)) / 1440;
    let status: Status = weighted<Status>(r, [
      ['已完成', ageDays > 7 ? 55 : 20],
      ['已关闭', ageDays > 7 ? 20 : 5],
      ['处理中', 14],
      ['待受理', ageDays < 5 ? 12 : 2],
      ['等待客户', 4],
      ['协调中', 4],
      ['重新打开', 2],
    ]);
    const day = receivedAt.slice(0, 10);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    t.id = `CS${day.replace(/-/g, '')}${String(perDay.get(day)).padStart(3, '0')}`;
    const acceptedAt = later(receivedAt, 5 + r() * 50);
    const firstResponseAt = later(receivedAt, 10 + r() * (r() < 0.85 ? 400 : 3000));
    // Nothing happens after the span's end: a ticket not answered by then is still 待受理.
    if (!notAfterEnd(firstResponseAt) || !notAfterEnd(acceptedAt)) status = '待受理';
    t.status = status;
    if (status !== '待受理') {
      t.acceptedAt = acceptedAt;
      t.firstResponseAt = firstResponseAt;
      logs.push({ ticketId: t.id, at: t.firstResponseAt, kind: '受理', channel: t.channel, content: `受理并联系客户：${s.subject}`, nextStep: '', by: t.owner, status: '处理中' });
      const notes = Math.floor(r() * 3);
      let at = t.firstResponseAt;
      for (let k = 0; k < notes; k++) {
        const next = later(at, 60 + r() * 900);
        if (!notAfterEnd(next)) break;
        at = next;
        logs.push({ ticketId: t.id, at, kind: '进度', channel: '', content: pick(r, NOTES), nextStep: '', by: t.owner, status: null });
      }
      t.lastUpdateAt = at;
      if (status === '等待客户') logs.push({ ticketId: t.id, at: later(at, 30), kind: '沟通', channel: '电话', content: '等待客户提供订单截图', nextStep: '客户回复后继续', by: t.owner, status: '等待客户' });
    }
    const fast = r() < 0.75;
    const resolvedAt = later(t.lastUpdateAt ?? t.firstResponseAt ?? receivedAt, fast ? 120 + r() * 1800 : 3000 + r() * 6000);
    if ((status === '已完成' || status === '已关闭') && !notAfterEnd(resolvedAt)) t.status = status = '处理中';
    if (status === '已完成' || status === '已关闭') {
      t.resolvedAt = resolvedAt;
      t.result = s.result;
      const sat = weighted<number>(r, [[5, 40], [4, 30], [3, 15], [2, 10], [1, 5]]);
      t.satisfaction = sat;
      if (settings.ratingDimensions.length && r() < 0.5) {
        for (const d of settings.ratingDimensions.slice(0, 4)) t.ratings[d] = Math.max(1, Math.min(5, sat + (r() < 0.3 ? -1 : 0)));
      }
      t.feedback = sat >= 4 ? '满意，问题已解决' : sat === 3 ? '一般，希望后续改进' : '不满意，处理太慢';
      logs.push({ ticketId: t.id, at: t.resolvedAt, kind: '结果', channel: t.channel, content: s.result, nextStep: sat >= 4 ? '3个工作日内回访' : '', by: t.owner, status });
      if (status === '已关闭') t.archivedAt = notAfterEnd(later(t.resolvedAt, 1440)) ? later(t.resolvedAt, 1440) : null;
    }
    if (status === '重新打开') {
      t.firstResponseAt = t.firstResponseAt ?? later(receivedAt, 30);
      logs.push({ ticketId: t.id, at: later(t.firstResponseAt, 2000), kind: '变更', channel: '电话', content: '客户对处理结果不满意，重新打开', nextStep: '重新分派', by: t.owner, status: '重新打开' });
    }
    if (s.category === '故障' && r() < 0.4) {
      subtasks.push({ ticketId: t.id, title: '核查系统日志', owner: t.owner, status: status === '已完成' || status === '已关闭' ? '已完成' : '进行中', due: later(receivedAt, 480), dependsOn: '', needs: '' });
      subtasks.push({ ticketId: t.id, title: '协调技术部修复', owner: '技术部', status: status === '已完成' || status === '已关闭' ? '已完成' : '待处理', due: later(receivedAt, 1440), dependsOn: '核查系统日志', needs: '需跨部门协调' });
    }
    t.notes = r() < 0.1 ? '需每日同步进度' : '';
    tickets.push(t);
  });
  return { tickets, logs, subtasks };
}
