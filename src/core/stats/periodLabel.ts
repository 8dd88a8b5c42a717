/** Human labels of a statistics period (seed 003's 统计周期 column: 2024年3月). */
import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { zhCN } from 'date-fns/locale/zh-CN';
import { zhTW } from 'date-fns/locale/zh-TW';
import type { Locale } from '../schema/fieldMeta';
import { dateOf, fromMinutes, toMinutes } from '../time/localDateTime';
import { toUtcDate, type Period } from './period';
import { word, words } from '../i18n/words';

const DATE_FNS_LOCALES = { 'zh-CN': zhCN, 'zh-TW': zhTW, 'en-US': enUS } as const;
const RANGE_JOIN: Record<Locale, string> = words('period.rangeJoin');

/** The last day inside a period (its end is exclusive). */
export const lastDayOf = (p: Period): string => dateOf(fromMinutes(toMinutes(p.end) - 1));

export function periodLabel(p: Period, locale: Locale = 'zh-CN'): string {
  const start = toUtcDate(p.start);
  const opts = { locale: DATE_FNS_LOCALES[locale] };
  switch (p.kind) {
    case 'month':
      return format(start, word('period.monthFormat', locale), opts);
    case 'quarter':
      return format(start, word('period.quarterFormat', locale), opts);
    default:
      return `${dateOf(p.start)}${RANGE_JOIN[locale]}${lastDayOf(p)}`;
  }
}
