/** `servicebook refresh`. */
import type { Command } from 'commander';
import { isOverdue } from '../../core/sla/isOverdue';
import { completeAll, configProblemJson, load, problemJson, problemsOf, statsOf, writeOut } from '../pipeline';
import { claimOutput } from '../outputFile';
import { refreshInPlace, unreadableProblems } from '../inPlace';
import { json, localeOf, warn, note, parseAsOf, parseLocale, parsePeriod, progress, type Io } from '../args';
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
      const fixedAsOf = fixed ? asOf : null;
      const warnings = [...loaded.warnings];
      try {
        if (loaded.structure) warnings.push(...(await refreshInPlace({ input, dest: claim.tmpPath, loaded: { ...loaded, structure: loaded.structure }, locale, tickets, logs, stats, fixedAsOf })).warnings);
        else await writeOut({ out: claim.tmpPath, settings: loaded.settings, locale, tickets, logs, subtasks: loaded.subtasks, stats, fixedAsOf }, progress(io));
      } catch (e) {
        await claim.abort();
        throw e;
      }
      await claim.commit();
      warn(io, warnings);
      const adopted = (loaded.structure?.adopted ?? []).map((row) => ({ row, id: tickets[loaded.rows.indexOf(row)]?.id ?? '' }));
      // Cells the reader could not use are kept as typed (and listed among the problems).
      const kept = loaded.structure ? unreadableProblems(loaded).length : 0;
      const summary = {
        output: o.output,
        asOf,
        period: stats.period,
        tickets: tickets.length,
        overdue: tickets.filter((t) => isOverdue(t, asOf)).length,
        renumbered,
        adopted,
        warnings,
        problems: [...problems.map(problemJson), ...loaded.configProblems.map(configProblemJson)],
        stats,
      };
      if (o.json) io.out(json(summary));
      else
        io.out(
          t('refreshDone', { tickets: tickets.length, start: stats.period.start, end: stats.period.end, asOf, path: o.output, overdue: summary.overdue, problems: summary.problems.length }) +
            (renumbered.length ? t('refreshRenumbered', { count: renumbered.length }) : '') +
            (adopted.length ? t('refreshAdopted', { count: adopted.length, rows: adopted.map((a) => a.row).join('、') }) : '') +
            (kept ? t('refreshKept', { count: kept }) : '') +
            '\n',
        );
    });
}
