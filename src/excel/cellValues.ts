/**
 * Plan cells and tickets to what Office.js writes, and Office.js values to RawCell. Dates go in
 * as Excel serials with a date format (so the conditional formats can compare them with NOW());
 * text that starts with = + - @ is marked so the writer formats its cell as text first.
 */
import { FIELD_META } from '../core/schema/fieldMeta';
import type { Ticket } from '../core/schema/ticket';
import { isLocalDateTime, toExcelSerial } from '../core/time/localDateTime';
import { fieldWord } from '../core/i18n/fieldVocabulary';
import { localeOfHeaders, ticketColumnRoles } from '../workbook/ticketTable';
import { isPlanDateTime, isPlanFormula, type ColumnType, type PlanCell, type RawCell } from '../workbook/types';

export type OutValue = string | number | boolean;

const FORMULA_LIKE = /^[=+\-@]/;
/** Text Excel would read as a formula (or a signed number) unless the cell is formatted as text. */
export const needsTextFormat = (v: OutValue): boolean => typeof v === 'string' && FORMULA_LIKE.test(v);

/** A plan cell as a `formulas` entry: formulas get their `=`, dates become serials. */
export function planCellOut(c: PlanCell | undefined, type?: ColumnType): OutValue {
  if (c === null || c === undefined) return '';
  if (isPlanFormula(c)) return `=${c.formula}`;
  if (isPlanDateTime(c)) return isLocalDateTime(c.datetime) ? toExcelSerial(c.datetime) : '';
  if (typeof c === 'string' && (type === 'datetime' || type === 'date') && isLocalDateTime(c)) return toExcelSerial(c);
  return c;
}

/** Number format for a column type ('@' keeps text as text). */
export function numberFormatOf(type: ColumnType, numFmt?: string): string {
  if (numFmt) return numFmt;
  switch (type) {
    case 'text':
    case 'longText':
      return '@';
    case 'integer':
      return '0';
    case 'percent':
      return '0.0%';
    case 'datetime':
      return 'yyyy-mm-dd hh:mm';
    case 'date':
      return 'yyyy-mm-dd';
    default:
      return 'General';
  }
}

/** A ticket as a row under the table's actual headers (any locale, extra and rating columns; list values in the headers' locale). */
export function ticketRowFor(t: Ticket, headers: readonly string[]): OutValue[] {
  const locale = localeOfHeaders(headers);
  return ticketColumnRoles(headers).map((role) => {
    if ('rating' in role) return t.ratings[role.rating] ?? '';
    if ('extra' in role) {
      const v = t.extra[role.extra];
      return v === undefined || v === null ? '' : v;
    }
    const f = role.field;
    const v = t[f];
    if (f === 'coOwners') return (v as string[]).join('、');
    if (f === 'ratings' || v === null || v === undefined) return '';
    if (FIELD_META[f].kind === 'datetime' && typeof v === 'string') return isLocalDateTime(v) ? toExcelSerial(v) : v;
    return typeof v === 'string' ? fieldWord(f, v, locale) : (v as OutValue);
  });
}

/** Office.js hands '' for empty cells; the core wants null. */
export const rawOf = (v: unknown): RawCell => (v === '' || v === undefined || v === null ? null : (v as RawCell));

/** Cells equal as Excel stores them (serials compared to the minute). */
export function sameCell(a: unknown, b: unknown): boolean {
  const x = a === null || a === undefined ? '' : a;
  const y = b === null || b === undefined ? '' : b;
  if (typeof x === 'number' && typeof y === 'number') return Math.abs(x - y) < 1 / 2880;
  return x === y || String(x) === String(y);
}
