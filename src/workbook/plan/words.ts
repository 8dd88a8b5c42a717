/** Words the plan writes into the workbook, in the three locales. */
import { fieldWord } from '../../core/i18n/fieldVocabulary';
import { wordFor } from '../../core/i18n/vocabulary';
import { FIELD_META, type Locale } from '../../core/schema/fieldMeta';
import { EMPTY_LABEL } from '../../core/stats/classification';
import { exactCriterion } from './names';
import type { TicketField } from '../../core/schema/ticket';

export const W = (zhCN: string, zhTW: string, en: string): Record<Locale, string> => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, 'en-US': en });

export const PERIOD_WORDS = {
  title: W('服务统计报表', '服務統計報表', 'Service statistics'),
  start: W('期间开始', '期間開始', 'Period start'),
  end: W('期间结束（不含）', '期間結束（不含）', 'Period end (exclusive)'),
  asOf: W('统计时点', '統計時點', 'As of'),
  coloursAsOf: W('颜色时点（红/黄行）', '顏色時點（紅/黃列）', 'Colours as of (red/amber rows)'),
  weekOf: W('周（周一）', '週（週一）', 'Week of (Mon)'),
  received: W('受理量', '受理量', 'Received'),
  total: W('合计', '合計', 'Total'),
};

/** The label of a ticket field, or the name itself when it is not one. */
export function fieldText(field: string, locale: Locale): string {
  return field in FIELD_META ? FIELD_META[field as TicketField].labels[locale] : field;
}

/**
 * A value a statistic is broken down by, as the Tickets cells of a workbook in `locale` hold it
 * (so COUNTIFS criteria match them); the empty row reads (空) / (blank).
 * @example statValue('status', '处理中', 'en-US') // → 'In progress'
 */
export const statValue = (field: string, value: string, locale: Locale): string => (value === EMPTY_LABEL ? wordFor('blank', value, locale) : fieldWord(field, value, locale));

/**
 * A COUNTIFS criterion matching the cells that hold `value` of `field` in a workbook in `locale`
 * (blank cells for the empty row).
 * @example valueCriterion('status', '处理中', 'en-US') // → '"=In progress"'
 */
export const valueCriterion = (field: string, value: string, locale: Locale): string => exactCriterion(value === EMPTY_LABEL ? value : fieldWord(field, value, locale));
