/**
 * Names, addresses and formula pieces every sheet of the plan shares.
 */
import { EMPTY_LABEL } from '../../core/stats/classification';

/** Defined names the formulas rely on. */
export const NAMES = {
  asOf: 'SB_AsOf',
  periodStart: 'SB_PeriodStart',
  periodEnd: 'SB_PeriodEnd',
  warnHours: 'SB_WarnHours',
  /** The date and day-type columns of Config_Holidays: the due-soon colour counts business time over them. */
  holidayDates: 'SB_HolidayDates',
  holidayTypes: 'SB_HolidayTypes',
} as const;

/** Rows of room a validation / conditional format covers below the data. */
export const GROWTH_ROWS = 500;

/**
 * The column letters of a 1-based column number.
 * @example colLetter(28) // 'AB'
 */
export function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * An A1 address, absolute when asked.
 * @example addr(3, 2, true) // '$B$3'
 */
export const addr = (row: number, col: number, abs = false): string => (abs ? `$${colLetter(col)}$${row}` : `${colLetter(col)}${row}`);

/**
 * A COUNTIFS criterion that matches exactly `value` (wildcards escaped), or blank cells for '(空)'/''.
 * @example exactCriterion('a*b') // '"=a~*b"'
 */
export function exactCriterion(value: string): string {
  if (value === '' || value === EMPTY_LABEL) return '""';
  const escaped = value.replace(/[~*?]/g, (c) => `~${c}`).replace(/"/g, '""');
  return `"=${escaped}"`;
}

/** Excel's limit on a text in a formula, and on a COUNTIFS criterion (longer: #VALUE!). */
export const FORMULA_TEXT_CHARS = 255;

/**
 * Whether `exactCriterion(value)` is a criterion Excel accepts (at most 255 characters).
 * @example criterionFits('张三') === true
 * @example criterionFits('长'.repeat(300)) === false
 */
export const criterionFits = (value: string): boolean => value === EMPTY_LABEL || 1 + value.replace(/[~*?]/g, '~$&').length <= FORMULA_TEXT_CHARS;

/**
 * A SUMPRODUCT factor, 1 where the cells of `ref` hold exactly `value` (case-insensitive, as
 * COUNTIFS; blank cells for '' / '(空)'): a value too long to be written in a formula is compared
 * with `cell`, the cell that shows it.
 * @example equalsFactor('Tickets[负责人]', '李四', '$A5') // '(Tickets[负责人]="李四")'
 * @example equalsFactor('Tickets[负责人]', '长'.repeat(300), '$A5') // '(Tickets[负责人]=$A5)'
 */
export function equalsFactor(ref: string, value: string, cell: string): string {
  if (value === '' || value === EMPTY_LABEL) return `(${ref}="")`;
  return value.length <= FORMULA_TEXT_CHARS ? `(${ref}="${value.replace(/"/g, '""')}")` : `(${ref}=${cell})`;
}

/**
 * The defined name that marks a sheet as ServiceBook's (it points at A1 and follows renames).
 * @example sheetNameKey('stats') // 'SB_Sheet_stats'
 */
export const sheetNameKey = (key: string): string => `SB_Sheet_${key}`;

/**
 * A local date-time as an Excel formula (locale-independent, no text parsing).
 * @example excelDateTimeLiteral('2024-03-31T23:05') // 'DATE(2024,3,31)+TIME(23,5,0)'
 */
export function excelDateTimeLiteral(t: string): string {
  const [y, mo, d, h, mi] = t.split(/[-T:]/).map(Number);
  return `DATE(${y},${mo},${d})+TIME(${h},${mi},0)`;
}
