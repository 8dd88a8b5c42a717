/** `servicebook stats`. */
import type { Command } from 'commander';
import { completeAll, load, statsOf } from '../pipeline';
import { json, parseAsOf, parseLocale, parsePeriod, type Io } from '../args';
import { t } from '../messages';

export function registerStats(program: Command, io: Io): void {
  program
    .command('stats')
    .description(t('statsDescription'))
    .argument('<input>', t('argInputAny'))
    .option('--period <kind>', t('optPeriod'), 'month')
    .option('--as-of <time>', t('optAsOf'))
    .option('--locale <locale>', t('optLocale'))
    .option('--json', t('optJson'), false)
    .action(async (input: string, o: { period: string; asOf?: string; locale?: string; json: boolean }) => {
      parseLocale(o.locale);
      const kind = parsePeriod(o.period);
      const loaded = await load(input);
      const { asOf } = parseAsOf(o.asOf, loaded.settings.calendar.timeZone);
      const { tickets, logs } = completeAll(loaded, asOf, true);
      const stats = statsOf(tickets, logs, loaded.settings, kind, asOf);
      if (o.json) io.out(json(stats));
      else {
        const rate = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
        io.out(
          `${t('statsPeriod', { start: stats.period.start, end: stats.period.end, asOf: stats.asOf })}\n` +
            `${t('statsCounts', { received: stats.received, resolved: stats.resolved, backlog: stats.backlog, overdue: stats.overdueOpen })}\n` +
            `${t('statsRates', { response: rate(stats.onTimeResponseRate), resolution: rate(stats.onTimeResolutionRate), csat: stats.csat.mean ?? '—', ratings: stats.csat.count })}\n`,
        );
      }
    });
}
