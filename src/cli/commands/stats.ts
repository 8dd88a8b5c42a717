/**
 * `servicebook stats IN.xlsx [MORE.xlsx …]`: the period report of one workbook, or of several
 * pooled (a working workbook and its archives, several teams; patterns like `archive/*.xlsx`
 * allowed) — the same figures one workbook holding all their tickets would give. With several
 * inputs the JSON adds `sources` (each file, its team and counts) and `teams` (each team's
 * figures). `--compare year` compares with the same period a year earlier instead of the one
 * just before (this March against last March: last March may live in an archive).
 */
import type { Command } from 'commander';
import { poolSources } from '../../core/stats/combineSources';
import { statsOf } from '../pipeline';
import { expandInputs } from '../inputs';
import { completeSources, loadSources } from '../sources';
import { sourceSummaries, teamFigures } from '../teamFigures';
import { json, parseAsOf, parseCompare, parsePeriod, type Io } from '../args';

export function registerStats(program: Command, io: Io): void {
  program
    .command('stats')
    .description('输出统计（期间报告、分类统计、交叉统计）；可读多个工作簿（含归档），合并统计')
    .argument('<inputs...>', '.xlsx 或 .csv，可多个，可用通配符（archive/*.xlsx）')
    .option('--period <kind>', 'week | month | quarter | all', 'month')
    .option('--as-of <time>', '统计时点（yyyy-MM-ddTHH:mm）')
    .option('--compare <with>', 'previous（上一期）| year（去年同期）', 'previous')
    .option('--json', '输出 JSON', false)
    .action(async (inputs: string[], o: { period: string; asOf?: string; compare: string; json: boolean }) => {
      const kind = parsePeriod(o.period);
      const compare = parseCompare(o.compare);
      const sources = await loadSources(await expandInputs(inputs));
      const settings = sources[0].loaded.settings;
      const { asOf } = parseAsOf(o.asOf, settings.calendar.timeZone);
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
        (several ? `读取 ${completed.length} 个工作簿，共 ${pooled.tickets.length} 条工单${pooled.duplicates ? `（重复 ${pooled.duplicates} 条只计一次）` : ''}\n` : '') +
          `统计周期 ${stats.period.start} – ${stats.period.end}（统计时点 ${stats.asOf}）\n` +
          `受理 ${stats.received}，解决 ${stats.resolved}，期末积压 ${stats.backlog}，超时未结 ${stats.overdueOpen}\n` +
          `按时响应率 ${rate(stats.onTimeResponseRate)}，按时解决率 ${rate(stats.onTimeResolutionRate)}，满意度 ${stats.csat.mean ?? '—'}（${stats.csat.count} 个评分）\n` +
          `对比${compare === 'year' ? '去年同期' : '上一期'}（${stats.previous.period.start} – ${stats.previous.period.end}）：受理 ${stats.previous.received}，解决 ${stats.previous.resolved}\n`,
      );
    });
}
