/** Structured references into the Tickets table, as the statistics formulas use them. */
import { FIELD_META, type Locale } from '../../core/schema/fieldMeta';
import type { TicketField } from '../../core/schema/ticket';
import { NAMES } from './names';

/**
 * The structured reference of a Tickets column.
 * @example ticketRef('receivedAt', 'zh-CN') // 'Tickets[受理时间]'
 */
export const ticketRef = (f: TicketField, locale: Locale): string => `Tickets[${FIELD_META[f].labels[locale]}]`;

/**
 * COUNTIFS criteria pairs that keep tickets received in the period (SB_PeriodStart ≤ 受理时间 < SB_PeriodEnd).
 * @example inPeriodCriteria('en-US') // 'Tickets[Received at],">="&SB_PeriodStart,Tickets[Received at],"<"&SB_PeriodEnd'
 */
export function inPeriodCriteria(locale: Locale): string {
  const received = ticketRef('receivedAt', locale);
  return `${received},">="&${NAMES.periodStart},${received},"<"&${NAMES.periodEnd}`;
}

/**
 * SUMPRODUCT factors that keep tickets received in the period (text and blank cells count 0).
 * @example inPeriodFactors('en-US') // '(Tickets[Received at]>=SB_PeriodStart)*(Tickets[Received at]<SB_PeriodEnd)'
 */
export function inPeriodFactors(locale: Locale): string {
  const received = ticketRef('receivedAt', locale);
  return `(${received}>=${NAMES.periodStart})*(${received}<${NAMES.periodEnd})`;
}
