/**
 * The words of configuration problems, in the three locales. `{name}` placeholders are filled
 * from the problem's params.
 */
import { fillPlaceholders, type MessageParams } from '../core/i18n/fillPlaceholders';
import type { Locale } from '../core/schema/fieldMeta';

export const CONFIG_PROBLEM_CODES = ['numberingPattern', 'timeZone', 'slaTooLong', 'hoursTooFew', 'schemaTooNew', 'calendarYearMissing'] as const;
export type ConfigProblemCode = (typeof CONFIG_PROBLEM_CODES)[number];

const MESSAGES: Record<Locale, Record<ConfigProblemCode, string>> = {
  'zh-CN': {
    numberingPattern: '编号模式「{value}」需要且只能有一个序号 {seq:N}（例如 CS{yyyyMMdd}{seq:3}），沿用预设的模式 {kept}',
    timeZone: '「{value}」不是可识别的时区（例如 Asia/Shanghai），沿用 {kept}',
    slaTooLong: '时限 {amount} {unit} 超过一年的营业时间，此行不使用',
    hoursTooFew: '营业时间每周不足 {minimum} 分钟，沿用预设的营业时间',
    calendarYearMissing: 'Config_Holidays 没有 {year} 年的节假日与调休，这一年的工单时限把节假日当作工作日（{count} 张工单）。请在 Config_Holidays 中加入 {year} 年国务院公布的放假日与调休上班日，或升级 ServiceBook 后重新生成配置',
    schemaTooNew: '此工作簿由较新版本的 ServiceBook 创建（架构版本 {found}，本程序支持到 {supported}），请先升级 ServiceBook',
  },
  'zh-TW': {
    numberingPattern: '編號模式「{value}」需要且只能有一個序號 {seq:N}（例如 CS{yyyyMMdd}{seq:3}），沿用預設的模式 {kept}',
    timeZone: '「{value}」不是可識別的時區（例如 Asia/Shanghai），沿用 {kept}',
    slaTooLong: '時限 {amount} {unit} 超過一年的營業時間，此列不使用',
    hoursTooFew: '營業時間每週不足 {minimum} 分鐘，沿用預設的營業時間',
    calendarYearMissing: 'Config_Holidays 沒有 {year} 年的節假日與調休，這一年的工單時限把節假日當作工作日（{count} 張工單）。請在 Config_Holidays 中加入 {year} 年國務院公布的放假日與調休上班日，或升級 ServiceBook 後重新產生設定',
    schemaTooNew: '此活頁簿由較新版本的 ServiceBook 建立（架構版本 {found}，本程式支援到 {supported}），請先升級 ServiceBook',
  },
  'en-US': {
    numberingPattern: 'The numbering pattern “{value}” needs exactly one sequence {seq:N} (e.g. CS{yyyyMMdd}{seq:3}); keeping the preset’s {kept}',
    timeZone: '“{value}” is not a known time zone (e.g. Asia/Shanghai); keeping {kept}',
    slaTooLong: 'A target of {amount} {unit} is more than a year of open time; this row is not used',
    hoursTooFew: 'The hours open less than {minimum} minutes a week; keeping the preset’s hours',
    calendarYearMissing: 'Config_Holidays has no holidays of {year}: the due times of that year count its holidays as working days ({count} tickets). Add the {year} public holidays and make-up working days (as published by the State Council) to Config_Holidays, or update ServiceBook and regenerate the configuration',
    schemaTooNew: 'This workbook was made by a newer ServiceBook (schema version {found}; this one supports up to {supported}): please update ServiceBook first',
  },
};

/**
 * A configuration problem worded in `locale`.
 * @example configProblemMessage('timeZone', 'en-US', { value: 'Asia/Shanghia', kept: 'Asia/Shanghai' }) // '“Asia/Shanghia” is not a known time zone (e.g. Asia/Shanghai); keeping Asia/Shanghai'
 */
export function configProblemMessage(code: ConfigProblemCode, locale: Locale, params: MessageParams = {}): string {
  return fillPlaceholders(MESSAGES[locale][code], params);
}
