/** Words the plan writes into the workbook, in the three locales. */
import { FIELD_META, type Locale } from '../../core/schema/fieldMeta';
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
