/** Result lines of the ribbon commands, in the Office display language. */
import type { Locale } from '../core/schema/fieldMeta';
import type { StatsReport } from '../core/stats/computeStats';
import type { CheckReport } from '../excel/serviceBookHost';
import { makeTranslator } from '../taskpane/i18n';
import { describeError } from '../taskpane/i18n/hostErrors';

type Words = Record<Locale, (n: Record<string, number | string>) => string>;

const CHECK: Words = {
  'zh-CN': (n) => `检查完成：补全 ${n.completed} 行，重新编号 ${n.renumbered} 个，问题 ${n.problems} 个；已超时 ${n.overdue}，即将超时 ${n.dueSoon}，已升级 ${n.escalated}，待更新进度 ${n.progress}，待回访 ${n.revisits}。`,
  'zh-TW': (n) => `檢查完成：補全 ${n.completed} 列，重新編號 ${n.renumbered} 個，問題 ${n.problems} 個；已逾時 ${n.overdue}，即將逾時 ${n.dueSoon}，已升級 ${n.escalated}，待更新進度 ${n.progress}，待回訪 ${n.revisits}。`,
  'en-US': (n) => `Check done: ${n.completed} rows completed, ${n.renumbered} renumbered, ${n.problems} problems; overdue ${n.overdue}, due soon ${n.dueSoon}, escalated ${n.escalated}, progress due ${n.progress}, revisits due ${n.revisits}.`,
};

const STATS: Words = {
  'zh-CN': (n) => `统计已刷新（${n.start} 起）：受理 ${n.received}，解决 ${n.resolved}，积压 ${n.backlog}，超时未结 ${n.overdue}。`,
  'zh-TW': (n) => `統計已重新整理（${n.start} 起）：受理 ${n.received}，解決 ${n.resolved}，積壓 ${n.backlog}，逾時未結 ${n.overdue}。`,
  'en-US': (n) => `Statistics refreshed (from ${n.start}): received ${n.received}, resolved ${n.resolved}, backlog ${n.backlog}, overdue open ${n.overdue}.`,
};

const FAILED: Record<Locale, string> = { 'zh-CN': '操作失败：', 'zh-TW': '操作失敗：', 'en-US': 'Failed: ' };

export function checkMessage(r: CheckReport, locale: Locale): string {
  return CHECK[locale]({
    completed: r.completed,
    renumbered: r.renumbered.length,
    problems: r.problems.length,
    overdue: r.overdue.length,
    dueSoon: r.dueSoon.length,
    escalated: r.escalated.length,
    progress: r.needsProgress.length,
    revisits: r.revisitsDue.length,
  });
}

export function statsMessage(r: StatsReport, locale: Locale): string {
  return STATS[locale]({ start: r.period.start.slice(0, 10), received: r.received, resolved: r.resolved, backlog: r.backlog, overdue: r.overdueOpen });
}

/** A failure, worded from the pane's message files (host errors never reach the user as codes or Chinese). */
export const failedMessage = (e: unknown, locale: Locale): string => `${FAILED[locale]}${describeError(e, makeTranslator(locale))}`;
