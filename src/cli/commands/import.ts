/** `servicebook import`. */
import type { Command } from 'commander';
import { isPresetId, PRESET_IDS } from '../../core/presets';
import { isOverdue } from '../../core/sla/isOverdue';
import { completeAll, load, problemJson, problemsOf, renumberReport, statsOf, writeOut } from '../pipeline';
import { claimOutput } from '../outputFile';
import { json, note, parseAsOf, parseLocale, parsePeriod, progress, UsageError, type Io } from '../args';

export function registerImport(program: Command, io: Io): void {
  program
    .command('import')
    .description('把现有记录表（.xlsx / .csv）转换为结构化工作簿')
    .argument('<input>', '输入 .xlsx 或 .csv')
    .requiredOption('-o, --output <file>', '输出 .xlsx')
    .option('--preset <id>', `auto 或 ${PRESET_IDS.join(' | ')}`, 'auto')
    .option('--locale <locale>', 'zh-CN | zh-TW | en-US', 'zh-CN')
    .option('--period <kind>', 'week | month | quarter | all', 'month')
    .option('--as-of <time>', '当前时间（yyyy-MM-ddTHH:mm）')
    .option('--json', '输出 JSON 摘要', false)
    .option('--force', '覆盖已存在的输出文件', false)
    .action(async (input: string, o: { output: string; preset: string; locale: string; period: string; asOf?: string; json: boolean; force: boolean }) => {
      if (o.preset !== 'auto' && !isPresetId(o.preset)) throw new UsageError(`--preset 应为 auto 或 ${PRESET_IDS.join('、')}：${o.preset}`);
      const locale = parseLocale(o.locale);
      const kind = parsePeriod(o.period);
      const claim = await claimOutput([input], o.output, o.force, { locale });
      note(io, `读取 ${input} …`);
      const loaded = await load(input, { preset: o.preset });
      const { asOf, fixed } = parseAsOf(o.asOf, loaded.settings.calendar.timeZone);
      note(io, `计算 ${loaded.tickets.length} 条工单的时限与统计 …`);
      const { tickets, logs, renumbered } = completeAll(loaded, asOf, true);
      const problems = problemsOf(loaded, tickets);
      const stats = statsOf(tickets, logs, loaded.settings, kind, asOf);
      const report = [...loaded.report, ...renumberReport(renumbered)];
      for (const p of problems) if (!loaded.report.some((r) => r.kind === 'problem' && r.row === p.row && r.detail === p.message)) report.push({ kind: 'problem', row: p.row, column: p.column ?? p.field, field: p.field, detail: p.message });
      report.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      await writeOut({ out: claim.tmpPath, settings: loaded.settings, locale, tickets, logs, subtasks: loaded.subtasks, stats, fixedAsOf: fixed ? asOf : null, report }, progress(io));
      await claim.commit();
      const summary = {
        output: o.output,
        preset: loaded.presetId,
        presetConfidence: loaded.presetConfidence,
        sheet: loaded.sheet,
        headerRow: loaded.headerRow,
        asOf,
        tickets: tickets.length,
        numbered: loaded.unnumbered,
        numberPattern: loaded.settings.numbering.pattern,
        renumbered,
        logLines: logs.length,
        overdue: tickets.filter((t) => isOverdue(t, asOf)).length,
        problems: problems.map(problemJson),
        redactions: report.filter((r) => r.kind === 'redaction').map((r) => ({ row: r.row, column: r.column, field: r.field, detail: r.detail })),
        unmapped: report.filter((r) => r.kind === 'unmapped').map((r) => r.column),
        splits: report.filter((r) => r.kind === 'split').map((r) => ({ column: r.column, into: r.field.split('、') })),
        kept: report.filter((r) => r.kind === 'kept').map((r) => r.column),
      };
      if (o.json) io.out(json(summary));
      else
        io.out(
          `已导入 ${summary.tickets} 条工单（预设 ${summary.preset}，工作表「${summary.sheet}」第 ${summary.headerRow} 行为表头）→ ${o.output}\n` +
            `自动编号 ${summary.numbered} 条（${summary.numberPattern}），重复编号改号 ${renumbered.length} 条，问题 ${summary.problems.length} 个，脱敏 ${summary.redactions.length} 处，超时 ${summary.overdue} 条\n`,
        );
    });
}
