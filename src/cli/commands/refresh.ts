/** `servicebook refresh`. */
import type { Command } from 'commander';
import { isOverdue } from '../../core/sla/isOverdue';
import { completeAll, configProblemJson, load, problemJson, problemsOf, statsOf, writeOut } from '../pipeline';
import { claimOutput } from '../outputFile';
import { json, localeOf, note, parseAsOf, parseLocale, parsePeriod, progress, type Io } from '../args';

export function registerRefresh(program: Command, io: Io): void {
  program
    .command('refresh')
    .description('按工作簿自己的配置重新计算时限、时效状态与统计')
    .argument('<input>', '结构化工作簿 .xlsx')
    .requiredOption('-o, --output <file>', '输出 .xlsx')
    .option('--period <kind>', 'week | month | quarter | all', 'week')
    .option('--as-of <time>', '统计时点（yyyy-MM-ddTHH:mm）')
    .option('--locale <locale>', '工作簿语言（默认沿用原工作簿）')
    .option('--json', '输出 JSON 摘要', false)
    .option('--force', '覆盖已存在的输出文件', false)
    .action(async (input: string, o: { output: string; period: string; asOf?: string; locale?: string; json: boolean; force: boolean }) => {
      const kind = parsePeriod(o.period);
      const claim = await claimOutput([input], o.output, o.force, { locale: o.locale ? parseLocale(o.locale) : 'zh-CN' });
      note(io, `读取 ${input} …`);
      const loaded = await load(input);
      const locale = o.locale ? parseLocale(o.locale) : localeOf(loaded);
      const { asOf, fixed } = parseAsOf(o.asOf, loaded.settings.calendar.timeZone);
      note(io, `计算 ${loaded.tickets.length} 条工单的时限与统计 …`);
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
      else io.out(`已刷新 ${tickets.length} 条工单（${stats.period.start} – ${stats.period.end}，统计时点 ${asOf}）→ ${o.output}；超时 ${summary.overdue} 条，问题 ${summary.problems.length} 个${renumbered.length ? `，重复编号改号 ${renumbered.length} 条` : ''}\n`);
    });
}
