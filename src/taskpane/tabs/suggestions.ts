import type { PriorityReason } from '../../core/priority/derivePriority';
import type { Translator } from '../i18n';

/** Reads the engine's suggestions into { value, reasons } whatever shape each one has. */
export interface Suggested {
  value: string;
  reasons: string[];
}

export function readSuggested(x: unknown): Suggested | null {
  if (x === null || x === undefined || x === '') return null;
  if (typeof x === 'string' || typeof x === 'number') return { value: String(x), reasons: [] };
  if (typeof x === 'object') {
    const o = x as Record<string, unknown>;
    const v = o.value ?? o.level ?? o.category ?? o.department ?? o.owner ?? o.name;
    if (v === null || v === undefined || v === '') return null;
    const r = Array.isArray(o.reasons) ? o.reasons : o.reason ? [o.reason] : [];
    return { value: String(v), reasons: r.map(String).filter(Boolean) };
  }
  return null;
}

/**
 * One priority reason in the pane's display language. Levels and categories go through enumLabel;
 * the keyword and its configured reason word stay as the supervisor typed them in Config_Keywords.
 */
export function priorityReasonLabel(r: PriorityReason, t: Translator): string {
  switch (r.code) {
    case 'urgency':
      return t('newReasonUrgency', { level: t.enumLabel(r.level) });
    case 'keyword':
      return r.reason
        ? t('newReasonKeywordWhy', { keyword: r.keyword, reason: r.reason })
        : t('newReasonKeyword', { keyword: r.keyword });
    case 'category':
      return t('newReasonCategory', { category: t.enumLabel(r.category) });
    case 'categoryNoUrgency':
      return t('newReasonCategoryNoUrgency', { category: t.enumLabel(r.category) });
    case 'default':
      return t('newReasonDefault', { level: t.enumLabel(r.level) });
    case 'vip':
      return t('newReasonVip');
  }
}
