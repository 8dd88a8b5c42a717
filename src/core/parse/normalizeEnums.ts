/**
 * Closed-list cells → canonical values. Each vocabulary lists the spellings found in the seeds
 * (and their Traditional/English twins, matched through `normalizeKey`). Null when unknown.
 *
 * Decisions from the seeds: 需求/需求类 (seed 001: "需求/建议类：产品部门评估可行性") → 建议;
 * 问题类, 故障维修, 售后维修 (seed 004) → 故障; 使用指导 → 咨询; 投诉处理 → 投诉; 功能建议 → 建议;
 * 待处理 (seed 004's initial status) → 待受理; 一般 as urgency (seed 001) → 低, 重要 → 中, 紧急 → 高.
 */
import { CATEGORIES, CUSTOMER_LEVELS, LEVELS, STATUSES, type Category, type CustomerLevel, type Level, type Status } from '../schema/enums';
import { VOCABULARY, type VocabularyKind } from '../i18n/vocabulary';
import { normalizeKey } from '../text/normalizeKey';
import { cellText } from './cell';

type Vocabulary<T extends string> = Record<T, string[]>;

const CATEGORY_WORDS: Vocabulary<Category> = {
  咨询: ['咨询类', '咨询问题', '产品咨询', '使用咨询', '信息咨询', '业务咨询', '使用指导', '咨询解答', '查询', '信息查询', '询问', 'consultation', 'inquiry', 'enquiry', 'question', 'consult'],
  投诉: ['投诉类', '投诉处理', '服务投诉', '投诉建议', 'complaint', 'complaints'],
  建议: ['建议类', '功能建议', '产品建议', '改进建议', '需求', '需求类', '需求建议', '需求/建议', 'suggestion', 'suggestions', 'feedback', 'feature request', 'request'],
  变更: ['变更类', '变更申请', '信息变更', '订单变更', '需求变更', '服务变更', 'change', 'change request'],
  故障: ['故障类', '问题类', '故障维修', '产品故障', '售后维修', '维修', '技术问题', '售后异常', '异常', 'fault', 'incident', 'bug', 'repair', 'problem', 'issue'],
  其他: ['其他类', '其它', '其它类', '合作洽谈', 'other', 'others'],
};

const STATUS_WORDS: Vocabulary<Status> = {
  待受理: ['待处理', '未处理', '未受理', '新建', '新工单', '待分派', '待分配', 'new', 'open', 'pending', 'to do', 'todo'],
  处理中: ['进行中', '跟进中', '处理', '已受理', '已分派', '已接收', '已联系客户', '已排查故障', '等待备件', 'in progress', 'processing', 'working'],
  协调中: ['协调', '跨部门协调', '需跨部门协调', 'coordinating'],
  等待客户: ['等待客户', '待客户确认', '待客户回复', '等待客户回复', '等待客户确认', '等待反馈', '待确认', 'waiting for customer', 'pending customer', 'on hold'],
  已完成: ['完成', '已解决', '解决', '已处理', '处理完成', '已办结', '办结', 'done', 'resolved', 'completed', 'complete', 'finished'],
  已关闭: ['关闭', '已归档', '归档', '结案', '已结案', 'closed', 'close', 'archived'],
  重新打开: ['重开', '重新开启', '已重开', '重新处理', '二次处理', 'reopened', 'reopen'],
};

const LEVEL_WORDS: Vocabulary<Level> = {
  高: ['紧急', '高优先级', '高优', '非常紧急', '特急', '加急', '急', 'high', 'urgent', 'critical', 'p1'],
  中: ['重要', '中优先级', '中等', '常规', '普通', 'medium', 'normal', 'p2'],
  低: ['一般', '低优先级', '非紧急', '不紧急', 'low', 'minor', 'p3'],
};

const CUSTOMER_LEVEL_WORDS: Vocabulary<CustomerLevel> = {
  VIP: ['vip客户', 'vip会员', '会员', '贵宾', '重要客户', '大客户', '重点客户', 'svip', 'key account'],
  普通: ['普通客户', '一般客户', '普通会员', '非会员', 'regular', 'normal', 'standard'],
};

/** Keys of the canonical values, their zh-TW and en-US words (core/i18n/vocabulary), then the seeds' spellings. */
function index<T extends string>(canon: readonly T[], kind: VocabularyKind, words: Vocabulary<T>): Map<string, T> {
  const m = new Map<string, T>();
  const vocabulary = VOCABULARY[kind] as Record<string, { 'zh-TW': string; 'en-US': string }>;
  for (const c of canon) m.set(normalizeKey(c), c);
  for (const c of canon) for (const w of [vocabulary[c]['zh-TW'], vocabulary[c]['en-US']]) if (!m.has(normalizeKey(w))) m.set(normalizeKey(w), c);
  for (const c of canon) for (const w of words[c]) if (!m.has(normalizeKey(w))) m.set(normalizeKey(w), c);
  return m;
}

const lookups = {
  category: index(CATEGORIES, 'category', CATEGORY_WORDS),
  status: index(STATUSES, 'status', STATUS_WORDS),
  level: index(LEVELS, 'level', LEVEL_WORDS),
  customerLevel: index(CUSTOMER_LEVELS, 'customerLevel', CUSTOMER_LEVEL_WORDS),
};

/** Looks a cell up by key; `高优先级（紧急）` loses its annotation first, `咨询类问题` its trailing noise. */
function lookup<T extends string>(m: Map<string, T>, v: unknown): T | null {
  const key = normalizeKey(cellText(v));
  if (!key) return null;
  return m.get(key) ?? m.get(key.replace(/(问题|需求|工单)$/, '')) ?? null;
}

export const normalizeCategory = (v: unknown): Category | null => lookup(lookups.category, v);
export const normalizeStatus = (v: unknown): Status | null => lookup(lookups.status, v);
export const normalizeLevel = (v: unknown): Level | null => lookup(lookups.level, v);
export const normalizeCustomerLevel = (v: unknown): CustomerLevel | null => lookup(lookups.customerLevel, v);

/** The list entry whose key equals the cell's (so `在線客服` meets `在线客服`), else null. */
export function matchListValue(v: unknown, list: readonly string[]): string | null {
  const key = normalizeKey(cellText(v));
  if (!key) return null;
  if (list.length <= 2) return list.find((x) => normalizeKey(x) === key) ?? null;
  let index = listIndexes.get(list);
  if (!index) {
    index = new Map();
    for (const x of list) if (!index.has(normalizeKey(x))) index.set(normalizeKey(x), x);
    listIndexes.set(list, index);
  }
  return index.get(key) ?? null;
}

/** Keys of each list, built once per list array (settings lists are not edited in place). */
const listIndexes = new WeakMap<readonly string[], Map<string, string>>();
