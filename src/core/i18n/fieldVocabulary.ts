/** Which ticket fields hold vocabulary words, and a ticket field's value in a locale. */
import type { Locale } from '../schema/fieldMeta';
import type { TicketField } from '../schema/ticket';
import { wordFor, type VocabularyKind } from './vocabulary';

export const FIELD_VOCABULARY: Partial<Record<TicketField, VocabularyKind>> = {
  channel: 'channel',
  category: 'category',
  subcategory: 'subcategory',
  urgency: 'level',
  priority: 'level',
  emotion: 'emotion',
  status: 'status',
  department: 'department',
  customerLevel: 'customerLevel',
  escalation: 'escalation',
  slaState: 'slaState',
};

/**
 * A ticket field's value as a cell of a workbook in `locale` (fields outside the vocabulary unchanged).
 * @example fieldWord('status', '已关闭', 'zh-TW') // → '已關閉'
 * @example fieldWord('subject', '已关闭', 'en-US') // → '已关闭'
 */
export function fieldWord(field: string, value: string, locale: Locale): string {
  const kind = FIELD_VOCABULARY[field as TicketField];
  return kind ? wordFor(kind, value, locale) : value;
}
