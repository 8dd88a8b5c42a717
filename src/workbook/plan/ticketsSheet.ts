/**
 * The 工单 sheet: the Tickets table, its list validations and the overdue / due-soon colours
 * (formula conditional formats comparing the due columns with `SB_AsOf` and `SB_WarnHours`).
 */
import type { Locale } from '../../core/schema/fieldMeta';
import type { Ticket, TicketField } from '../../core/schema/ticket';
import type { Settings } from '../../core/settings/settings';
import { listName, type ListKey } from '../configTables';
import { extraHeadersOf, ratingDimensionsOf, ticketColumns, ticketToRow } from '../ticketTable';
import type { ColumnPlan, ConditionalFormatPlan, SheetPlan, TablePlan, ValidationPlan } from '../types';
import { colLetter, GROWTH_ROWS, NAMES } from './names';
import { fitWidths } from './fitWidths';
import { landscapeRegister } from './pageSetup';

export interface TicketsSheet {
  sheet: SheetPlan;
  columns: ColumnPlan[];
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
}

const LIST_FOR: Partial<Record<TicketField, { list: ListKey; strict: boolean }>> = {
  category: { list: 'categories', strict: true },
  channel: { list: 'channels', strict: false },
  urgency: { list: 'levels', strict: true },
  priority: { list: 'levels', strict: true },
  status: { list: 'statuses', strict: true },
  customerLevel: { list: 'customerLevels', strict: true },
  satisfaction: { list: 'satisfaction', strict: true },
  department: { list: 'departments', strict: false },
  emotion: { list: 'emotions', strict: false },
  owner: { list: 'owners', strict: false },
};

export function ticketsSheet(settings: Settings, locale: Locale, tickets: readonly Ticket[], name: string): TicketsSheet {
  const ratingDims = ratingDimensionsOf(settings.ratingDimensions, tickets);
  const baseColumns = ticketColumns(locale, ratingDims, extraHeadersOf(tickets));
  const ticketRows = tickets.map((t) => ticketToRow(t, baseColumns));
  const columns = fitWidths(baseColumns, ticketRows);
  const table: TablePlan = { kind: 'table', name: 'Tickets', top: 1, left: 1, columns, rows: ticketRows, style: 'TableStyleMedium2' };
  const lastBodyRow = 1 + Math.max(1, ticketRows.length);
  const coverTo = lastBodyRow + GROWTH_ROWS;
  const colOf = (key: string): number => columns.findIndex((c) => c.key === key) + 1;

  const validations: ValidationPlan[] = [];
  for (const [field, v] of Object.entries(LIST_FOR)) {
    if (!v || colOf(field) < 1) continue;
    validations.push({ table: 'Tickets', column: field, listName: listName(v.list), fromRow: 2, toRow: coverTo, allowBlank: true, strict: v.strict });
  }

  const st = colLetter(colOf('status'));
  const rd = colLetter(colOf('responseDue'));
  const fr = colLetter(colOf('firstResponseAt'));
  const vd = colLetter(colOf('resolveDue'));
  const open = `$${st}2<>"已完成",$${st}2<>"已关闭"`;
  const pastBy = (limit: string): string => `OR(AND(ISNUMBER($${rd}2),$${fr}2="",$${rd}2<${limit}),AND(ISNUMBER($${vd}2),$${vd}2<${limit}))`;
  const ref = `A2:${colLetter(columns.length)}${coverTo}`;
  const conditionalFormats: ConditionalFormatPlan[] = [
    { id: 'overdue', sheet: name, ref, formula: `AND(${open},${pastBy(NAMES.asOf)})`, style: { fill: 'FFC7CE', font: '9C0006' }, stopIfTrue: true, priority: 1 },
    { id: 'dueSoon', sheet: name, ref, formula: `AND(${open},${pastBy(`${NAMES.asOf}+${NAMES.warnHours}/24`)})`, style: { fill: 'FFEB9C', font: '9C5700' }, stopIfTrue: true, priority: 2 },
  ];

  const sheet: SheetPlan = { key: 'tickets', name, blocks: [table], freeze: { row: 1, col: 1 }, showGridLines: true, pageSetup: landscapeRegister(name, locale, { left: name }), tabColor: '2F5597' };
  return { sheet, columns, validations, conditionalFormats };
}
