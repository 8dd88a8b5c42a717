/**
 * The 汇总 sheet: one cross-tab block of COUNTIFS formulas (with cached values) per cross-tab of
 * the statistics, and the PivotTable specs the add-in turns into native PivotTables and charts.
 * A value too long for a COUNTIFS criterion (over 255 characters: an owner's long name) is
 * counted by SUMPRODUCT against the row's or column's head cell, so its text is not in the formula.
 */
import type { Locale } from '../../core/schema/fieldMeta';
import { fieldWord } from '../../core/i18n/fieldVocabulary';
import { EMPTY_LABEL } from '../../core/stats/classification';
import type { TicketField } from '../../core/schema/ticket';
import type { StatsReport } from '../../core/stats/computeStats';
import { crossTabTitle } from '../../core/stats/crossTabs';
import type { CellsPlan, PageSetupPlan, PivotSpec, PlanCell, SheetPlan } from '../types';
import { addr, colLetter, criterionFits, equalsFactor, NAMES } from './names';
import { pageFooter, REPORT_SCALE } from './pageSetup';
import { inPeriodCriteria, inPeriodFactors, ticketRef } from './ticketRefs';
import { fieldText, PERIOD_WORDS, statValue, valueCriterion } from './words';

export interface PivotsSheet {
  sheet: SheetPlan;
  pivots: PivotSpec[];
}

export function pivotsSheet(stats: StatsReport, locale: Locale, name: string): PivotsSheet {
  const received = ticketRef('receivedAt', locale);
  const blocks: CellsPlan[] = [];
  let top = 1;
  for (const ct of stats.crossTabs) {
    const rows: PlanCell[][] = [];
    rows.push([crossTabTitle(ct.name, locale)]);
    const isWeekly = ct.name === 'weeklyVolume';
    const rowHeader = isWeekly ? PERIOD_WORDS.weekOf[locale] : `${fieldText(ct.rowField, locale)} \\ ${fieldText(ct.colField, locale)}`;
    const colHeaders = isWeekly ? [PERIOD_WORDS.received[locale]] : ct.cols.map((cv) => statValue(ct.colField, cv, locale));
    rows.push([rowHeader, ...colHeaders, PERIOD_WORDS.total[locale]]);
    const headerRow = top + 1;
    ct.rows.forEach((rv, i) => {
      const r = headerRow + 1 + i;
      const firstCol = 2;
      const lastCol = 1 + colHeaders.length;
      const cells: PlanCell[] = [isWeekly ? { datetime: `${rv}T00:00`, numFmt: 'yyyy-mm-dd' } : statValue(ct.rowField, rv, locale)];
      colHeaders.forEach((_, j) => {
        const cv = ct.cols[j];
        const count = ct.counts[i][j];
        const formula = isWeekly
          ? `COUNTIFS(${received},">="&MAX($A${r},${NAMES.periodStart}),${received},"<"&MIN($A${r}+7,${NAMES.periodEnd}))`
          : crossTabFormula(ct.rowField as TicketField, rv, ct.colField as TicketField, cv, locale, { rowHead: `$A${r}`, colHead: `${colLetter(firstCol + j)}$${headerRow}` });
        cells.push({ formula, result: count });
      });
      const rowTotal = ct.counts[i].reduce((a, b) => a + b, 0);
      cells.push({ formula: `SUM(${addr(r, firstCol)}:${addr(r, lastCol)})`, result: rowTotal });
      rows.push(cells);
    });
    const firstData = headerRow + 1;
    const lastData = headerRow + ct.rows.length;
    const totals: PlanCell[] = [PERIOD_WORDS.total[locale]];
    for (let j = 0; j <= colHeaders.length; j++) {
      const c = 2 + j;
      const sum = j < colHeaders.length ? ct.counts.reduce((a, row) => a + row[j], 0) : ct.counts.reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0);
      totals.push(ct.rows.length ? { formula: `SUM(${addr(firstData, c)}:${addr(lastData, c)})`, result: sum } : 0);
    }
    rows.push(totals);
    blocks.push({ kind: 'cells', id: `crossTab:${ct.name}`, top, left: 1, style: 'crossTab', numFmt: '0', rows });
    top += rows.length + 2;
  }
  const widths: Record<number, number> = { 1: 18 };
  const maxCols = Math.max(1, ...blocks.map((b) => Math.max(...b.rows.map((r) => r.length))));
  for (let c = 2; c <= maxCols; c++) widths[c] = 10;

  const pivots: PivotSpec[] = stats.crossTabs.map((ct, i) => ({
    name: `SB_Pivot_${ct.name}`,
    title: crossTabTitle(ct.name, locale),
    source: 'Tickets',
    rowField: ct.name === 'weeklyVolume' ? 'receivedAt' : ct.rowField,
    colField: ct.name === 'weeklyVolume' ? null : ct.colField,
    valueField: 'id',
    filterReceivedInPeriod: true,
    ...(ct.name === 'weeklyVolume' ? { groupByWeek: true } : {}),
    chart: ct.name === 'weeklyVolume' ? 'line' : i === 0 ? 'columnStacked' : 'columnClustered',
    sheet: 'pivots',
    anchor: `A${blocks[i]?.top ?? 1}`,
  }));

  const pageSetup: PageSetupPlan = { orientation: 'landscape', scale: REPORT_SCALE, fitToWidth: 1, margins: 'narrow', order: 'downThenOver', header: { left: name }, footer: pageFooter(name, locale) };
  const sheet: SheetPlan = { key: 'pivots', name, blocks, showGridLines: false, pageSetup, widths };
  return { sheet, pivots };
}

/**
 * The count of tickets received in the period with `rv` in `rowField` and `cv` in `colField`:
 * COUNTIFS, or SUMPRODUCT against the head cells when a value is too long for a criterion.
 */
function crossTabFormula(rowField: TicketField, rv: string, colField: TicketField, cv: string, locale: Locale, heads: { rowHead: string; colHead: string }): string {
  const rowRef = ticketRef(rowField, locale);
  const colRef = ticketRef(colField, locale);
  const rowText = cellValueOf(rowField, rv, locale);
  const colText = cellValueOf(colField, cv, locale);
  if (criterionFits(rowText) && criterionFits(colText))
    return `COUNTIFS(${rowRef},${valueCriterion(rowField, rv, locale)},${colRef},${valueCriterion(colField, cv, locale)},${inPeriodCriteria(locale)})`;
  return `SUMPRODUCT(${equalsFactor(rowRef, rowText, heads.rowHead)}*${equalsFactor(colRef, colText, heads.colHead)}*${inPeriodFactors(locale)})`;
}

/**
 * The text a Tickets cell holds for `value` of `field` in a workbook in `locale` ('' for the empty row).
 * @example cellValueOf('status', '处理中', 'en-US') // 'In progress'
 */
const cellValueOf = (field: string, value: string, locale: Locale): string => (value === EMPTY_LABEL ? '' : fieldWord(field, value, locale));
