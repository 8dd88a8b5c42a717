/**
 * Configuration problems, worded from the workbook's message files (`config.problem.<code>` in
 * src/core/i18n/words). `{name}` placeholders are filled from the problem's params.
 */
import type { MessageParams } from '../core/i18n/fillPlaceholders';
import { word } from '../core/i18n/words';
import type { Locale } from '../core/schema/fieldMeta';

export const CONFIG_PROBLEM_CODES = ['numberingPattern', 'timeZone', 'slaTooLong', 'hoursTooFew', 'schemaTooNew', 'calendarYearMissing'] as const;
export type ConfigProblemCode = (typeof CONFIG_PROBLEM_CODES)[number];

/**
 * A configuration problem worded in `locale`.
 * @example configProblemMessage('timeZone', 'en-US', { value: 'Asia/Shanghia', kept: 'Asia/Shanghai' }) // '“Asia/Shanghia” is not a known time zone (e.g. Asia/Shanghai); keeping Asia/Shanghai'
 */
export function configProblemMessage(code: ConfigProblemCode, locale: Locale, params: MessageParams = {}): string {
  return word(`config.problem.${code}`, locale, params);
}
