/**
 * Priority from urgency, keywords and customer level (seed 000 三、优先级设定; seed 004):
 * - 高 when urgency is 高, or the text names a 高 keyword of settings.priorityKeywords
 *   (serious loss, safety risk, business stoppage, strong complaint);
 * - 低 for plain information requests and suggestions: category 咨询/建议 with a 低 keyword, or
 *   with no urgency given, and no 高 keyword;
 * - otherwise the urgency, else 中;
 * - a VIP customer is raised one level when settings.vipRaisesPriority.
 * The reasons are shown in the pane, so an agent sees why a row is 高.
 */
import type { Level } from '../schema/enums';
import type { Ticket } from '../schema/ticket';
import type { PriorityKeyword, Settings } from '../settings/settings';
import { containsKeyword, foldText } from './matchText';

export interface PriorityResult {
  level: Level;
  reasons: string[];
}

const RAISE: Record<Level, Level> = { 低: '中', 中: '高', 高: '高' };
const PLAIN_CATEGORIES = new Set(['咨询', '建议']);

type PriorityInput = Pick<
  Ticket,
  'urgency' | 'category' | 'customerLevel' | 'subject' | 'description' | 'expectation' | 'feedback'
>;

const keywordReason = (k: PriorityKeyword): string =>
  k.reason ? `关键词「${k.keyword}」（${k.reason}）` : `关键词「${k.keyword}」`;

/** The keywords of one level found in the ticket's folded text (subject, description, expectation, feedback). */
export function matchedKeywords(
  foldedText: string,
  keywords: readonly PriorityKeyword[],
  level: '高' | '低',
): PriorityKeyword[] {
  return keywords.filter((k) => k.level === level && containsKeyword(foldedText, k.keyword));
}

const priorityText = (t: PriorityInput): string =>
  foldText([t.subject, t.description, t.expectation, t.feedback].join('\n'));

export function derivePriority(t: PriorityInput, settings: Settings): PriorityResult {
  const text = priorityText(t);
  const high = matchedKeywords(text, settings.priorityKeywords, '高');
  const reasons: string[] = [];
  let level: Level;
  if (t.urgency === '高') {
    level = '高';
    reasons.push('紧急程度为高');
    reasons.push(...high.map(keywordReason));
  } else if (high.length > 0) {
    level = '高';
    reasons.push(...high.map(keywordReason));
  } else {
    const low =
      t.category !== null && PLAIN_CATEGORIES.has(t.category)
        ? matchedKeywords(text, settings.priorityKeywords, '低')
        : [];
    if (low.length > 0) {
      level = '低';
      reasons.push(`${t.category}类`, ...low.map(keywordReason));
    } else if (t.category !== null && PLAIN_CATEGORIES.has(t.category) && t.urgency === null) {
      level = '低';
      reasons.push(`${t.category}类，未注明紧急程度`);
    } else if (t.urgency !== null) {
      level = t.urgency;
      reasons.push(`紧急程度为${t.urgency}`);
    } else {
      level = '中';
      reasons.push('默认为中');
    }
  }
  if (settings.vipRaisesPriority && t.customerLevel === 'VIP' && level !== '高') {
    level = RAISE[level];
    reasons.push('VIP客户，提升一级');
  }
  return { level, reasons };
}
