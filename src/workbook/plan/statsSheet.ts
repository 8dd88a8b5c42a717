/**
 * The 统计 sheet, a report on A4 portrait pages: title, period cells (SB_PeriodStart, SB_PeriodEnd,
 * the as-of time of the figures, and SB_AsOf: the clock the colours follow, never earlier than
 * NOW()), the period report (Stats_Summary, its internal keys in hidden column A), the feedback
 * classification under it (Stats_Classification, seed 003's heads), then on a new page the figure
 * blocks the charts read (on-time rates by priority, satisfaction by dimension, share by type).
 * The classification starts a new page when its caption would otherwise end a page alone.
 */
import { header } from '../labels';
import { LEVELS } from '../../core/schema/enums';
import { shareFormula, sharesOf } from '../../core/stats/shareRule';
import type { Locale } from '../../core/schema/fieldMeta';
import type { StatsReport } from '../../core/stats/computeStats';
import { periodLabel } from '../../core/stats/periodLabel';
import { statsSummaryRows, type SummaryFormat } from '../../core/stats/summaryRows';
import type { LocalDateTime } from '../../core/time/localDateTime';
import { DATETIME_FORMAT } from '../ticketTable';
import type { BlockPlan, CellsPlan, DefinedNamePlan, PlanCell, SheetPlan, TablePlan } from '../types';
import { FILTER_BUTTON, headerWidth, LINE_POINTS, labelWidth, wrappedRowHeight } from './fitWidths';
import { addr, colLetter, criterionFits, equalsFactor, exactCriterion, excelDateTimeLiteral, NAMES } from './names';
import { toExcelSerial } from '../../core/time/localDateTime';
import { portraitReport, reportHeader, splitsAcrossPages } from './pageSetup';
import { inPeriodCriteria, inPeriodFactors, ticketRef } from './ticketRefs';
import { fieldWord } from '../../core/i18n/fieldVocabulary';
import { EMPTY_LABEL } from '../../core/stats/classification';
import { PERIOD_WORDS, statValue, valueCriterion } from './words';
import { words } from '../../core/i18n/words';
import { wordFor } from '../../core/i18n/vocabulary';

const SUMMARY_FORMATS: Record<SummaryFormat, string | null> = { text: null, count: '0', rate: '0.0%', hours: '0.0', score: '0.00' };
const SUMMARY_CAPTION = words('stats.summaryCaption');
const CLASSIFICATION_CAPTION = words('stats.classificationCaption');

/** Words of the figure blocks under the report (they feed the charts too). */
const FIGURE_WORDS = {
  onTime: words('figure.onTime'),
  priority: words('figure.priority'),
  response: words('figure.response'),
  resolution: words('figure.resolution'),
  ratings: words('figure.ratings'),
  dimension: words('figure.dimension'),
  categoryShare: words('figure.categoryShare'),
};

/**
 * Columns of the sheet: A holds Stats_Summary's internal keys and is hidden; the report uses B–I.
 * B is shared by the summary's metric and the classification's period, and so on: each width is
 * the larger of the two, and the sum fits one A4 portrait page at 85 % (statsSheet.test.ts).
 */
export const STATS_WIDTHS: Record<number, number> = { 1: 4, 2: 20, 3: 16, 4: 15, 5: 8, 6: 7, 7: 17, 8: 17, 9: 10 };
const KEY_COLUMN = 1;
/** Columns of wrapped text (typical case, suggestion) that give room to wider labels, and how narrow they may get. */
const GIVING_COLUMNS = [7, 8];
const GIVING_MIN = 11;

/**
 * The sheet's widths for its labels in this locale: STATS_WIDTHS, each column widened to the
 * longest label of the period and figure blocks (and the summary's unwrapped headers, with their
 * filter button, and the tables' wrapped headers folded on two lines), the wrapped text columns
 * narrowed by as much, so the report stays one page wide.
 * @example statsWidths([{ kind: 'cells', id: 'period', top: 3, left: 2, style: 'keyValue', rows: [['Period end (excl.)', 1]] }])[2] // → 23
 */
export function statsWidths(blocks: readonly BlockPlan[]): Record<number, number> {
  const widths = { ...STATS_WIDTHS };
  const need = (col: number, w: number): void => void (col !== KEY_COLUMN && w > widths[col] && (widths[col] = w));
  // How narrow a giving column may get: GIVING_MIN, or what its header needs.
  const floor: Record<number, number> = Object.fromEntries(GIVING_COLUMNS.map((c) => [c, GIVING_MIN]));
  for (const b of blocks) {
    if (b.kind === 'cells' && (b.id === 'period' || b.id.startsWith('figure:')))
      for (const row of b.rows) if (row.length > 1) row.forEach((v, j) => typeof v === 'string' && need(b.left + j, labelWidth(v)));
    if (b.kind === 'table' && b.name === 'Stats_Summary') b.columns.forEach((c, j) => !c.wrap && need(b.left + j, labelWidth(c.header) + FILTER_BUTTON));
    // A wrapped header folds on two lines without cutting a word.
    if (b.kind === 'table')
      b.columns.forEach((c, j) => {
        if (!c.wrap) return;
        need(b.left + j, headerWidth(c.header));
        if (b.left + j in floor) floor[b.left + j] = Math.max(floor[b.left + j], headerWidth(c.header));
      });
  }
  let excess = Object.keys(widths).reduce((n, c) => n + widths[+c] - STATS_WIDTHS[+c], 0);
  for (let i = 0; excess > 0 && GIVING_COLUMNS.some((c) => widths[c] > floor[c]); i++) {
    const c = GIVING_COLUMNS[i % GIVING_COLUMNS.length];
    if (widths[c] > floor[c]) {
      widths[c]--;
      excess--;
    }
  }
  return widths;
}
const SUMMARY_TOP = 10;
const FIRST = 2;

/** Where the figure blocks are, for the charts that read them. */
export interface StatsFigures {
  /** Top row of the data rows (below the block's title and header) and their count. */
  onTime: { top: number; rows: number; categories: string[] };
  ratings: { top: number; rows: number };
  categoryShare: { top: number; rows: number; categories: string[]; values: number[] };
  /** First row below the figure blocks, where the charts go. */
  chartsTop: number;
}

export interface StatsSheet {
  sheet: SheetPlan;
  definedNames: DefinedNamePlan[];
  figures: StatsFigures;
}

const rate = (x: number | null): PlanCell => x;

/** `notes`: lines the reader must see before the figures (years the holiday table does not cover), on row 8. */
export function statsSheet(stats: StatsReport, locale: Locale, fixedAsOf: LocalDateTime | null, name: string, notes: readonly string[] = []): StatsSheet {
  const period = stats.period;
  const asOfCell: PlanCell = fixedAsOf ? { datetime: fixedAsOf, numFmt: DATETIME_FORMAT } : { formula: 'NOW()', result: null, numFmt: DATETIME_FORMAT };
  // The colours follow the clock: a fixed --as-of holds for the figures, never for the colours.
  const coloursCell: PlanCell = fixedAsOf
    ? { formula: `MAX(NOW(),${excelDateTimeLiteral(fixedAsOf)})`, result: toExcelSerial(fixedAsOf), numFmt: DATETIME_FORMAT }
    : { formula: 'NOW()', result: null, numFmt: DATETIME_FORMAT };
  const periodBlock: CellsPlan = {
    kind: 'cells',
    id: 'period',
    top: 3,
    left: FIRST,
    style: 'keyValue',
    rows: [
      [header('period', locale), periodLabel(period, locale)],
      [PERIOD_WORDS.start[locale], { datetime: period.start, numFmt: DATETIME_FORMAT }],
      [PERIOD_WORDS.end[locale], { datetime: period.end, numFmt: DATETIME_FORMAT }],
      [PERIOD_WORDS.asOf[locale], asOfCell],
      [PERIOD_WORDS.coloursAsOf[locale], coloursCell],
    ],
  };
  const definedNames: DefinedNamePlan[] = [
    { name: NAMES.periodStart, sheet: name, ref: addr(4, FIRST + 1, true) },
    { name: NAMES.periodEnd, sheet: name, ref: addr(5, FIRST + 1, true) },
    { name: NAMES.asOf, sheet: name, ref: addr(7, FIRST + 1, true) },
  ];
  const title: CellsPlan = { kind: 'cells', id: 'title', top: 1, left: FIRST, style: 'title', rows: [[PERIOD_WORDS.title[locale]]] };
  // One line between the period cells and the report (the summary's caption is row 9).
  const noteLine: CellsPlan[] = notes.length ? [{ kind: 'cells', id: 'note:calendar', top: SUMMARY_TOP - 2, left: FIRST, style: 'keyValue', rows: [[notes.join(' ')]] }] : [];
  const inPeriod = inPeriodCriteria(locale);

  const summary = statsSummaryRows(stats, locale);
  const summaryTable: TablePlan = {
    kind: 'table',
    name: 'Stats_Summary',
    top: SUMMARY_TOP,
    left: KEY_COLUMN,
    style: 'TableStyleMedium9',
    caption: SUMMARY_CAPTION[locale],
    columns: [
      { key: 'key', header: header('key', locale), type: 'text', width: STATS_WIDTHS[1] },
      { key: 'metric', header: header('metric', locale), type: 'text', width: STATS_WIDTHS[2], wrap: true },
      { key: 'current', header: header('current', locale), type: 'number', width: STATS_WIDTHS[3], wrap: true },
      { key: 'previous', header: header('previous', locale), type: 'number', width: STATS_WIDTHS[4], wrap: true },
      { key: 'change', header: header('change', locale), type: 'number', width: STATS_WIDTHS[5] },
    ],
    // Change is current − previous as a formula, so it stays true when the live count moves.
    rows: summary.map((r, i) => [
      r.key,
      r.label,
      r.key === 'received' ? { formula: `COUNTIFS(${inPeriod})`, result: r.value } : r.value,
      r.previous,
      r.change === null ? null : { formula: `${colLetter(KEY_COLUMN + 2)}${SUMMARY_TOP + 1 + i}-${colLetter(KEY_COLUMN + 3)}${SUMMARY_TOP + 1 + i}`, result: r.change },
    ]),
    rowNumFmts: summary.map((r) => SUMMARY_FORMATS[r.format]),
  };

  const plabel = periodLabel(period, locale);
  const classificationTop = summaryTable.top + summary.length + 3;
  const countCol = colLetter(FIRST + 3);
  const countRange = `$${countCol}$${classificationTop + 1}:$${countCol}$${classificationTop + Math.max(1, stats.classification.length)}`;
  const classification: TablePlan = {
    kind: 'table',
    name: 'Stats_Classification',
    top: classificationTop,
    left: FIRST,
    style: 'TableStyleMedium9',
    caption: CLASSIFICATION_CAPTION[locale],
    columns: [
      { key: 'period', header: header('period', locale), type: 'text', width: STATS_WIDTHS[2], wrap: true },
      { key: 'category', header: header('feedbackType', locale), type: 'text', width: STATS_WIDTHS[3], wrap: true },
      { key: 'subcategory', header: header('feedbackDetail', locale), type: 'text', width: STATS_WIDTHS[4], wrap: true },
      { key: 'count', header: header('count', locale), type: 'integer', width: STATS_WIDTHS[5] },
      { key: 'share', header: header('share', locale), type: 'number', numFmt: '0.0', width: STATS_WIDTHS[6] },
      { key: 'typicalCase', header: header('typicalCase', locale), type: 'text', width: STATS_WIDTHS[7], wrap: true },
      { key: 'suggestion', header: header('suggestion', locale), type: 'text', width: STATS_WIDTHS[8], wrap: true },
      { key: 'department', header: header('department', locale), type: 'text', width: STATS_WIDTHS[9], wrap: true },
    ],
    rows: stats.classification.map((c, i) => [
      plabel,
      statValue('category', c.category, locale),
      statValue('subcategory', c.subcategory, locale),
      { formula: countFormula(c.category, c.subcategorySpellings, locale, inPeriod, addr(classificationTop + 1 + i, FIRST + 2)), result: c.count },
      // The live count next to it over the counts shown, by the one share rule (core/stats/shareRule).
      { formula: shareFormula(`${countCol}${classificationTop + 1 + i}`, `SUM(${countRange})`), result: c.share },
      c.typicalCase,
      wordFor('suggestion', c.suggestion, locale),
      statValue('department', c.department, locale),
    ]),
  };

  // Figure blocks, stacked under the classification on a page of their own with the charts.
  const figuresTop = classificationTop + Math.max(1, stats.classification.length) + 3;
  const onTimeRows: PlanCell[][] = LEVELS.map((l) => [statValue('priority', l, locale), rate(stats.onTimeByPriority[l].response), rate(stats.onTimeByPriority[l].resolution)]);
  const onTime: CellsPlan = {
    kind: 'cells',
    id: 'figure:onTimeByPriority',
    top: figuresTop,
    left: FIRST,
    style: 'grid',
    numFmt: '0.0%',
    rows: [[FIGURE_WORDS.onTime[locale]], [FIGURE_WORDS.priority[locale], FIGURE_WORDS.response[locale], FIGURE_WORDS.resolution[locale]], ...onTimeRows],
  };
  const ratingsTop = onTime.top + onTime.rows.length + 1;
  const ratingRows: PlanCell[][] = stats.ratingsByDimension.map((d) => [
    wordFor('ratingDimension', d.dimension, locale),
    d.mean,
    stats.previous.ratingsByDimension.find((p) => p.dimension === d.dimension)?.mean ?? null,
    stats.change.ratingMeans[d.dimension] ?? null,
  ]);
  const ratings: CellsPlan = {
    kind: 'cells',
    id: 'figure:ratingsByDimension',
    top: ratingsTop,
    left: FIRST,
    style: 'grid',
    numFmt: '0.00',
    rows: [
      [FIGURE_WORDS.ratings[locale]],
      [FIGURE_WORDS.dimension[locale], header('current', locale), header('previous', locale), header('change', locale)],
      ...(ratingRows.length ? ratingRows : [['', null, null, null]]),
    ],
  };
  const shareTop = ratings.top + ratings.rows.length + 1;
  const categoryShares = categoryShareRows(stats);
  // Live like the classification it sums: each count is SUMIF over the classification's rows of
  // its type, each share that count over the counts of the block, by the one share rule.
  const typeRange = `$${colLetter(FIRST + 1)}$${classificationTop + 1}:$${colLetter(FIRST + 1)}$${classificationTop + Math.max(1, stats.classification.length)}`;
  const firstShareRow = shareTop + 2;
  const shareCounts = `$${colLetter(FIRST + 1)}$${firstShareRow}:$${colLetter(FIRST + 1)}$${firstShareRow + Math.max(1, categoryShares.length) - 1}`;
  const categoryShareRow = (c: { category: string; count: number; share: number }, i: number): PlanCell[] => [
    statValue('category', c.category, locale),
    { formula: `SUMIF(${typeRange},${addr(firstShareRow + i, FIRST)},${countRange})`, result: c.count },
    { formula: shareFormula(addr(firstShareRow + i, FIRST + 1), `SUM(${shareCounts})`), result: c.share },
  ];
  const categoryShare: CellsPlan = {
    kind: 'cells',
    id: 'figure:categoryShare',
    top: shareTop,
    left: FIRST,
    style: 'grid',
    numFmt: '0',
    columnNumFmts: [null, '0', '0.0'],
    rows: [
      [FIGURE_WORDS.categoryShare[locale]],
      [header('feedbackType', locale), header('count', locale), header('share', locale)],
      ...(categoryShares.length ? categoryShares.map(categoryShareRow) : [['', 0, 0]]),
    ],
  };
  const figures: StatsFigures = {
    onTime: { top: onTime.top + 2, rows: onTimeRows.length, categories: onTimeRows.map((r) => String(r[0])) },
    ratings: { top: ratings.top + 2, rows: Math.max(1, ratingRows.length) },
    categoryShare: { top: categoryShare.top + 2, rows: Math.max(1, categoryShares.length), categories: categoryShares.map((c) => statValue('category', c.category, locale)), values: categoryShares.map((c) => c.share) },
    chartsTop: categoryShare.top + categoryShare.rows.length + 1,
  };

  // Widths from the labels in this locale; the tables take the same widths as the sheet.
  const widths = statsWidths([periodBlock, summaryTable, classification, onTime, ratings, categoryShare]);
  for (const t of [summaryTable, classification]) t.columns = t.columns.map((c, j) => ({ ...c, width: widths[t.left + j] ?? c.width }));
  const sheet: SheetPlan = {
    key: 'stats',
    name,
    blocks: [title, periodBlock, ...noteLine, summaryTable, classification, onTime, ratings, categoryShare],
    showGridLines: false,
    tabColor: '548235',
    widths,
    hiddenColumns: [KEY_COLUMN],
    rowBreaks: [...(captionOrphaned(summaryTable, classification) ? [classificationTop - 1] : []), figuresTop],
    pageSetup: portraitReport(name, locale, reportHeader(PERIOD_WORDS.title[locale], plabel, stats.asOf, locale)),
  };
  return { sheet, definedNames, figures };
}

/** Heights of the report's first rows: the title, the period block and blank rows, the tables' header rows. */
const TITLE_POINTS = 21;
const HEADER_POINTS = 30;

/**
 * Whether the classification's caption would print at the foot of a page and its first row on the
 * next: then it starts a page of its own (its header never alone under the summary). Row heights
 * as the writers set them; a one-line row is LINE_POINTS.
 */
function captionOrphaned(summary: TablePlan, classification: TablePlan): boolean {
  const heights = Array.from({ length: classification.top + 1 }, (_, i): number => (i === 0 ? TITLE_POINTS : LINE_POINTS));
  const rowHeight = (t: TablePlan, i: number): number => wrappedRowHeight(t.rows[i] ?? [], t.columns) ?? LINE_POINTS;
  heights[summary.top - 1] = HEADER_POINTS;
  summary.rows.forEach((_, i) => (heights[summary.top + i] = rowHeight(summary, i)));
  heights[classification.top - 1] = HEADER_POINTS;
  heights[classification.top] = rowHeight(classification, 0);
  return splitsAcrossPages(heights, classification.top - 1, classification.top + 1);
}

/**
 * COUNTIFS of one classification row: one term per spelling of its subcategory (售後服務 and
 * 售后服务 are one row), so the formula recalculates to the count the engine gives. A subcategory
 * too long for a COUNTIFS criterion (over 255 characters) is counted by one SUMPRODUCT against
 * `subCell`, the row's own subcategory cell, so its text is not in the formula (its other
 * spellings, if as long, are counted as that one).
 */
function countFormula(category: string, spellings: readonly string[], locale: Locale, inPeriod: string, subCell: string): string {
  // Each spelling as the Tickets table shows it (a preset subcategory in the workbook's language).
  const subs = spellings.length ? [...new Set(spellings.map((sub) => fieldWord('subcategory', sub, locale)))] : [''];
  const terms = subs
    .filter(criterionFits)
    .map((sub) => `COUNTIFS(${ticketRef('category', locale)},${valueCriterion('category', category, locale)},${ticketRef('subcategory', locale)},${exactCriterion(sub)},${inPeriod})`);
  const long = subs.find((sub) => !criterionFits(sub));
  if (long !== undefined)
    terms.push(`SUMPRODUCT(${equalsFactor(ticketRef('category', locale), category === EMPTY_LABEL ? '' : fieldWord('category', category, locale), '')}*${equalsFactor(ticketRef('subcategory', locale), long, subCell)}*${inPeriodFactors(locale)})`);
  return terms.join('+');
}

/** Tickets and share per category (the classification rows summed by category), largest first. */
function categoryShareRows(stats: StatsReport): { category: string; count: number; share: number }[] {
  const byCategory = new Map<string, number>();
  for (const c of stats.classification) byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + c.count);
  const rows = [...byCategory.entries()].sort((a, b) => b[1] - a[1]);
  const shares = sharesOf(rows.map(([, n]) => n));
  return rows.map(([category, count], i) => ({ category, count, share: shares[i] }));
}
