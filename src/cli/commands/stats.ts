/**
 * `servicebook stats IN.xlsx [MORE.xlsx …]`: the period report of one workbook, or of several
 * pooled (a working workbook and its archives, several teams; patterns like `archive/*.xlsx`
 * allowed) — the same figures one workbook holding all their tickets would give. With several
 * inputs the JSON adds `sources` (each file, its team and counts), `teams` (each team's
 * figures) and `duplicates`. `--compare year` compares with the same period a year earlier
 * instead of the one just before (this March against last March, which may live in an archive).
 */
import type { Command } from 'commander';
import { poolSources } from '../../core/stats/combineSources';
import { calendarWarnings, statsOf } from '../pipeline';
import { expandInputs } from '../inputs';
import { completeSources, loadSources } from '../sources';
import { sourceSummaries, teamFigures } from '../teamFigures';
import { json, warn, parseAsOf, parseCompare, parseLocale, parsePeriod, type Io } from '../args';
import { t } from '../messages';

export function registerStats(program: Command, io: Io): void {
  program
    .command('stats')
    .description(t('statsDescription'))
    .argument('<inputs...>', t('argInputsAny'))
    .option('--period <kind>', t('optPeriod'), 'month')
    .option('--as-of <time>', t('optAsOf'))
    .option('--compare <with>', t('optCompare'), 'previous')
    .option('--locale <locale>', t('optLocale'))
    .option('--json', t('optJson'), false)
    .action(async (inputs: string[], o: { period: string; asOf?: string; compare: string; locale?: string; json: boolean }) => {
      parseLocale(o.locale);
      const kind = parsePeriod(o.period);
      const compare = parseCompare(o.compare);
      const sources = await loadSources(await expandInputs(inputs));
      const settings = sources[0].loaded.settings;
      const { asOf } = parseAsOf(o.asOf, settings.calendar.timeZone);
      warn(io, sources.flatMap((s) => calendarWarnings(s.loaded)));
      const completed = completeSources(sources, asOf);
      const pooled = poolSources(completed);
      const stats = statsOf(pooled.tickets, pooled.logs, settings, kind, asOf, compare);
      const several = completed.length > 1;
      if (o.json) {
        io.out(json(several ? { ...stats, sources: sourceSummaries(completed), teams: teamFigures(completed, stats.period, asOf, settings), duplicates: pooled.duplicates } : stats));
        return;
      }
      const rate = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
      io.out(
        (several ? `${t('statsSources', { files: completed.length, tickets: pooled.tickets.length })}${pooled.duplicates ? t('statsDuplicates', { count: pooled.duplicates }) : ''}\n` : '') +
          `${t('statsPeriod', { start: stats.period.start, end: stats.period.end, asOf: stats.asOf })}\n` +
          `${t('statsCounts', { received: stats.received, resolved: stats.resolved, backlog: stats.backlog, overdue: stats.overdueOpen })}\n` +
          `${t('statsRates', { response: rate(stats.onTimeResponseRate), resolution: rate(stats.onTimeResolutionRate), csat: stats.csat.mean ?? '—', ratings: stats.csat.count })}\n` +
          `${t('statsCompared', { what: t(compare === 'year' ? 'compareYear' : 'comparePrevious'), start: stats.previous.period.start, end: stats.previous.period.end, received: stats.previous.received, resolved: stats.previous.resolved })}\n`,
      );
    });
}
