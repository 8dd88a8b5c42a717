/**
 * Localised words of the structured workbook: sheet names and the headers of the non-ticket
 * tables. Table names are fixed (see DESIGN.md); only what a person reads is localised.
 */
import type { Locale } from '../core/schema/fieldMeta';
import type { SheetKey } from './types';
import { word, words, type WorkbookWordKey } from '../core/i18n/words';

export type L10n = Record<Locale, string>;

export const SHEET_NAMES: Record<SheetKey, L10n> = {
  readme: words('sheet.readme'),
  tickets: words('sheet.tickets'),
  log: words('sheet.log'),
  subtasks: words('sheet.subtasks'),
  stats: words('sheet.stats'),
  pivots: words('sheet.pivots'),
  config: words('sheet.config'),
  importReport: words('sheet.importReport'),
};

/** Headers of the log, subtask, config, stats and report tables, keyed by column key. */
export const HEADERS: Record<string, L10n> = {
  // Ticket_Log
  ticketId: words('header.ticketId'),
  at: words('header.at'),
  kind: words('header.kind'),
  channel: words('header.channel'),
  content: words('header.content'),
  nextStep: words('header.nextStep'),
  by: words('header.by'),
  status: words('header.status'),
  // Subtasks
  title: words('header.title'),
  owner: words('header.owner'),
  due: words('header.due'),
  dependsOn: words('header.dependsOn'),
  needs: words('header.needs'),
  // key/value tables
  key: words('header.key'),
  label: words('header.label'),
  value: words('header.value'),
  // Config_Lists
  categories: words('header.categories'),
  subcategoryOf: words('header.subcategoryOf'),
  subcategories: words('header.subcategories'),
  channels: words('header.channels'),
  departments: words('header.departments'),
  emotions: words('header.emotions'),
  owners: words('header.owners'),
  levels: words('header.levels'),
  statuses: words('header.statuses'),
  customerLevels: words('header.customerLevels'),
  satisfaction: words('header.satisfaction'),
  units: words('header.units'),
  // Config_SLA
  priority: words('header.priority'),
  customerLevel: words('header.customerLevel'),
  responseAmount: words('header.responseAmount'),
  responseUnit: words('header.responseUnit'),
  resolveAmount: words('header.resolveAmount'),
  resolveUnit: words('header.resolveUnit'),
  // Config_Hours
  day: words('header.day'),
  start: words('header.start'),
  end: words('header.end'),
  // Config_Holidays
  date: words('header.date'),
  dayType: words('header.dayType'),
  name: words('header.name'),
  // Config_Numbering
  pattern: words('header.pattern'),
  example: words('header.example'),
  use: words('header.use'),
  // Report workbooks over several teams (refresh with several inputs)
  team: words('header.team'),
  // Config_Reserved
  reservedNumber: words('header.reservedNumber'),
  // Config_Routing / Keywords / Suggestions / Scripts
  category: words('header.category'),
  keyword: words('header.keyword'),
  department: words('header.department'),
  level: words('header.level'),
  reason: words('header.reason'),
  subcategory: words('header.subcategory'),
  suggestion: words('header.suggestion'),
  scenario: words('header.scenario'),
  text: words('header.text'),
  // Stats (Stats_Classification: seed 003's 客户反馈分类统计表 heads)
  period: words('header.period'),
  feedbackType: words('header.feedbackType'),
  feedbackDetail: words('header.feedbackDetail'),
  count: words('header.count'),
  share: words('header.share'),
  typicalCase: words('header.typicalCase'),
  metric: words('header.metric'),
  current: words('header.current'),
  previous: words('header.previous'),
  change: words('header.change'),
  // Import report
  row: words('header.row'),
  column: words('header.column'),
  field: words('header.field'),
  problem: words('header.problem'),
  reportKind: words('header.reportKind'),
  detail: words('header.detail'),
};

export const header = (key: string, locale: Locale): string => HEADERS[key]?.[locale] ?? key;

const inLocales = <T>(of: (l: Locale) => T): Record<Locale, T> => ({ 'zh-CN': of('zh-CN'), 'zh-TW': of('zh-TW'), 'en-US': of('en-US') });

/** Weekday names used in Config_Hours, index 0 = Sunday; index 7 = make-up working days. */
export const DAY_NAMES: Record<Locale, string[]> = inLocales((l) => [0, 1, 2, 3, 4, 5, 6, 7].map((d) => word(`config.day.${d}` as WorkbookWordKey, l)));

export const HOLIDAY_TYPES: Record<Locale, [holiday: string, makeup: string]> = inLocales((l) => [word('config.holiday', l), word('config.makeup', l)]);

/** What a row of Config_Numbering is for: the first numbers new tickets, the others are kept from earlier records. */
export const NUMBERING_USE: Record<Locale, [next: string, kept: string]> = inLocales((l) => [word('config.numberingNext', l), word('config.numberingKept', l)]);

export const YES_NO: Record<Locale, [string, string]> = inLocales((l) => [word('config.yes', l), word('config.no', l)]);

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
