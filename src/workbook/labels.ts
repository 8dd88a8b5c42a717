/**
 * Localised words of the structured workbook: sheet names and the headers of the non-ticket
 * tables. Table names are fixed (see DESIGN.md); only what a person reads is localised.
 */
import type { Locale } from '../core/schema/fieldMeta';
import type { SheetKey } from './types';

export type L10n = Record<Locale, string>;
const l = (zhCN: string, zhTW: string, en: string): L10n => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, 'en-US': en });

export const SHEET_NAMES: Record<SheetKey, L10n> = {
  readme: l('说明', '說明', 'README'),
  tickets: l('工单', '工單', 'Tickets'),
  log: l('处理记录', '處理記錄', 'Ticket log'),
  subtasks: l('子任务', '子任務', 'Subtasks'),
  stats: l('统计', '統計', 'Statistics'),
  pivots: l('汇总', '匯總', 'Pivots'),
  config: l('配置', '配置', 'Settings'),
  importReport: l('导入报告', '匯入報告', 'Import report'),
};

/** Headers of the log, subtask, config, stats and report tables, keyed by column key. */
export const HEADERS: Record<string, L10n> = {
  // Ticket_Log
  ticketId: l('工单编号', '工單編號', 'Ticket No.'),
  at: l('时间', '時間', 'Time'),
  kind: l('类型', '類型', 'Kind'),
  channel: l('渠道', '渠道', 'Channel'),
  content: l('内容', '內容', 'Content'),
  nextStep: l('下一步', '下一步', 'Next step'),
  by: l('记录人', '記錄人', 'By'),
  status: l('状态', '狀態', 'Status'),
  // Subtasks
  title: l('子任务', '子任務', 'Subtask'),
  owner: l('负责人', '負責人', 'Owner'),
  due: l('截止时间', '截止時間', 'Due'),
  dependsOn: l('依赖', '依賴', 'Depends on'),
  needs: l('协调需求', '協調需求', 'Needs'),
  // key/value tables
  key: l('键', '鍵', 'Key'),
  label: l('项目', '項目', 'Item'),
  value: l('值', '值', 'Value'),
  // Config_Lists
  categories: l('需求类型', '需求類型', 'Categories'),
  subcategoryOf: l('细分所属类型', '細分所屬類型', 'Subcategory of'),
  subcategories: l('问题细分', '問題細分', 'Subcategories'),
  channels: l('沟通渠道', '溝通渠道', 'Channels'),
  departments: l('责任部门', '責任部門', 'Departments'),
  emotions: l('客户情绪', '客戶情緒', 'Emotions'),
  owners: l('负责人', '負責人', 'Owners'),
  levels: l('紧急程度/优先级', '緊急程度/優先級', 'Levels'),
  statuses: l('处理状态', '處理狀態', 'Statuses'),
  customerLevels: l('客户等级', '客戶等級', 'Customer levels'),
  satisfaction: l('满意度', '滿意度', 'Satisfaction'),
  units: l('时限单位', '時限單位', 'Units'),
  // Config_SLA
  priority: l('优先级', '優先級', 'Priority'),
  customerLevel: l('客户等级', '客戶等級', 'Customer level'),
  responseAmount: l('响应时限', '響應時限', 'Response'),
  responseUnit: l('响应单位', '響應單位', 'Response unit'),
  resolveAmount: l('解决时限', '解決時限', 'Resolution'),
  resolveUnit: l('解决单位', '解決單位', 'Resolution unit'),
  // Config_Hours
  day: l('星期', '星期', 'Day'),
  start: l('开始', '開始', 'Start'),
  end: l('结束', '結束', 'End'),
  // Config_Holidays
  date: l('日期', '日期', 'Date'),
  dayType: l('类型', '類型', 'Type'),
  name: l('名称', '名稱', 'Name'),
  // Config_Numbering
  pattern: l('编号模式', '編號模式', 'Pattern'),
  example: l('示例', '示例', 'Example'),
  use: l('用途', '用途', 'Use'),
  // Report workbooks over several teams (refresh with several inputs)
  team: l('团队', '團隊', 'Team'),
  // Config_Reserved
  reservedNumber: l('保留编号（已归档）', '保留編號（已歸檔）', 'Reserved number (archived)'),
  // Config_Routing / Keywords / Suggestions / Scripts
  category: l('需求类型', '需求類型', 'Category'),
  keyword: l('关键词', '關鍵詞', 'Keyword'),
  department: l('责任部门', '責任部門', 'Department'),
  level: l('级别', '級別', 'Level'),
  reason: l('原因', '原因', 'Reason'),
  subcategory: l('问题细分', '問題細分', 'Subcategory'),
  suggestion: l('处理建议', '處理建議', 'Suggestion'),
  scenario: l('场景', '場景', 'Scenario'),
  text: l('话术', '話術', 'Script'),
  // Stats (Stats_Classification: seed 003's 客户反馈分类统计表 heads)
  period: l('统计周期', '統計週期', 'Period'),
  feedbackType: l('反馈类型', '反饋類型', 'Feedback type'),
  feedbackDetail: l('具体问题细分', '具體問題細分', 'Specific issue'),
  count: l('出现频次', '出現頻次', 'Count'),
  share: l('占比(%)', '占比(%)', 'Share (%)'),
  typicalCase: l('典型案例', '典型案例', 'Typical case'),
  metric: l('指标', '指標', 'Metric'),
  current: l('本期', '本期', 'This period'),
  previous: l('上期', '上期', 'Previous'),
  change: l('变化', '變化', 'Change'),
  // Import report
  row: l('行', '行', 'Row'),
  column: l('列', '列', 'Column'),
  field: l('字段', '欄位', 'Field'),
  problem: l('问题', '問題', 'Problem'),
  reportKind: l('类别', '類別', 'Kind'),
  detail: l('说明', '說明', 'Detail'),
};

export const header = (key: string, locale: Locale): string => HEADERS[key]?.[locale] ?? key;

/** Weekday names used in Config_Hours, index 0 = Sunday; index 7 = make-up working days. */
export const DAY_NAMES: Record<Locale, string[]> = {
  'zh-CN': ['周日', '周一', '周二', '周三', '周四', '周五', '周六', '调休日'],
  'zh-TW': ['週日', '週一', '週二', '週三', '週四', '週五', '週六', '調休日'],
  'en-US': ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Make-up day'],
};

export const HOLIDAY_TYPES: Record<Locale, [holiday: string, makeup: string]> = {
  'zh-CN': ['节假日', '调休上班'],
  'zh-TW': ['節假日', '調休上班'],
  'en-US': ['Holiday', 'Make-up working day'],
};

/** What a row of Config_Numbering is for: the first numbers new tickets, the others are kept from earlier records. */
export const NUMBERING_USE: Record<Locale, [next: string, kept: string]> = {
  'zh-CN': ['新工单编号', '沿用的旧编号'],
  'zh-TW': ['新工單編號', '沿用的舊編號'],
  'en-US': ['New tickets', 'Kept from earlier records'],
};

export const YES_NO: Record<Locale, [string, string]> = {
  'zh-CN': ['是', '否'],
  'zh-TW': ['是', '否'],
  'en-US': ['Yes', 'No'],
};

/** Every localised spelling of a header key, for reading a table written in any locale. */
export const headerSpellings = (key: string): string[] => (HEADERS[key] ? Object.values(HEADERS[key]) : [key]);

/**
 * The locale a table was written in, from its headers: the one whose header words for `keys`
 * match most (zh-CN on a tie).
 * @example localeOfTableHeaders(['Ticket No.', 'Time', 'Kind'], ['ticketId', 'at', 'kind']) // → 'en-US'
 */
export function localeOfTableHeaders(headers: readonly string[], keys: readonly string[]): Locale {
  const trimmed = new Set(headers.map((h) => h.trim()));
  const hits = (l: Locale): number => keys.filter((k) => trimmed.has(header(k, l))).length;
  return (['zh-CN', 'zh-TW', 'en-US'] as const).reduce<Locale>((best, l) => (hits(l) > hits(best) ? l : best), 'zh-CN');
}
