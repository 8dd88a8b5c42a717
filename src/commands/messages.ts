/** Result lines of the ribbon commands, in the Office display language (words from the pane's message files). */
import type { Locale } from '../core/schema/fieldMeta';
import type { StatsReport } from '../core/stats/computeStats';
import type { CheckReport } from '../excel/serviceBookHost';
import { makeTranslator } from '../taskpane/i18n';
import { describeError } from '../taskpane/i18n/hostErrors';

export function checkMessage(r: CheckReport, locale: Locale): string {
  return makeTranslator(locale)('commandCheckDone', {
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
  return makeTranslator(locale)('commandStatsDone', { start: r.period.start.slice(0, 10), received: r.received, resolved: r.resolved, backlog: r.backlog, overdue: r.overdueOpen });
}

/** A failure, worded from the pane's message files (host errors never reach the user as codes or Chinese). */
export const failedMessage = (e: unknown, locale: Locale): string => {
  const t = makeTranslator(locale);
  return t('commandFailed', { reason: describeError(e, t) });
};
