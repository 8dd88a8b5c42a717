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

/**
 * A configuration problem worded in `locale`.
 * @example configProblemMessage('timeZone', 'en-US', { value: 'Asia/Shanghia', kept: 'Asia/Shanghai' }) // '“Asia/Shanghia” is not a known time zone (e.g. Asia/Shanghai); keeping Asia/Shanghai'
 * @example configProblemMessage('dayType', 'zh-CN') // '应为 节假日 或 调休上班'
 */
export function configProblemMessage(code: ConfigProblemCode, locale: Locale, params: MessageParams = {}): string {
  const choices = CHOICES[code]?.(locale).join(word('list.join', locale));
  const [holiday, makeup] = HOLIDAY_TYPES[locale];
  return word(`config.problem.${code}`, locale, { holiday, makeup, ...(choices === undefined ? {} : { choices }), ...params });
}
