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
import { word, words, type WorkbookWordKey } from '../i18n/words';
import type { MessageParams } from '../i18n/fillPlaceholders';

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
const withParams = (key: WorkbookWordKey, params: MessageParams): Labels => ({ 'zh-CN': word(key, 'zh-CN', params), 'zh-TW': word(key, 'zh-TW', params), 'en-US': word(key, 'en-US', params) });

const LEVEL_LABELS: Record<Level, Labels> = { 高: words('summary.level.high'), 中: words('summary.level.medium'), 低: words('summary.level.low') };
/** A label naming a priority level in each locale's own word for it. */
const levelLabels = (key: WorkbookWordKey, lv: Level): Labels => ({
  'zh-CN': word(key, 'zh-CN', { level: LEVEL_LABELS[lv]['zh-CN'] }),
  'zh-TW': word(key, 'zh-TW', { level: LEVEL_LABELS[lv]['zh-TW'] }),
  'en-US': word(key, 'en-US', { level: LEVEL_LABELS[lv]['en-US'] }),
});
const DIGITS: Record<SummaryFormat, number> = { text: 0, count: 0, rate: 4, hours: 1, score: 2 };

interface Spec {
  key: string;
  labels: Labels;
  format: SummaryFormat;
  pick: (f: PeriodFigures, locale: Locale) => string | number | null;
}

const topTypeText = (t: TopType | undefined, locale: Locale): string | null => (t ? `${t.category === EMPTY_LABEL ? wordFor('blank', t.category, locale) : wordFor('category', t.category, locale)} ${t.count} (${t.share.toFixed(1)}%)` : null);

/** One row per rating dimension, after the overall satisfaction rows, each named in its locale. */
function dimensionSpecs(dims: readonly string[]): Spec[] {
  return dims.map((d) => ({
    key: `ratings.${d}`,
    labels: { 'zh-CN': word('summary.dimension', 'zh-CN', { dimension: d }), 'zh-TW': word('summary.dimension', 'zh-TW', { dimension: wordFor('ratingDimension', d, 'zh-TW') }), 'en-US': word('summary.dimension', 'en-US', { dimension: wordFor('ratingDimension', d, 'en-US') }) },
    format: 'score' as const,
    pick: (f: PeriodFigures) => f.ratingsByDimension.find((x) => x.dimension === d)?.mean ?? null,
  }));
}

function specs(dims: readonly string[]): Spec[] {
  const base: Spec[] = [
    { key: 'period', labels: words('summary.period'), format: 'text', pick: (f, l) => periodLabel(f.period, l) },
    { key: 'asOf', labels: words('summary.asOf'), format: 'text', pick: (f) => f.asOf.replace('T', ' ') },
    { key: 'received', labels: words('summary.received'), format: 'count', pick: (f) => f.received },
    { key: 'resolved', labels: words('summary.resolved'), format: 'count', pick: (f) => f.resolved },
    { key: 'backlog', labels: words('summary.backlog'), format: 'count', pick: (f) => f.backlog },
    { key: 'overdueOpen', labels: words('summary.overdueOpen'), format: 'count', pick: (f) => f.overdueOpen },
    { key: 'onTimeResponseRate', labels: words('summary.onTimeResponseRate'), format: 'rate', pick: (f) => f.onTimeResponseRate },
    { key: 'onTimeResolutionRate', labels: words('summary.onTimeResolutionRate'), format: 'rate', pick: (f) => f.onTimeResolutionRate },
    { key: 'responseUnknown', labels: words('summary.responseUnknown'), format: 'count', pick: (f) => f.responseUnknown },
    { key: 'resolutionUnknown', labels: words('summary.resolutionUnknown'), format: 'count', pick: (f) => f.resolutionUnknown },
  ];
  const hours: Spec[] = LEVELS.flatMap((lv): Spec[] => [
    {
      key: `resolutionHours.${lv}.mean`,
      labels: levelLabels('summary.meanHours', lv),
      format: 'hours',
      pick: (f) => f.resolutionHours[lv].mean,
    },
    {
      key: `resolutionHours.${lv}.median`,
      labels: levelLabels('summary.medianHours', lv),
      format: 'hours',
      pick: (f) => f.resolutionHours[lv].median,
    },
  ]);
  const rest: Spec[] = [
    { key: 'csat.mean', labels: words('summary.csat.mean'), format: 'score', pick: (f) => f.csat.mean },
    { key: 'csat.satisfiedShare', labels: words('summary.csat.satisfiedShare'), format: 'rate', pick: (f) => f.csat.satisfiedShare },
    { key: 'csat.count', labels: words('summary.csat.count'), format: 'count', pick: (f) => f.csat.count },
    { key: 'reopened', labels: words('summary.reopened'), format: 'count', pick: (f) => f.reopened },
  ];
  const top: Spec[] = [0, 1, 2, 3, 4].map((i) => ({
    key: `topTypes.${i + 1}`,
    labels: withParams('summary.topType', { n: i + 1 }),
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
