/** Human labels of a statistics period (seed 003's 统计周期 column: 2024年3月). */
import { format } from 'date-fns';
import { enUS, zhCN, zhTW } from 'date-fns/locale';
import type { Locale } from '../schema/fieldMeta';
import { dateOf, fromMinutes, toMinutes } from '../time/localDateTime';
import { toUtcDate, type Period } from './period';

const DATE_FNS_LOCALES = { 'zh-CN': zhCN, 'zh-TW': zhTW, 'en-US': enUS } as const;
const RANGE_JOIN: Record<Locale, string> = { 'zh-CN': ' 至 ', 'zh-TW': ' 至 ', 'en-US': ' – ' };

/** The last day inside a period (its end is exclusive). */
export const lastDayOf = (p: Period): string => dateOf(fromMinutes(toMinutes(p.end) - 1));

export function periodLabel(p: Period, locale: Locale = 'zh-CN'): string {
  const start = toUtcDate(p.start);
  const opts = { locale: DATE_FNS_LOCALES[locale] };
  switch (p.kind) {
    case 'month':
      return format(start, locale === 'en-US' ? 'MMM yyyy' : 'yyyy年M月', opts);
    case 'quarter':
      return format(start, locale === 'en-US' ? "'Q'Q yyyy" : locale === 'zh-TW' ? "yyyy年'第'Q'季'" : "yyyy年'第'Q'季度'", opts);
    default:
      return `${dateOf(p.start)}${RANGE_JOIN[locale]}${lastDayOf(p)}`;
  }
}
