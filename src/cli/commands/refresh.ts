/**
 * `servicebook refresh IN.xlsx [MORE.xlsx …] -o OUT.xlsx`: recomputes due times, SLA states and
 * statistics with the workbook's own configuration. With several inputs (a working workbook
 * and its archives, several teams' workbooks; patterns allowed) OUT is a report workbook
 * holding all their tickets, a 团队 column naming each one's team, and statistics over all of
 * them; configuration comes from the first input.
 */
import type { Command } from 'commander';
import type { Renumbering } from '../../core/engine/completeTable';
import type { Locale } from '../../core/schema/fieldMeta';
import type { LogEntry, Subtask } from '../../core/schema/log';
import type { Ticket } from '../../core/schema/ticket';
import { isOverdue } from '../../core/sla/isOverdue';
import { poolSources } from '../../core/stats/combineSources';
import { checkOutput, completeAll, configProblemJson, problemJson, problemsOf, statsOf, writeOut } from '../pipeline';
import { expandInputs } from '../inputs';
import { completeSources, loadSources } from '../sources';
import { json, localeOf, note, parseAsOf, parseCompare, parseLocale, parsePeriod, progress, UsageError, type Io } from '../args';

/** Header of the team column of a report workbook. */
const TEAM_HEADER: Record<Locale, string> = { 'zh-CN': '团队', 'zh-TW': '團隊', 'en-US': 'Team' };

export function registerRefresh(program: Command, io: Io): void {
  program
    .command('refresh')
    .description('按工作簿自己的配置重新计算时限、时效状态与统计；多个输入时写出合并的报告工作簿')
    .argument('<inputs...>', '结构化工作簿 .xlsx，可多个，可用通配符')
    .requiredOption('-o, --output <file>', '输出 .xlsx')
    .option('--period <kind>', 'week | month | quarter | all', 'week')
    .option('--as-of <time>', '统计时点（yyyy-MM-ddTHH:mm）')
    .option('--compare <with>', 'previous（上一期）| year（去年同期）', 'previous')
    .option('--locale <locale>', '工作簿语言（默认沿用原工作簿）')
    .option('--json', '输出 JSON 摘要', false)
    .option('--force', '覆盖已存在的输出文件', false)
    .action(async (inputs: string[], o: { output: string; period: string; asOf?: string; compare: string; locale?: string; json: boolean; force: boolean }) => {
      const kind = parsePeriod(o.period);
      const compare = parseCompare(o.compare);
      const paths = await expandInputs(inputs);
      for (const p of paths) {
        const bad = await checkOutput(p, o.output, o.force);
        if (bad) throw new UsageError(bad);
      }
      note(io, `读取 ${paths.join('、')} …`);
      const sources = await loadSources(paths);
      const first = sources[0].loaded;
      const locale = o.locale ? parseLocale(o.locale) : localeOf(first);
      const { asOf, fixed } = parseAsOf(o.asOf, first.settings.calendar.timeZone);
      note(io, `计算 ${sources.reduce((n, s) => n + s.loaded.tickets.length, 0)} 条工单的时限与统计 …`);
      let tickets: Ticket[], logs: LogEntry[], subtasks: Subtask[], renumbered: Renumbering[];
      if (sources.length === 1) {
        ({ tickets, logs, renumbered } = completeAll(first, asOf, true));
        subtasks = first.subtasks;
      } else {
        const completed = completeSources(sources, asOf);
        const teamOfTicket = completed.map((s) => ({ ...s, tickets: s.tickets.map((t) => ({ ...t, extra: { ...t.extra, [TEAM_HEADER[locale]]: s.team } })) }));
        ({ tickets, logs, subtasks } = poolSources(teamOfTicket));
        renumbered = [];
      }
      const stats = statsOf(tickets, logs, first.settings, kind, asOf, compare);
      const problems = sources.flatMap((s) => [...problemsOf(s.loaded, s === sources[0] && sources.length === 1 ? tickets : s.loaded.tickets).map(problemJson), ...s.loaded.configProblems.map(configProblemJson)]);
      await writeOut({ out: o.output, settings: first.settings, locale, tickets, logs, subtasks, stats, fixedAsOf: fixed ? asOf : null }, progress(io));
      const summary = {
        output: o.output,
        asOf,
        period: stats.period,
        tickets: tickets.length,
        overdue: tickets.filter((t) => isOverdue(t, asOf)).length,
        renumbered,
        problems,
        stats,
      };
      if (o.json) io.out(json(summary));
      else io.out(`已刷新 ${tickets.length} 条工单（${stats.period.start} – ${stats.period.end}，统计时点 ${asOf}）→ ${o.output}；超时 ${summary.overdue} 条，问题 ${summary.problems.length} 个${renumbered.length ? `，重复编号改号 ${renumbered.length} 条` : ''}\n`);
    });
}
