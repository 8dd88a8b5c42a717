/** `servicebook init`. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { getPreset, PRESET_IDS } from '../../core/presets';
import { completeAll, statsOf, writeOut, type Loaded } from '../pipeline';
import { sampleWorkbook } from '../sample';
import { claimOutput } from '../outputFile';
import { parseAsOf, parseLocale, progress, UsageError, type Io } from '../args';

export function registerInit(program: Command, io: Io): void {
  program
    .command('init')
    .description('新建结构化工作簿')
    .requiredOption('-o, --output <file>', '输出 .xlsx')
    .addOption(new Option('--preset <id>', '模板预设').choices([...PRESET_IDS]).default('standard'))
    .option('--locale <locale>', 'zh-CN | zh-TW | en-US', 'zh-CN')
    .option('--sample <n>', '写入 N 条示例工单', '0')
    .option('--as-of <time>', '统计时点（yyyy-MM-ddTHH:mm）')
    .option('--force', '覆盖已存在的输出文件', false)
    .action(async (o: { output: string; preset: string; locale: string; sample: string; asOf?: string; force: boolean }) => {
      const locale = parseLocale(o.locale);
      const n = Number(o.sample);
      if (!Number.isInteger(n) || n < 0 || n > 1_000_000) throw new UsageError(`--sample 应为 0 到 1000000 的整数：${o.sample}`);
      const claim = await claimOutput([], o.output, o.force, { locale });
      const settings = getPreset(o.preset).settings;
      const { asOf, fixed } = parseAsOf(o.asOf, settings.calendar.timeZone);
      const sample = sampleWorkbook(n, settings);
      const loaded = blankLoaded(settings, sample.tickets, sample.logs, sample.subtasks);
      const { tickets, logs } = completeAll(loaded, asOf, true);
      const stats = statsOf(tickets, logs, settings, 'month', asOf);
      await writeOut({ out: claim.tmpPath, settings, locale, tickets, logs, subtasks: sample.subtasks, stats, fixedAsOf: fixed ? asOf : null }, progress(io));
      await claim.commit();
      io.out(`已创建 ${o.output}：${tickets.length} 条工单（预设 ${settings.preset}）\n`);
    });
}

export function blankLoaded(settings: Loaded['settings'], tickets: Loaded['tickets'], logs: Loaded['logs'], subtasks: Loaded['subtasks']): Loaded {
  return {
    structured: true,
    settings,
    presetId: settings.preset,
    presetConfidence: 1,
    tickets,
    rows: tickets.map((_, i) => i + 2),
    logs,
    subtasks,
    problems: [],
    configProblems: [],
    report: [],
    redactions: 0,
    sheet: '',
    headerRow: 1,
    unnumbered: 0,
  };
}

