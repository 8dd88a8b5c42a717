/**
 * What every operation of the Office.js host shares: the clock, the display language, what this
 * Excel can do, and the rows the add-in wrote (to ignore its own change events).
 */
import { localNow } from '../../core/calendar/localNow';
import { formatTicketNumber } from '../../core/numbering/pattern';
import { LOCALES, type Locale } from '../../core/schema/fieldMeta';
import type { LogEntry, Subtask } from '../../core/schema/log';
import type { Ticket } from '../../core/schema/ticket';
import type { Settings } from '../../core/settings/settings';
import type { StatsReport } from '../../core/stats/computeStats';
import type { LocalDateTime } from '../../core/time/localDateTime';
import { SHEET_NAMES } from '../../workbook/labels';
import { buildWorkbookPlan, type ImportReportEntry } from '../../workbook/plan';
import type { WorkbookPlan } from '../../workbook/types';
import { HostError } from '../errors';
import type { OwnWrites } from '../ownWrites';
import type { Capabilities, FeatureKey } from '../requirements';
import type { WorkbookState } from '../workbookState';

export interface OpEnv {
  caps: Capabilities;
  now: () => Date;
  displayLocale: () => Locale;
  own: OwnWrites;
}

/**
 * Office display language → workbook locale: zh-TW/HK/MO/Hant → zh-TW, other zh → zh-CN, any other → en-US, none → zh-CN.
 * @example localeOf('zh-HK') // 'zh-TW'
 */
export function localeOf(language: string | undefined): Locale {
  const l = (language ?? '').toLowerCase();
  if (/^zh-(tw|hk|mo|hant)/.test(l)) return 'zh-TW';
  if (l.startsWith('zh')) return 'zh-CN';
  if (l) return 'en-US';
  return 'zh-CN';
}

export const asOfFor = (env: OpEnv, settings: Settings): LocalDateTime => localNow(settings.calendar.timeZone, env.now());

/** The locale the workbook was set up in (its Tickets sheet name), else the display language. */
export function workbookLocale(env: OpEnv, state: WorkbookState): Locale {
  const sheet = state.shapes.Tickets?.sheet;
  return LOCALES.find((l) => SHEET_NAMES.tickets[l] === sheet) ?? env.displayLocale();
}

/** Refuses an operation this Excel cannot do, naming the feature and the set it needs. */
export function requireFeature(env: OpEnv, feature: FeatureKey): void {
  if (env.caps[feature]) return;
  const set = env.caps.missing.find((m) => m.feature === feature)?.set ?? 'ExcelApi';
  throw new HostError('needsApi', { feature, set });
}

/**
 * The first number the pattern gives at `asOf`, shown in Config_Numbering ('' for a pattern that gives none).
 * @example numberingExampleFor({ numbering: { pattern: 'CS{yyyyMMdd}{seq:3}' } }, '2024-05-08T16:30') === 'CS20240508001'
 */
export function numberingExampleFor(settings: Pick<Settings, 'numbering'>, asOf: LocalDateTime): string {
  try {
    return formatTicketNumber(settings.numbering.pattern, asOf, 1);
  } catch {
    return '';
  }
}

export function planFor(settings: Settings, locale: Locale, tickets: Ticket[], logs: LogEntry[], subtasks: Subtask[], stats: StatsReport, report?: ImportReportEntry[]): WorkbookPlan {
  return buildWorkbookPlan({ settings, locale, tickets, logs, subtasks, stats, fixedAsOf: null, importReport: report, numberingExample: numberingExampleFor(settings, stats.asOf) });
}
