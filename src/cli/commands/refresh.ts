/** `servicebook refresh`. */
import type { Command } from 'commander';
import { isOverdue } from '../../core/sla/isOverdue';
import { completeAll, configProblemJson, load, problemJson, problemsOf, statsOf, writeOut } from '../pipeline';
import { claimOutput } from '../outputFile';
import { json, localeOf, note, parseAsOf, parseLocale, parsePeriod, progress, type Io } from '../args';
import { t } from '../messages';

export function registerRefresh(program: Command, io: Io): void {
  program
    .command('refresh')
    .description(t('refreshDescription'))
    .argument('<input>', t('argInputStructured'))
    .requiredOption('-o, --output <file>', t('optOutput'))
    .option('--period <kind>', t('optPeriod'), 'week')
    .option('--as-of <time>', t('optAsOf'))
    .option('--locale <locale>', t('optLocaleRefresh'))
    .option('--json', t('optJsonSummary'), false)
    .option('--force', t('optForce'), false)
    .action(async (input: string, o: { output: string; period: string; asOf?: string; locale?: string; json: boolean; force: boolean }) => {
      const kind = parsePeriod(o.period);
      if (o.locale) parseLocale(o.locale);
      const claim = await claimOutput([input], o.output, o.force);
      note(io, t('noteReading', { path: input }));
      const loaded = await load(input);
      const locale = o.locale ? parseLocale(o.locale) : localeOf(loaded);
      const { asOf, fixed } = parseAsOf(o.asOf, loaded.settings.calendar.timeZone);
      note(io, t('noteComputing', { count: loaded.tickets.length }));
      const { tickets, logs, renumbered } = completeAll(loaded, asOf, true);
      const stats = statsOf(tickets, logs, loaded.settings, kind, asOf);
      const problems = problemsOf(loaded, tickets);
      await writeOut({ out: claim.tmpPath, settings: loaded.settings, locale, tickets, logs, subtasks: loaded.subtasks, stats, fixedAsOf: fixed ? asOf : null }, progress(io));
      await claim.commit();
      const summary = {
        output: o.output,
        asOf,
        period: stats.period,
        tickets: tickets.length,
        overdue: tickets.filter((t) => isOverdue(t, asOf)).length,
        renumbered,
        problems: [...problems.map(problemJson), ...loaded.configProblems.map(configProblemJson)],
        stats,
      };
      if (o.json) io.out(json(summary));
      else
        io.out(
          t('refreshDone', { tickets: tickets.length, start: stats.period.start, end: stats.period.end, asOf, path: o.output, overdue: summary.overdue, problems: summary.problems.length }) +
            (renumbered.length ? t('refreshRenumbered', { count: renumbered.length }) : '') +
            '\n',
        );
    });
}
