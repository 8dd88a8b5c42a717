/**
 * The list validations and row colours of the 工单 sheet for a Tickets table that has grown:
 * the same rules the plan gives a new workbook (ticketsSheet), over the actual headers, covering
 * the body down to `coverTo`. A host widens them as rows are added, so they never stop at the
 * first rows the workbook was written with. `businessTime` false (no SB_HolidayDates name in the
 * workbook) keeps the due-soon colour in clock hours rather than point it at a missing name.
 */
import type { Locale } from '../../core/schema/fieldMeta';
import { emptyTicket } from '../../core/schema/ticket';
import type { Settings } from '../../core/settings/settings';
import { EXTRA_PREFIX, RATING_PREFIX, ticketColumnRoles } from '../ticketTable';
import type { ConditionalFormatPlan, ValidationPlan } from '../types';
import { colLetter } from './names';
import { ticketsSheet } from './ticketsSheet';

export interface TicketRules {
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
}

/** Column keys of a Tickets table's headers, as the plan names them (`rating:…`, `extra:…`). */
export const columnKeysOf = (headers: readonly string[]): string[] =>
  ticketColumnRoles(headers).map((r) => ('field' in r ? r.field : 'rating' in r ? RATING_PREFIX + r.rating : EXTRA_PREFIX + r.extra));

/**
 * The rules for rows 2…`coverTo` of a table with `headers`, or null when the headers are not in
 * the plan's order (a table a team rearranged: its rules are left as they are).
 * @example ticketRulesFor(settings, 'zh-CN', '工单', headers, 2000)?.conditionalFormats[0].ref // 'A2:AL2000'
 */
export function ticketRulesFor(settings: Settings, locale: Locale, sheet: string, headers: readonly string[], coverTo: number, businessTime = true): TicketRules | null {
  const keys = columnKeysOf(headers);
  const probe = emptyTicket();
  for (const k of keys) {
    if (k.startsWith(RATING_PREFIX)) probe.ratings[k.slice(RATING_PREFIX.length)] = 1;
    if (k.startsWith(EXTRA_PREFIX)) probe.extra[k.slice(EXTRA_PREFIX.length)] = '';
  }
  const planned = ticketsSheet(settings, locale, [probe], sheet, businessTime);
  if (planned.columns.length !== keys.length || planned.columns.some((c, i) => c.key !== keys[i])) return null;
  return {
    validations: planned.validations.map((v) => ({ ...v, toRow: coverTo })),
    conditionalFormats: planned.conditionalFormats.map((cf) => ({ ...cf, ref: `A2:${colLetter(keys.length)}${coverTo}` })),
  };
}
