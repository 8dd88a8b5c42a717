/**
 * The 汇总 sheet: one cross-tab block of COUNTIFS formulas (with cached values) per cross-tab of
 * the statistics, and the PivotTable specs the add-in turns into native PivotTables and charts.
 */
import type { Locale } from '../../core/schema/fieldMeta';
import type { TicketField } from '../../core/schema/ticket';
import type { StatsReport } from '../../core/stats/computeStats';
import { crossTabTitle } from '../../core/stats/crossTabs';
import type { CellsPlan, PageSetupPlan, PivotSpec, PlanCell, SheetPlan } from '../types';
import { addr, NAMES } from './names';
import { pageFooter, REPORT_SCALE } from './pageSetup';
import { inPeriodCriteria, ticketRef } from './ticketRefs';
import { fieldText, PERIOD_WORDS, statValue, valueCriterion } from './words';

export interface PivotsSheet {
  sheet: SheetPlan;
  pivots: PivotSpec[];
}

export function pivotsSheet(stats: StatsReport, locale: Locale, name: string): PivotsSheet {
  const received = ticketRef('receivedAt', locale);
  const inPeriod = inPeriodCriteria(locale);
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
          : `COUNTIFS(${ticketRef(ct.rowField as TicketField, locale)},${valueCriterion(ct.rowField, rv, locale)},${ticketRef(ct.colField as TicketField, locale)},${valueCriterion(ct.colField, cv, locale)},${inPeriod})`;
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
