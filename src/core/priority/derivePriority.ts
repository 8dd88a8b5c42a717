/**
 * Priority from urgency, keywords and customer level (seed 000 三、优先级设定; seed 004):
 * - 高 when urgency is 高, or the text names a 高 keyword of settings.priorityKeywords
 *   (serious loss, safety risk, business stoppage, strong complaint);
 * - 低 for plain information requests and suggestions: category 咨询/建议 with a 低 keyword, or
 *   with no urgency given, and no 高 keyword;
 * - otherwise the urgency, else 中;
 * - a VIP customer is raised one level when settings.vipRaisesPriority.
 * The reasons are shown in the pane, so an agent sees why a row is 高. `details` carries them as
 * codes plus params so the pane can word them in its display language; `reasons` is the same list
 * worded in zh-CN (for the CLI and the workbook).
 */
import type { Category, Level } from '../schema/enums';
import type { Ticket } from '../schema/ticket';
import type { PriorityKeyword, Settings } from '../settings/settings';
import { containsKeywordInFields, foldText } from './matchText';

/**
 * One reason for a priority, as data. The keyword and the configured reason word (Config_Keywords)
 * are kept exactly as the supervisor typed them; levels and categories are canonical enum values.
 */
export type PriorityReason =
  /** Urgency given on the ticket decides the level. */
  | { code: 'urgency'; level: Level }
  /** A keyword of settings.priorityKeywords was found; `reason` may be ''. */
  | { code: 'keyword'; keyword: string; reason: string }
  /** A plain information request or suggestion (咨询/建议). */
  | { code: 'category'; category: Category }
  /** A plain request with no urgency given. */
  | { code: 'categoryNoUrgency'; category: Category }
  /** Nothing else applied. */
  | { code: 'default'; level: Level }
  /** A VIP customer raised one level. */
  | { code: 'vip' };

export interface PriorityResult {
  level: Level;
  /** The reasons worded in zh-CN, in the order of `details`. */
  reasons: string[];
  details: PriorityReason[];
}

/** The zh-CN wording of one reason (the pane words them through its own message files). */
export function priorityReasonText(r: PriorityReason): string {
  switch (r.code) {
    case 'urgency':
      return `紧急程度为${r.level}`;
    case 'keyword':
      return r.reason ? `关键词「${r.keyword}」（${r.reason}）` : `关键词「${r.keyword}」`;
    case 'category':
      return `${r.category}类`;
    case 'categoryNoUrgency':
      return `${r.category}类，未注明紧急程度`;
    case 'default':
      return `默认为${r.level}`;
    case 'vip':
      return 'VIP客户，提升一级';
  }
}

const RAISE: Record<Level, Level> = { 低: '中', 中: '高', 高: '高' };
const PLAIN_CATEGORIES = new Set(['咨询', '建议']);

type PriorityInput = Pick<
  Ticket,
  'urgency' | 'category' | 'customerLevel' | 'subject' | 'description' | 'expectation' | 'feedback'
>;

const keywordReason = (k: PriorityKeyword): PriorityReason => ({ code: 'keyword', keyword: k.keyword, reason: k.reason });

/** The keywords of one level found in the ticket's folded fields (subject, description, expectation, feedback). */
export function matchedKeywords(
  foldedFields: readonly string[],
  keywords: readonly PriorityKeyword[],
  level: '高' | '低',
): PriorityKeyword[] {
  return keywords.filter((k) => k.level === level && containsKeywordInFields(foldedFields, k.keyword));
}

/** Each field folded on its own, so a keyword never spans two fields. */
const priorityFields = (t: PriorityInput): string[] => [t.subject, t.description, t.expectation, t.feedback].map(foldText);

export function derivePriority(t: PriorityInput, settings: Settings): PriorityResult {
  const text = priorityFields(t);
  const high = matchedKeywords(text, settings.priorityKeywords, '高');
  const reasons: PriorityReason[] = [];
  let level: Level;
  if (t.urgency === '高') {
    level = '高';
    reasons.push({ code: 'urgency', level: '高' });
    reasons.push(...high.map(keywordReason));
  } else if (high.length > 0) {
    level = '高';
    reasons.push(...high.map(keywordReason));
  } else {
    const plain = t.category !== null && PLAIN_CATEGORIES.has(t.category) ? t.category : null;
    const low = plain !== null ? matchedKeywords(text, settings.priorityKeywords, '低') : [];
    if (plain !== null && low.length > 0) {
      level = '低';
      reasons.push({ code: 'category', category: plain }, ...low.map(keywordReason));
    } else if (plain !== null && t.urgency === null) {
      level = '低';
      reasons.push({ code: 'categoryNoUrgency', category: plain });
    } else if (t.urgency !== null) {
      level = t.urgency;
      reasons.push({ code: 'urgency', level: t.urgency });
    } else {
      level = '中';
      reasons.push({ code: 'default', level: '中' });
    }
  }
  if (settings.vipRaisesPriority && t.customerLevel === 'VIP' && level !== '高') {
    level = RAISE[level];
    reasons.push({ code: 'vip' });
  }
  return { level, reasons: reasons.map(priorityReasonText), details: reasons };
}
