/** Words the plan writes into the workbook, in the three locales (from src/core/i18n/words). */
import { fieldWord } from '../../core/i18n/fieldVocabulary';
import { wordFor } from '../../core/i18n/vocabulary';
import { FIELD_META, type Locale } from '../../core/schema/fieldMeta';
import { EMPTY_LABEL } from '../../core/stats/classification';
import { exactCriterion } from './names';
import type { TicketField } from '../../core/schema/ticket';
import { words } from '../../core/i18n/words';


export const PERIOD_WORDS = {
  title: words('period.title'),
  start: words('period.start'),
  end: words('period.end'),
  asOf: words('period.asOf'),
  coloursAsOf: words('period.coloursAsOf'),
  weekOf: words('period.weekOf'),
  received: words('period.received'),
  total: words('period.total'),
};

/** The label of a ticket field, or the name itself when it is not one. */
export function fieldText(field: string, locale: Locale): string {
  return field in FIELD_META ? FIELD_META[field as TicketField].labels[locale] : field;
}

/**
 * A value a statistic is broken down by, as the Tickets cells of a workbook in `locale` hold it
 * (so COUNTIFS criteria match them); the empty row reads (空) / (blank).
 * @example statValue('status', '处理中', 'en-US') // → 'In progress'
 */
export const statValue = (field: string, value: string, locale: Locale): string => (value === EMPTY_LABEL ? wordFor('blank', value, locale) : fieldWord(field, value, locale));

/**
 * A COUNTIFS criterion matching the cells that hold `value` of `field` in a workbook in `locale`
 * (blank cells for the empty row).
 * @example valueCriterion('status', '处理中', 'en-US') // → '"=In progress"'
 */
export const valueCriterion = (field: string, value: string, locale: Locale): string => exactCriterion(value === EMPTY_LABEL ? value : fieldWord(field, value, locale));
