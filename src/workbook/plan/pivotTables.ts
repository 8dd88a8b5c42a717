/**
 * The 汇总 sheet's PivotTables for files written headless: one per cross-tab (category × status,
 * channel × priority, owner × SLA state, category × emotion), right of its formula cross-tab, over
 * a source block of the tickets received in the period (further right, outside the print area).
 * Their cells are written as plain values (fileOnly blocks) so every viewer shows them; the file
 * host adds the PivotTable parts and their cache (src/xlsx/pivots/). The Office.js host builds
 * native PivotTables from PivotSpec instead and skips these blocks.
 */
import type { Locale } from '../../core/schema/fieldMeta';
import type { Ticket, TicketField } from '../../core/schema/ticket';
import { EMPTY_LABEL } from '../../core/stats/classification';
import type { StatsReport } from '../../core/stats/computeStats';
import { crossTabTitle } from '../../core/stats/crossTabs';
import { receivedIn } from '../../core/stats/period';
import type { CellsPlan, PivotSourcePlan, PivotTablePlan, PlanCell } from '../types';
import { addr } from './names';
import { fieldText, statValue } from './words';
import { words } from '../../core/i18n/words';

const WORDS = {
  count: words('pivot.count'),
  grandTotal: words('pivot.grandTotal'),
  pivot: words('pivot.pivot'),
};

/** The source's fields: the ticket number (counted) and every field a pivot breaks down by. */
export const PIVOT_FIELDS: TicketField[] = ['id', 'category', 'status', 'channel', 'priority', 'owner', 'slaState', 'emotion'];
const PIVOTED = ['categoryByStatus', 'channelByPriority', 'ownerBySlaState', 'categoryByEmotion'];

/** How every PivotTable ServiceBook makes is named: a refresh in place knows its own by it. */
export const PIVOT_TABLE_PREFIX = 'SB_PivotTable_';

const cellText = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

export interface PivotTables {
  pivotTables: PivotTablePlan[];
  source: PivotSourcePlan | null;
  /** fileOnly blocks: each PivotTable's title and cells, and the source rows. */
  blocks: CellsPlan[];
  /** The printed range of the sheet: cross-tabs and PivotTables, not the source. */
  printArea: string | null;
}

/** The cells of a PivotTable in tabular form: caption row, column items, one row per item, grand totals. */
export function pivotCells(p: PivotTablePlan, rowFieldName: string, colFieldName: string): PlanCell[][] {
  const colTotals = p.colItems.map((_, j) => p.counts.reduce((a, r) => a + r[j], 0));
  const grand = colTotals.reduce((a, b) => a + b, 0);
  return [
    [p.dataCaption, colFieldName, ...p.colItems.map(() => null)],
    [rowFieldName, ...p.colItems, p.grandTotal],
    ...p.rowItems.map((item, i) => [item, ...p.counts[i].map((n) => (n === 0 ? null : n)), p.counts[i].reduce((a, b) => a + b, 0)]),
    [p.grandTotal, ...colTotals, grand],
  ];
}

export function pivotTables(stats: StatsReport, tickets: readonly Ticket[], locale: Locale, crossTabBlocks: readonly CellsPlan[]): PivotTables {
  const inPeriod = receivedIn(tickets, stats.period);
  const none: PivotTables = { pivotTables: [], source: null, blocks: [], printArea: null };
  if (!inPeriod.length) return none;
  const left = 2 + Math.max(...crossTabBlocks.map((b) => b.left - 1 + Math.max(...b.rows.map((r) => r.length))));
  const fieldNames = PIVOT_FIELDS.map((f) => fieldText(f, locale));
  const value = (t: Ticket, f: TicketField): string => {
    if (f === 'id') return cellText(t.id);
    const v = cellText(t[f]);
    return statValue(f, v === '' ? EMPTY_LABEL : v, locale);
  };

  const plans: PivotTablePlan[] = [];
  const blocks: CellsPlan[] = [];
  for (const ct of stats.crossTabs.filter((c) => PIVOTED.includes(c.name))) {
    const block = crossTabBlocks.find((b) => b.id === `crossTab:${ct.name}`);
    if (!block) continue;
    const rows = ct.rows.map((_, i) => i).filter((i) => ct.counts[i].some((n) => n > 0));
    const cols = ct.cols.map((_, j) => j).filter((j) => rows.some((i) => ct.counts[i][j] > 0));
    if (!rows.length) continue;
    const p: PivotTablePlan = {
      name: `${PIVOT_TABLE_PREFIX}${ct.name}`,
      sheet: 'pivots',
      top: block.top + 1,
      left,
      rowField: PIVOT_FIELDS.indexOf(ct.rowField as TicketField),
      colField: PIVOT_FIELDS.indexOf(ct.colField as TicketField),
      dataCaption: `${WORDS.count[locale]}${fieldNames[0]}`,
      grandTotal: WORDS.grandTotal[locale],
      rowItems: rows.map((i) => statValue(ct.rowField, ct.rows[i], locale)),
      colItems: cols.map((j) => statValue(ct.colField, ct.cols[j], locale)),
      counts: rows.map((i) => cols.map((j) => ct.counts[i][j])),
    };
    plans.push(p);
    const title: PlanCell[] = [`${crossTabTitle(ct.name, locale)}${WORDS.pivot[locale]}`];
    blocks.push({ kind: 'cells', id: `pivotTable:${ct.name}`, top: block.top, left, style: 'crossTab', numFmt: '0', fileOnly: true, rows: [title, ...pivotCells(p, fieldNames[p.rowField], fieldNames[p.colField])] });
  }
  if (!plans.length) return none;

  const sourceLeft = left + 2 + Math.max(...blocks.map((b) => Math.max(...b.rows.map((r) => r.length))));
  const source: PivotSourcePlan = { sheet: 'pivots', top: 1, left: sourceLeft, fields: fieldNames, rows: inPeriod.map((t) => PIVOT_FIELDS.map((f) => value(t, f))) };
  blocks.push({ kind: 'cells', id: 'pivotSource', top: 1, left: sourceLeft, style: 'grid', fileOnly: true, rows: [source.fields, ...source.rows] });
  const lastRow = Math.max(...[...crossTabBlocks, ...blocks.slice(0, -1)].map((b) => b.top + b.rows.length - 1));
  return { pivotTables: plans, source, blocks, printArea: `A1:${addr(lastRow, sourceLeft - 2)}` };
}
