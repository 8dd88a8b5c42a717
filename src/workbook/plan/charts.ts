/**
 * The four charts of the statistics sheet, as ChartPlans over cells of the plan: weekly volume
 * (a line over the 汇总 sheet's weekly cross-tab), share by feedback type (a pie), on-time rates
 * by priority (columns) and satisfaction by dimension (bars, this period against the previous).
 * They sit two by two under the figure blocks, on the report's second page.
 */
import type { Locale } from '../../core/schema/fieldMeta';
import { wordFor } from '../../core/i18n/vocabulary';
import { LEVELS } from '../../core/schema/enums';
import type { StatsReport } from '../../core/stats/computeStats';
import { crossTabTitle } from '../../core/stats/crossTabs';
import { header } from '../labels';
import type { CellsPlan, ChartPlan, ChartSeriesPlan } from '../types';
import { addr } from './names';
import type { StatsFigures } from './statsSheet';
import { words } from '../../core/i18n/words';

const TITLES = {
  categoryShare: words('chart.categoryShare'),
  onTime: words('chart.onTime'),
  ratings: words('chart.ratings'),
  response: words('chart.response'),
  resolution: words('chart.resolution'),
  received: words('chart.received'),
};

/** Rows a chart is tall, and its columns on the stats sheet (B–E and F–I). */
export const CHART_ROWS = 17;
const LEFT = { from: 2, to: 6 };
const RIGHT = { from: 6, to: 10 };

/**
 * An absolute range on a sheet, quoted.
 * @example sheetRange("O'Hara", 2, 3, 4, 3) // → "'O''Hara'!$C$2:$C$4"
 */
export function sheetRange(sheet: string, top: number, col: number, bottom: number, lastCol = col): string {
  return `'${sheet.replace(/'/g, "''")}'!${addr(top, col, true)}:${addr(bottom, lastCol, true)}`;
}

interface ChartInput {
  stats: StatsReport;
  locale: Locale;
  statsName: string;
  figures: StatsFigures;
  pivotsName: string;
  weeklyBlock: CellsPlan | undefined;
}

export function statsCharts(input: ChartInput): ChartPlan[] {
  const { stats, locale, statsName, figures } = input;
  const charts: ChartPlan[] = [];
  const top1 = figures.chartsTop;
  const top2 = top1 + CHART_ROWS + 1;
  const place = (row: number, cols: { from: number; to: number }) => ({ from: { row, col: cols.from }, to: { row: row + CHART_ROWS, col: cols.to } });
  const series = (name: string, sheet: string, top: number, rows: number, catCol: number, valCol: number, categories: string[], values: (number | null)[]): ChartSeriesPlan => ({
    name,
    categoriesRef: sheetRange(sheet, top, catCol, top + rows - 1),
    valuesRef: sheetRange(sheet, top, valCol, top + rows - 1),
    categories,
    values,
  });

  const weekly = input.weeklyBlock;
  const trend = stats.crossTabs.find((c) => c.name === 'weeklyVolume');
  if (weekly && trend && trend.rows.length) {
    const top = weekly.top + 2;
    charts.push({
      id: 'weeklyVolume',
      kind: 'line',
      title: crossTabTitle('weeklyVolume', locale),
      sheet: 'stats',
      ...place(top1, LEFT),
      numFmt: '0',
      categoryNumFmt: 'm/d',
      series: [series(TITLES.received[locale], input.pivotsName, top, trend.rows.length, weekly.left, weekly.left + 1, trend.rows, trend.counts.map((r) => r[0]))],
    });
  }

  const shares = figures.categoryShare;
  charts.push({
    id: 'categoryShare',
    kind: 'pie',
    title: TITLES.categoryShare[locale],
    sheet: 'stats',
    ...place(top1, RIGHT),
    numFmt: '0.0',
    series: [series(header('share', locale), statsName, shares.top, shares.rows, 2, 4, shares.categories, shares.values)],
  });

  const on = figures.onTime;
  const levels = on.categories;
  charts.push({
    id: 'onTimeByPriority',
    kind: 'column',
    title: TITLES.onTime[locale],
    sheet: 'stats',
    ...place(top2, LEFT),
    numFmt: '0%',
    max: 1,
    series: [
      series(TITLES.response[locale], statsName, on.top, on.rows, 2, 3, levels, LEVELS.map((l) => stats.onTimeByPriority[l].response)),
      series(TITLES.resolution[locale], statsName, on.top, on.rows, 2, 4, levels, LEVELS.map((l) => stats.onTimeByPriority[l].resolution)),
    ],
  });

  const r = figures.ratings;
  const dims = stats.ratingsByDimension.map((d) => d.dimension);
  // The category labels as the figure block shows them (the dimension in the workbook's language).
  const dimWords = dims.map((d) => wordFor('ratingDimension', d, locale));
  charts.push({
    id: 'ratingsByDimension',
    kind: 'bar',
    title: TITLES.ratings[locale],
    sheet: 'stats',
    ...place(top2, RIGHT),
    numFmt: '0.0',
    max: 5,
    series: [
      series(header('current', locale), statsName, r.top, r.rows, 2, 3, dimWords, stats.ratingsByDimension.map((d) => d.mean)),
      series(header('previous', locale), statsName, r.top, r.rows, 2, 4, dimWords, dims.map((d) => stats.previous.ratingsByDimension.find((p) => p.dimension === d)?.mean ?? null)),
    ],
  });
  return charts;
}
