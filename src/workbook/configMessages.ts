/**
 * Configuration problems, worded from the workbook's message files (`config.problem.<code>` in
 * src/core/i18n/words). `{name}` placeholders are filled from the problem's params; the lists a
 * message offers (`{choices}`, `{holiday}`, `{makeup}`) are the workbook's own words in `locale`.
 */
import type { MessageParams } from '../core/i18n/fillPlaceholders';
import { displayWord } from '../core/i18n/vocabulary';
import { word } from '../core/i18n/words';
import { CATEGORIES, LOG_KINDS, SUBTASK_STATUSES } from '../core/schema/enums';
import type { Locale } from '../core/schema/fieldMeta';
import { SUBTASK_NEEDS } from '../core/schema/log';
import { DAY_NAMES, HOLIDAY_TYPES } from './labels';
import type { ConfigProblem } from './configTables';
import { quotable } from '../core/validation/problem';

export const CONFIG_PROBLEM_CODES = [
  'numberingPattern',
  'timeZone',
  'slaTooLong',
  'hoursTooFew',
  'schemaTooNew',
  'calendarYearMissing',
  'metaStatus',
  'metaUrgency',
  'yesOrNo',
  'notCategory',
  'invalidRow',
  'noValidRows',
  'dayName',
  'timeOfDay',
  'endAfterStart',
  'date',
  'dayType',
  'patternEmpty',
  'nonNegative',
  'invalidSettings',
  'missingTicketId',
  'unknownTicket',
  'invalidDateTime',
  'logKind',
  'invalidStatus',
  'missingSubtaskTitle',
  'subtaskStatus',
  'subtaskNeeds',
  'dateTwice',
  'columnMissing',
  'tablesMissing',
] as const;
export type ConfigProblemCode = (typeof CONFIG_PROBLEM_CODES)[number];

/** The values a code's message offers, in `locale`. */
const CHOICES: Partial<Record<ConfigProblemCode, (locale: Locale) => readonly string[]>> = {
  notCategory: (l) => CATEGORIES.map((c) => displayWord(c, l)),
  dayName: (l) => DAY_NAMES[l],
  logKind: (l) => LOG_KINDS.map((k) => displayWord(k, l)),
  subtaskStatus: (l) => SUBTASK_STATUSES.map((s) => displayWord(s, l)),
  subtaskNeeds: (l) => SUBTASK_NEEDS.filter(Boolean).map((n) => displayWord(n, l)),
};

/** Codes whose `{tables}` param is a list of table names (kept joined by `,`, shown with the locale's separator). */
const TABLE_LISTS: ReadonlySet<ConfigProblemCode> = new Set(['tablesMissing']);

/**
 * A configuration problem worded in `locale`.
 * @example configProblemMessage('timeZone', 'en-US', { value: 'Asia/Shanghia', kept: 'Asia/Shanghai' }) // '“Asia/Shanghia” is not a known time zone (e.g. Asia/Shanghai); keeping Asia/Shanghai'
 * @example configProblemMessage('dayType', 'zh-CN') // '应为 节假日 或 调休上班'
 */
export function configProblemMessage(code: ConfigProblemCode, locale: Locale, params: MessageParams = {}): string {
  const choices = CHOICES[code]?.(locale).join(word('list.join', locale));
  const [holiday, makeup] = HOLIDAY_TYPES[locale];
  const filled: MessageParams = { holiday, makeup, ...(choices === undefined ? {} : { choices }), ...params };
  if (TABLE_LISTS.has(code) && params.tables !== undefined) filled.tables = String(params.tables).split(',').join(word('list.join', locale));
  return word(`config.problem.${code}`, locale, filled);
}

/**
 * A configuration problem as one line, in `locale`: where it is (sheet, table, row, column, the
 * value typed, masked) and what is wrong; a problem of the whole workbook (no sheet or row) is its
 * message alone. The command prints it and 检查 shows it.
 * @example configProblemLine({ table: 'Config_SLA', sheet: '配置', row: 14, column: '客户等级', value: '', message: '', code: 'columnMissing', params: { column: '客户等级' } }, 'zh-CN')
 * // '「配置」表 Config_SLA 第 14 行「客户等级」：缺少“客户等级”列：该列按留空处理，用默认值'
 */
export function configProblemLine(p: ConfigProblem, locale: Locale): string {
  const message = quotable(p.code ? configProblemMessage(p.code, locale, p.params) : p.message);
  if (!p.sheet || p.row <= 0) return message;
  const value = p.value ? word('config.problem.atValue', locale, { value: quotable(p.value) }) : '';
  return word('config.problem.at', locale, { sheet: quotable(p.sheet), table: p.table, row: p.row, column: quotable(p.column), value, message });
}
