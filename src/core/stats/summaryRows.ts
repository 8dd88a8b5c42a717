/**
 * Rows of the Stats_Summary sheet: one figure per row with its previous-period value and the
 * change, labelled in the workbook's locale. `format` tells the writer which number format to use.
 */
import { wordFor } from '../i18n/vocabulary';
import { LEVELS, type Level } from '../schema/enums';
import { EMPTY_LABEL } from './classification';
import type { Locale } from '../schema/fieldMeta';
import { roundTo } from './numbers';
import { periodLabel } from './periodLabel';
import type { PeriodFigures, StatsReport, TopType } from './types';

export type SummaryFormat = 'text' | 'count' | 'rate' | 'hours' | 'score';

export interface SummaryRow {
  key: string;
  label: string;
  value: string | number | null;
  previous: string | number | null;
  /** value − previous for numbers (rates in fraction points); null for text or a missing side. */
  change: number | null;
  format: SummaryFormat;
}

type Labels = Record<Locale, string>;
const L = (zhCN: string, zhTW: string, en: string): Labels => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, 'en-US': en });

const LEVEL_LABELS: Record<Level, Labels> = { 高: L('高', '高', 'high'), 中: L('中', '中', 'medium'), 低: L('低', '低', 'low') };
const DIGITS: Record<SummaryFormat, number> = { text: 0, count: 0, rate: 4, hours: 1, score: 2 };

interface Spec {
  key: string;
  labels: Labels;
  format: SummaryFormat;
  pick: (f: PeriodFigures, locale: Locale) => string | number | null;
}

const topTypeText = (t: TopType | undefined, locale: Locale): string | null => (t ? `${t.category === EMPTY_LABEL ? wordFor('blank', t.category, locale) : wordFor('category', t.category, locale)} ${t.count} (${t.share.toFixed(1)}%)` : null);

/** One row per rating dimension, after the overall satisfaction rows. */
function dimensionSpecs(dims: readonly string[]): Spec[] {
  return dims.map((d) => ({
    key: `ratings.${d}`,
    labels: L(`分项满意度·${d}`, `分項滿意度·${d}`, `Satisfaction · ${d}`),
    format: 'score' as const,
    pick: (f: PeriodFigures) => f.ratingsByDimension.find((x) => x.dimension === d)?.mean ?? null,
  }));
}

function specs(dims: readonly string[]): Spec[] {
  const base: Spec[] = [
    { key: 'period', labels: L('统计周期', '統計週期', 'Period'), format: 'text', pick: (f, l) => periodLabel(f.period, l) },
    { key: 'asOf', labels: L('统计时点', '統計時點', 'As of'), format: 'text', pick: (f) => f.asOf.replace('T', ' ') },
    { key: 'received', labels: L('受理量', '受理量', 'Tickets received'), format: 'count', pick: (f) => f.received },
    { key: 'resolved', labels: L('解决量', '解決量', 'Tickets resolved'), format: 'count', pick: (f) => f.resolved },
    { key: 'backlog', labels: L('期末积压', '期末積壓', 'Open at period end'), format: 'count', pick: (f) => f.backlog },
    { key: 'overdueOpen', labels: L('超时未结', '逾時未結', 'Overdue open'), format: 'count', pick: (f) => f.overdueOpen },
    { key: 'onTimeResponseRate', labels: L('按时响应率', '按時回應率', 'On-time response rate'), format: 'rate', pick: (f) => f.onTimeResponseRate },
    { key: 'onTimeResolutionRate', labels: L('按时解决率', '按時解決率', 'On-time resolution rate'), format: 'rate', pick: (f) => f.onTimeResolutionRate },
    { key: 'responseUnknown', labels: L('响应时间未知', '回應時間未知', 'Response time unknown'), format: 'count', pick: (f) => f.responseUnknown },
    { key: 'resolutionUnknown', labels: L('解决时间未知', '解決時間未知', 'Resolution time unknown'), format: 'count', pick: (f) => f.resolutionUnknown },
  ];
  const hours: Spec[] = LEVELS.flatMap((lv): Spec[] => [
    {
      key: `resolutionHours.${lv}.mean`,
      labels: L(`平均解决时长（${lv}，小时）`, `平均解決時長（${lv}，小時）`, `Mean resolution hours (${LEVEL_LABELS[lv]['en-US']})`),
      format: 'hours',
      pick: (f) => f.resolutionHours[lv].mean,
    },
    {
      key: `resolutionHours.${lv}.median`,
      labels: L(`解决时长中位数（${lv}，小时）`, `解決時長中位數（${lv}，小時）`, `Median resolution hours (${LEVEL_LABELS[lv]['en-US']})`),
      format: 'hours',
      pick: (f) => f.resolutionHours[lv].median,
    },
  ]);
  const rest: Spec[] = [
    { key: 'csat.mean', labels: L('满意度均分', '滿意度均分', 'CSAT mean'), format: 'score', pick: (f) => f.csat.mean },
    { key: 'csat.satisfiedShare', labels: L('满意占比（4–5分）', '滿意佔比（4–5分）', 'Satisfied share (4–5)'), format: 'rate', pick: (f) => f.csat.satisfiedShare },
    { key: 'csat.count', labels: L('评分数', '評分數', 'Ratings'), format: 'count', pick: (f) => f.csat.count },
    { key: 'reopened', labels: L('重新打开数', '重新打開數', 'Reopened'), format: 'count', pick: (f) => f.reopened },
  ];
  const top: Spec[] = [0, 1, 2, 3, 4].map((i) => ({
    key: `topTypes.${i + 1}`,
    labels: L(`高频问题类型 ${i + 1}`, `高頻問題類型 ${i + 1}`, `Top problem type ${i + 1}`),
    format: 'text' as const,
    pick: (f: PeriodFigures, l: Locale) => topTypeText(f.topTypes[i], l),
  }));
  return [...base, ...hours, ...rest.slice(0, 3), ...dimensionSpecs(dims), ...rest.slice(3), ...top];
}

/** Label/value/previous/change rows of the Stats_Summary sheet. */
export function statsSummaryRows(report: StatsReport, locale: Locale = 'zh-CN'): SummaryRow[] {
  return specs(report.ratingsByDimension.map((d) => d.dimension)).map((s) => {
    const value = s.pick(report, locale);
    const previous = s.pick(report.previous, locale);
    const change = typeof value === 'number' && typeof previous === 'number' ? roundTo(value - previous, DIGITS[s.format]) : null;
    return { key: s.key, label: s.labels[locale], value, previous, change, format: s.format };
  });
}
