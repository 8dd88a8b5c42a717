/**
 * The 统计 sheet: title, period cells (SB_PeriodStart, SB_PeriodEnd, the as-of time of the figures, and
 * SB_AsOf: the clock the colours follow, never earlier than NOW()), the period report
 * (Stats_Summary) and the feedback classification (Stats_Classification).
 */
import { header } from '../labels';
import type { Locale } from '../../core/schema/fieldMeta';
import type { StatsReport } from '../../core/stats/computeStats';
import { periodLabel } from '../../core/stats/periodLabel';
import { statsSummaryRows, type SummaryFormat } from '../../core/stats/summaryRows';
import type { LocalDateTime } from '../../core/time/localDateTime';
import { DATETIME_FORMAT } from '../ticketTable';
import type { CellsPlan, DefinedNamePlan, PlanCell, SheetPlan, TablePlan } from '../types';
import { colLetter, exactCriterion, excelDateTimeLiteral, NAMES } from './names';
import { toExcelSerial } from '../../core/time/localDateTime';
import { inPeriodCriteria, ticketRef } from './ticketRefs';
import { PERIOD_WORDS, statValue, valueCriterion, W } from './words';

const SUMMARY_FORMATS: Record<SummaryFormat, string | null> = { text: null, count: '0', rate: '0.0%', hours: '0.0', score: '0.00' };
const SUMMARY_CAPTION = W('期间报告（Stats_Summary）', '期間報告（Stats_Summary）', 'Period report (Stats_Summary)');
const CLASSIFICATION_CAPTION = W('客户反馈分类统计（Stats_Classification）', '客戶反饋分類統計（Stats_Classification）', 'Feedback classification (Stats_Classification)');

const SUMMARY_TOP = 9;
const CLASSIFICATION_TOP = 9;
const CLASSIFICATION_LEFT = 7;

export interface StatsSheet {
  sheet: SheetPlan;
  definedNames: DefinedNamePlan[];
}

export function statsSheet(stats: StatsReport, locale: Locale, fixedAsOf: LocalDateTime | null, name: string): StatsSheet {
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
    left: 1,
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
    { name: NAMES.periodStart, sheet: name, ref: '$B$4' },
    { name: NAMES.periodEnd, sheet: name, ref: '$B$5' },
    { name: NAMES.asOf, sheet: name, ref: '$B$7' },
  ];
  const title: CellsPlan = { kind: 'cells', id: 'title', top: 1, left: 1, style: 'title', rows: [[PERIOD_WORDS.title[locale]]] };
  const inPeriod = inPeriodCriteria(locale);

  const summary = statsSummaryRows(stats, locale);
  const summaryTable: TablePlan = {
    kind: 'table',
    name: 'Stats_Summary',
    top: SUMMARY_TOP,
    left: 1,
    style: 'TableStyleMedium9',
    caption: SUMMARY_CAPTION[locale],
    columns: [
      { key: 'key', header: header('key', locale), type: 'text', width: 22 },
      { key: 'metric', header: header('metric', locale), type: 'text', width: 26 },
      { key: 'current', header: header('current', locale), type: 'number', width: 16 },
      { key: 'previous', header: header('previous', locale), type: 'number', width: 16 },
      { key: 'change', header: header('change', locale), type: 'number', width: 12 },
    ],
    // Change is current − previous as a formula, so it stays true when the live count moves.
    rows: summary.map((r, i) => [
      r.key,
      r.label,
      r.key === 'received' ? { formula: `COUNTIFS(${inPeriod})`, result: r.value } : r.value,
      r.previous,
      r.change === null ? null : { formula: `C${SUMMARY_TOP + 1 + i}-D${SUMMARY_TOP + 1 + i}`, result: r.change },
    ]),
    rowNumFmts: summary.map((r) => SUMMARY_FORMATS[r.format]),
  };

  const plabel = periodLabel(period, locale);
  const countCol = colLetter(CLASSIFICATION_LEFT + 3);
  const countRange = `$${countCol}$${CLASSIFICATION_TOP + 1}:$${countCol}$${CLASSIFICATION_TOP + Math.max(1, stats.classification.length)}`;
  const classification: TablePlan = {
    kind: 'table',
    name: 'Stats_Classification',
    top: CLASSIFICATION_TOP,
    left: CLASSIFICATION_LEFT,
    style: 'TableStyleMedium9',
    caption: CLASSIFICATION_CAPTION[locale],
    columns: [
      { key: 'period', header: header('period', locale), type: 'text', width: 14 },
      { key: 'category', header: header('category', locale), type: 'text', width: 10 },
      { key: 'subcategory', header: header('subcategory', locale), type: 'text', width: 16 },
      { key: 'count', header: header('count', locale), type: 'integer', width: 10 },
      { key: 'share', header: header('share', locale), type: 'number', numFmt: '0.0', width: 10 },
      { key: 'typicalCase', header: header('typicalCase', locale), type: 'text', width: 44 },
      { key: 'suggestion', header: header('suggestion', locale), type: 'text', width: 44 },
      { key: 'department', header: header('department', locale), type: 'text', width: 12 },
    ],
    rows: stats.classification.map((c, i) => [
      plabel,
      statValue('category', c.category, locale),
      c.subcategory,
      { formula: `COUNTIFS(${ticketRef('category', locale)},${valueCriterion('category', c.category, locale)},${ticketRef('subcategory', locale)},${exactCriterion(c.subcategory)},${inPeriod})`, result: c.count },
      // The count next to it over the counts shown: shares add up to 100 % whatever the live counts.
      { formula: `IF(SUM(${countRange})=0,0,${countCol}${CLASSIFICATION_TOP + 1 + i}/SUM(${countRange})*100)`, result: c.share },
      c.typicalCase,
      c.suggestion,
      statValue('department', c.department, locale),
    ]),
  };

  const sheet: SheetPlan = { key: 'stats', name, blocks: [title, periodBlock, summaryTable, classification], showGridLines: false, fitToWidth: true, tabColor: '548235', widths: { 6: 3 } };
  return { sheet, definedNames };
}
