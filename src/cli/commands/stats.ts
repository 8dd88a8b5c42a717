/** `servicebook stats`. */
import type { Command } from 'commander';
import { completeAll, load, statsOf } from '../pipeline';
import { json, parseAsOf, parsePeriod, type Io } from '../args';

export function registerStats(program: Command, io: Io): void {
  program
    .command('stats')
    .description('输出统计（期间报告、分类统计、交叉统计）')
    .argument('<input>', '.xlsx 或 .csv')
    .option('--period <kind>', 'week | month | quarter | all', 'month')
    .option('--as-of <time>', '统计时点（yyyy-MM-ddTHH:mm）')
    .option('--json', '输出 JSON', false)
    .action(async (input: string, o: { period: string; asOf?: string; json: boolean }) => {
      const kind = parsePeriod(o.period);
      const loaded = await load(input);
      const { asOf } = parseAsOf(o.asOf, loaded.settings.calendar.timeZone);
      const { tickets, logs } = completeAll(loaded, asOf, true);
      const stats = statsOf(tickets, logs, loaded.settings, kind, asOf);
      if (o.json) io.out(json(stats));
      else {
        const rate = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
        io.out(
          `统计周期 ${stats.period.start} – ${stats.period.end}（统计时点 ${stats.asOf}）\n` +
            `受理 ${stats.received}，解决 ${stats.resolved}，期末积压 ${stats.backlog}，超时未结 ${stats.overdueOpen}\n` +
            `按时响应率 ${rate(stats.onTimeResponseRate)}，按时解决率 ${rate(stats.onTimeResolutionRate)}，满意度 ${stats.csat.mean ?? '—'}（${stats.csat.count} 个评分）\n`,
        );
      }
    });
}
