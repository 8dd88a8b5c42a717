/**
 * Splits seed 002's compound cells into ticket fields and Ticket_Log lines:
 * - 客户信息 `王*,138****5678` → customerName + contact;
 * - 问题详情 `2023-10-15购买的产品无法开机，紧急程度：高` → description (without the urgency clause)
 *   + urgency, and the date written in it as a hint;
 * - 处理过程 `2023-10-1510:00客服专员接收记录;10:15分派至技术部李工;…` → one log line per segment
 *   (a time-only segment takes the date of the one before), kind from its verb (受理, 分派, 沟通,
 *   升级, 变更, 回访, else 进度); receivedAt = the first timestamp; department/owner from
 *   `分派至技术部李工`; subcategory from `分类为“功能建议”`; progress/lastUpdateAt = the last segment.
 *   Decision: firstResponseAt = the timestamp of the first segment after the receipt (here the
 *   assignment at 10:15), because the design defines it as "the ticket first leaves 待受理" and
 *   assigning it is that moment;
 * - 结果与反馈 → result (the first segment), resolvedAt (its timestamp), feedback (what the customer
 *   said) and satisfaction from its words (`反馈满意` → 4, `一般` → 3, `不满意` → 2);
 * - 沟通记录 (seed 004: 沟通时间、方式、客户反馈、下一步计划) `2024-05-08 17:00 电话联系客户，
 *   客户反馈仍无法开机，下一步：安排上门；10:00 上门更换电源模块` → one log line per segment
 *   (time as in 处理过程; kind 沟通 for a call/mail/message or a contact verb, else 进度; channel
 *   电话/邮件/微信/短信/上门/视频/在线 when named; nextStep from a 下一步/计划 clause);
 *   progress/lastUpdateAt/followUp from the latest line. Never receivedAt: seed 004 has its own;
 * - 归档信息 `归档时间：2023-10-16` → archivedAt, status 已关闭;
 * - 沟通日期 / 沟通时间 → receivedAt (the reader joins the two columns).
 * Never throws; an unreadable cell yields its text in the most likely field.
 */
import type { LogKind, Status } from '../schema/enums';
import type { Ticket } from '../schema/ticket';
import { localDateTime, type LocalDate, type LocalDateTime } from '../time/localDateTime';
import { cellText } from '../parse/cell';
import { normalizeCategory, normalizeLevel } from '../parse/normalizeEnums';
import { parseDateTime } from '../parse/parseDateTime';
import { satisfactionInText } from '../parse/parseSatisfaction';
import type { CompoundKind } from './types';
import { nfkc } from '../text/nfkc';

export interface CompoundLogLine {
  at: LocalDateTime | null;
  kind: LogKind;
  content: string;
  by: string;
  status: Status | null;
  /** How the contact was made, when the text names it (沟通记录); else the ticket's channel. */
  channel?: string;
  /** The planned next step (沟通记录's 下一步/计划 clause). */
  nextStep?: string;
}

export interface CompoundContext {
  /** Year for `10月16日` without one. */
  year?: number;
  /** Date for a first segment that gives only a time (e.g. the row's received date). */
  date?: LocalDate;
}

export interface CompoundSplit {
  fields: Partial<Ticket>;
  log: CompoundLogLine[];
  /** A date written in the text (问题详情's `2023-10-15购买…`), for segments without one. */
  dateHint?: LocalDate;
}

const FULL_STAMP = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?\s*(?:(\d{1,2})\s*[:：]\s*(\d{2})(?!\d))?/;
const MONTH_DAY_STAMP = /^\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]\s*(?:(\d{1,2})\s*[:：]\s*(\d{2})(?!\d))?/;
/** `10:15` (a following 分 belongs to the text: `10:15分派至…`) or `14点30分` / `14时`. */
const TIME_STAMP = /^\s*(\d{1,2})\s*(?:[:：]\s*(\d{2})(?!\d)|[点时]\s*(?:(\d{1,2})\s*分)?)/;
/** Who did it: a role (客服专员) or a surname with a title (李工, 王经理, 赵协调员). */
const ROLE = /^(?:客服专员|客服主管|客服人员|售后工程师|技术工程师|技术支持经理|客户关系专员|物流协调员|客服)(?=[\u4e00-\u9fa5])/;
const NAMED = /^[\u4e00-\u9fa5]{1,2}?(?:工程师|经理|协调员|主管|总监|专员|工)(?=[\u4e00-\u9fa5])/;
const ASSIGN = /(?:分派|转交|转派|分配|指派|派单|移交)\s*(?:至|给|到)?\s*([\u4e00-\u9fa5A-Za-z]{1,10}?(?:部|组|中心|科|室|团队))\s*([\u4e00-\u9fa5A-Za-z]{1,8})?/;
const CLASSIFIED = /分类为\s*[“"'「]?([^”"'」，,;；。]+)[”"'」]?/;
const URGENCY = /[，,;；。\s]*(?:紧急程度|紧急度|优先级)\s*[:：]\s*([\u4e00-\u9fa5A-Za-z]+)\s*[。.]?/;
const CUSTOMER_SAYS = /客户(?:确认|回复|反馈|表示|评价|认可)/;

interface Segment {
  at: LocalDateTime | null;
  text: string;
}

function isValidDay(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 9999) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** `yyyy-MM-ddTHH:mm` from a day and hour/minute digits; null when the time is out of range. */
function stamp(day: LocalDate, h = '0', m = '00'): LocalDateTime | null {
  const hh = Number(h);
  const mm = Number(m);
  if (hh > 23 || mm > 59) return null;
  return `${day}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

/** Splits text into segments at `;`/`；`/new lines, reading the timestamp each one starts with. */
export function timedSegments(text: string, ctx: CompoundContext = {}): Segment[] {
  const out: Segment[] = [];
  let day: LocalDate | undefined = ctx.date;
  let year = ctx.year ?? (day ? Number(day.slice(0, 4)) : undefined);
  for (const raw of text.split(/[;；\n\r]+/)) {
    const original = raw.trim();
    if (!original) continue;
    // Stamps are read on the NFKC form (full-width digits and colons); the text keeps its own.
    const part = nfkc(original);
    const sameLength = part.length === original.length;
    let at: LocalDateTime | null = null;
    let rest = part;
    const full = FULL_STAMP.exec(part);
    const md = full ? null : MONTH_DAY_STAMP.exec(part);
    const tm = full || md ? null : TIME_STAMP.exec(part);
    if (full && isValidDay(+full[1], +full[2], +full[3])) {
      day = localDateTime(+full[1], +full[2], +full[3]).slice(0, 10);
      year = +full[1];
      at = stamp(day, full[4], full[5]);
      // Keep a date without a time in the text: it is the customer's own words.
      rest = full[4] !== undefined ? part.slice(full[0].length) : part;
    } else if (md && year !== undefined && isValidDay(year, +md[1], +md[2])) {
      day = localDateTime(year, +md[1], +md[2]).slice(0, 10);
      at = stamp(day, md[3], md[4]);
      rest = part.slice(md[0].length);
    } else if (tm && day) {
      at = stamp(day, tm[1], tm[2] ?? tm[3] ?? '0');
      rest = part.slice(tm[0].length);
    }
    const body = sameLength ? original.slice(part.length - rest.length) : rest;
    out.push({ at, text: body.replace(/^[\s,，:：]+/, '').trim() });
  }
  return out;
}

function kindOf(text: string, first: boolean): LogKind {
  if (/分派|转交|转派|分配|指派|派单|移交/.test(text)) return '分派';
  if (first && /接收|受理|登记|记录|接到|收到(?:反馈|投诉|建议)/.test(text)) return '受理';
  if (/升级|上报/.test(text)) return '升级';
  if (/回访/.test(text)) return '回访';
  if (/变更/.test(text)) return '变更';
  if (/联系客户|告知|通知客户|回复客户|致电|客户(?:确认|回复|反馈|表示)|致歉/.test(text)) return '沟通';
  return '进度';
}

const STATUS_AFTER: Partial<Record<LogKind, Status>> = { 受理: '待受理', 分派: '处理中' };

const actorOf = (text: string): string => ROLE.exec(text)?.[0] ?? NAMED.exec(text)?.[0] ?? '';

function splitCustomerInfo(text: string): CompoundSplit {
  const parts = text.split(/[,，;；/、|\s]+/).map((p) => p.trim()).filter(Boolean);
  const isContact = (p: string): boolean => /@/.test(p) || (p.match(/\d/g)?.length ?? 0) >= 4;
  const contact = parts.filter(isContact).join(' ');
  const name = parts.filter((p) => !isContact(p)).join(' ');
  return { fields: { customerName: name, contact }, log: [] };
}

function splitProblem(text: string): CompoundSplit {
  const fields: Partial<Ticket> = {};
  let description = text;
  // The literal test first: the expression scans punctuation runs of long text at every position.
  const u = text.includes('紧急') || text.includes('优先级') ? URGENCY.exec(text) : null;
  if (u) {
    const level = normalizeLevel(u[1]);
    if (level) {
      fields.urgency = level;
      description = (text.slice(0, u.index) + text.slice(u.index + u[0].length)).trim();
    }
  }
  fields.description = description.replace(/[，,;；\s]+$/, '');
  const d = FULL_STAMP.exec(text);
  const dateHint = d && isValidDay(+d[1], +d[2], +d[3]) ? localDateTime(+d[1], +d[2], +d[3]).slice(0, 10) : undefined;
  return { fields, log: [], ...(dateHint ? { dateHint } : {}) };
}

function splitProcess(text: string, ctx: CompoundContext): CompoundSplit {
  const segments = timedSegments(text, ctx);
  const fields: Partial<Ticket> = {};
  const log: CompoundLogLine[] = segments.map((s, i) => {
    const kind = kindOf(s.text, i === 0);
    return { at: s.at, kind, content: s.text, by: actorOf(s.text), status: STATUS_AFTER[kind] ?? null };
  });
  const timed = log.filter((l) => l.at);
  if (timed.length > 0) fields.receivedAt = timed[0].at;
  if (timed.length > 1) fields.firstResponseAt = timed[1].at;
  for (const s of segments) {
    const a = ASSIGN.exec(s.text);
    if (a) {
      fields.department = a[1];
      if (a[2]) fields.owner = a[2].replace(/(处理|跟进|负责|解决|评估)$/, '');
    }
    const c = CLASSIFIED.exec(s.text);
    if (c) {
      fields.subcategory = c[1].trim();
      const category = normalizeCategory(c[1]);
      if (category) fields.category = category;
    }
  }
  const last = log[log.length - 1];
  if (last) {
    fields.progress = last.content;
    if (last.at) fields.lastUpdateAt = last.at;
  }
  return { fields, log };
}

/** Channel words of a contact note, earliest mention wins; `上门` is a visit, `远程` goes with its medium. */
const CHANNEL_WORDS: [RegExp, string][] = [
  [/企业微信|微信/, '微信'],
  [/邮件|邮箱|e-?mail/i, '邮件'],
  [/短信/, '短信'],
  [/视频/, '视频'],
  [/上门|现场/, '上门'],
  [/电话|致电|来电|回电|通话/, '电话'],
  [/在线客服|在线平台|在线|APP消息|系统消息/i, '在线'],
];
const CONTACT_VERB = /联系|沟通|致电|告知|通知|回复|答复|回访|致歉|道歉|解释|指导|安抚|客户(?:反馈|表示|确认|回复|要求|同意|称|说)/;
/** `下一步：…`, `下一步计划…`, `后续安排…`, or a clause that starts with 计划. */
const NEXT_STEP = /(?:^|[，,。;；\s])(?:下一步(?:计划)?|下步(?:计划)?|后续(?:计划|安排)|计划)\s*[:：]?\s*/;
const TRAILING = /[，,。;；\s]+$/;

function channelIn(text: string): string {
  let best = '';
  let at = Infinity;
  for (const [re, name] of CHANNEL_WORDS) {
    const m = re.exec(text);
    if (m && m.index < at) {
      at = m.index;
      best = name;
    }
  }
  return best;
}

/** Splits a contact note into what happened and the planned next step. */
function nextStepOf(text: string): { content: string; nextStep: string } {
  const m = NEXT_STEP.exec(text);
  if (!m) return { content: text, nextStep: '' };
  const nextStep = text.slice(m.index + m[0].length).replace(TRAILING, '').trim();
  const before = text.slice(0, m.index).replace(TRAILING, '').trim();
  if (!nextStep) return { content: text, nextStep: '' };
  return { content: before || text, nextStep };
}

/** Seed 004's 沟通记录: one line per contact or progress note; a sentence end before a time starts a new one. */
function splitContactLog(text: string, ctx: CompoundContext): CompoundSplit {
  const separated = text.replace(/。\s*(?=\d{4}\s*[-/.年]|\d{1,2}\s*月\s*\d{1,2}|\d{1,2}\s*[:：]\s*\d{2})/g, '。\n');
  const log: CompoundLogLine[] = timedSegments(separated, ctx).map((s) => {
    const { content, nextStep } = nextStepOf(s.text);
    const channel = channelIn(content);
    // Calls, mails and messages are contact; a visit (上门) is work unless a contact verb says otherwise.
    const kind: LogKind = (channel && channel !== '上门') || CONTACT_VERB.test(content) ? '沟通' : '进度';
    return { at: s.at, kind, content, by: actorOf(content), status: null, channel, nextStep };
  });
  // The latest line: the last of the latest time (undated lines only when none is dated).
  let latest = log[log.length - 1];
  for (const l of log) if (l.at && (!latest.at || l.at >= latest.at)) latest = l;
  const fields: Partial<Ticket> = {};
  if (latest) {
    fields.progress = latest.content;
    if (latest.at) fields.lastUpdateAt = latest.at;
    if (latest.nextStep) fields.followUp = latest.nextStep;
  }
  return { fields, log };
}

function splitResult(text: string, ctx: CompoundContext): CompoundSplit {
  const segments = timedSegments(text, ctx);
  const fields: Partial<Ticket> = {};
  const said: string[] = [];
  const done: string[] = [];
  const log: CompoundLogLine[] = segments.map((s, i) => {
    // Several clauses in one segment: `14:30客户确认收到，反馈满意` is all the customer's.
    const fromCustomer = CUSTOMER_SAYS.test(s.text) && i > 0;
    (fromCustomer ? said : done).push(s.text);
    const kind: LogKind = i === 0 ? '结果' : fromCustomer ? '沟通' : kindOf(s.text, false);
    return { at: s.at, kind, content: s.text, by: actorOf(s.text), status: i === 0 ? '已完成' : null };
  });
  // A single segment may hold result and feedback: `…寄出，客户确认收到，反馈满意`.
  if (said.length === 0 && done.length === 1) {
    const m = /[，,]\s*(客户(?:确认|回复|反馈|表示|评价).*)$/.exec(done[0]);
    if (m) {
      said.push(m[1]);
      done[0] = done[0].slice(0, m.index);
    }
  }
  fields.result = done.join('；');
  fields.feedback = said.join('；');
  const firstAt = segments.find((s) => s.at)?.at;
  if (firstAt) fields.resolvedAt = firstAt;
  const score = said.length > 0 ? satisfactionInText(said.join(' ')) : null;
  if (score !== null) fields.satisfaction = score;
  const last = log[log.length - 1];
  if (last?.at) fields.lastUpdateAt = last.at;
  return { fields, log };
}

function splitArchive(text: string, ctx: CompoundContext): CompoundSplit {
  const body = nfkc(text).replace(/^\s*(归档时间|歸檔時間|归档日期|归档)\s*[:：]?\s*/, '');
  const at = parseDateTime(body, { year: ctx.year });
  const fields: Partial<Ticket> = at ? { archivedAt: at, status: '已关闭' } : {};
  return { fields, log: [] };
}

export function splitCompound(kind: CompoundKind, value: unknown, ctx: CompoundContext = {}): CompoundSplit {
  try {
    const text = cellText(value);
    if (!text) return { fields: {}, log: [] };
    switch (kind) {
      case '客户信息':
        return splitCustomerInfo(text);
      case '问题详情':
        return splitProblem(text);
      case '处理过程':
        return splitProcess(text, ctx);
      case '沟通记录':
        return splitContactLog(text, ctx);
      case '结果与反馈':
        return splitResult(text, ctx);
      case '归档信息':
        return splitArchive(text, ctx);
      case '沟通日期':
      case '沟通时间': {
        const at = parseDateTime(value, { year: ctx.year });
        return { fields: at ? { receivedAt: at } : {}, log: [] };
      }
      default:
        return { fields: {}, log: [] };
    }
  } catch {
    return { fields: {}, log: [] };
  }
}
