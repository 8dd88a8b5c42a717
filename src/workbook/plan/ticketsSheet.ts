/**
 * The 工单 sheet: the Tickets table, its list validations and the overdue / due-soon colours
 * (the engine's OVERDUE_RULE / DUE_SOON_RULE written as conditional-format formulas over the due
 * columns, `SB_AsOf` and `SB_WarnHours`).
 */
import type { Locale } from '../../core/schema/fieldMeta';
import type { Ticket, TicketField } from '../../core/schema/ticket';
import type { Settings } from '../../core/settings/settings';
import { compileCalendar } from '../../core/calendar/compileCalendar';
import { DUE_SOON_RULE, OVERDUE_RULE, ruleFormula, type FormulaRefs } from '../../core/sla/overdueRule';
import { HOLIDAY_TYPES } from '../labels';
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

/**
 * Where the colour rules find things on row 2 of the Tickets table: its columns, SB_AsOf,
 * SB_WarnHours, and what counting the warning window in business time needs (the SLA rules, the
 * calendar, the holiday table's names; without `businessTime`, a workbook that lacks those names,
 * the window is clock hours).
 * @example colourRefs(settings, 'zh-CN', letterOf).now // 'SB_AsOf'
 */
export function colourRefs(settings: Settings, locale: Locale, letterOf: (key: string) => string, businessTime = true): FormulaRefs {
  const refs: FormulaRefs = {
    columns: { status: letterOf('status'), responseDue: letterOf('responseDue'), resolveDue: letterOf('resolveDue'), firstResponseAt: letterOf('firstResponseAt') },
    row: 2,
    now: NAMES.asOf,
    warningHours: NAMES.warnHours,
    locale,
    business: {
      sla: settings.sla,
      calendar: compileCalendar(settings.calendar),
      priority: letterOf('priority'),
      customerLevel: letterOf('customerLevel'),
      holidays: {
        dates: NAMES.holidayDates,
        types: NAMES.holidayTypes,
        holidayWords: Object.values(HOLIDAY_TYPES).map((t) => t[0]),
        makeupWords: Object.values(HOLIDAY_TYPES).map((t) => t[1]),
      },
    },
  };
  // A workbook written before the holiday names existed keeps counting clock hours.
  if (!businessTime) delete refs.business;
  return refs;
}

export function ticketsSheet(settings: Settings, locale: Locale, tickets: readonly Ticket[], name: string, businessTime = true): TicketsSheet {
  const ratingDims = ratingDimensionsOf(settings.ratingDimensions, tickets);
  const baseColumns = ticketColumns(locale, ratingDims, extraHeadersOf(tickets));
  const ticketRows = tickets.map((t) => ticketToRow(t, baseColumns, locale));
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

  const refs = colourRefs(settings, locale, (key) => colLetter(colOf(key)), businessTime);
  const ref = `A2:${colLetter(columns.length)}${coverTo}`;
  const conditionalFormats: ConditionalFormatPlan[] = [
    { id: 'overdue', sheet: name, ref, formula: ruleFormula(OVERDUE_RULE, refs), style: { fill: 'FFC7CE', font: '9C0006' }, stopIfTrue: true, priority: 1 },
    { id: 'dueSoon', sheet: name, ref, formula: ruleFormula(DUE_SOON_RULE, refs), style: { fill: 'FFEB9C', font: '9C5700' }, stopIfTrue: true, priority: 2 },
  ];

  const sheet: SheetPlan = { key: 'tickets', name, blocks: [table], freeze: { row: 1, col: 1 }, showGridLines: true, pageSetup: landscapeRegister(name, locale, { left: name }), tabColor: '2F5597' };
  return { sheet, columns, validations, conditionalFormats };
}
