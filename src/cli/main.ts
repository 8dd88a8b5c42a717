/**
 * The `servicebook` command, the headless twin of the add-in (DESIGN.md):
 *   init | import | refresh | validate | stats | export
 * Exit codes: 0 done (import also when rows have problems: they are reported), 1 validate found
 * problems, 2 the input or the arguments cannot be used (one line on stderr, no stack trace).
 * JSON goes to stdout; progress goes to stderr only when it is a terminal.
 */
import { Command, CommanderError, Option } from 'commander';
import { localNow } from '../core/calendar/localNow';
import { getPreset, isPresetId, PRESET_IDS } from '../core/presets';
import { LOCALES, type Locale } from '../core/schema/fieldMeta';
import { PERIOD_KINDS, type PeriodKind } from '../core/stats/period';
import { isLocalDateTime, type LocalDateTime } from '../core/time/localDateTime';
import { isOverdue } from '../core/sla/isOverdue';
import { maskContact } from '../core/privacy/maskContact';
import {
  checkOutput,
  completeAll,
  configProblemJson,
  load,
  problemJson,
  problemsOf,
  renumberReport,
  statsOf,
  UnusableInputError,
  writeOut,
  type Loaded,
} from './pipeline';
import { sampleWorkbook } from './sample';

/** An error the user can act on: printed as one line, exit code 2. */
export class UsageError extends Error {}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
}

const defaultIo = (): Io => ({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
});

function parseAsOf(v: string | undefined, timeZone: string): { asOf: LocalDateTime; fixed: boolean } {
  if (!v) return { asOf: localNow(timeZone), fixed: false };
  const s = v.trim().replace(' ', 'T');
  const t = /^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00` : s.slice(0, 16);
  if (!isLocalDateTime(t)) throw new UsageError(`--as-of 应为 yyyy-MM-ddTHH:mm：${v}`);
  return { asOf: t, fixed: true };
}

function parsePeriod(v: string | undefined): PeriodKind {
  const k = (v ?? 'month') as PeriodKind;
  if (!PERIOD_KINDS.includes(k) || k === 'custom') throw new UsageError(`--period 应为 week、month、quarter 或 all：${v}`);
  return k;
}

function parseLocale(v: string | undefined): Locale {
  const l = (v ?? 'zh-CN') as Locale;
  if (!LOCALES.includes(l)) throw new UsageError(`--locale 应为 ${LOCALES.join('、')}：${v}`);
  return l;
}

const json = (v: unknown): string => JSON.stringify(v, null, 2) + '\n';

function progress(io: Io): ((done: number, total: number, stage: string) => void) | undefined {
  if (!io.isTTY) return undefined;
  return (done, total, stage) => io.err(`\r写入 ${stage} ${done}/${total}${done >= total ? '\n' : ''}`);
}

/** A stage note on stderr, only when it is a terminal (long runs: reading, computing). */
const note = (io: Io, text: string): void => {
  if (io.isTTY) io.err(`${text}\n`);
};

/** Locale of a structured workbook, from its Tickets header. */
function localeOf(loaded: Loaded): Locale {
  return loaded.structured && loaded.sheet === 'Tickets' ? 'en-US' : loaded.structured && loaded.sheet === '工單' ? 'zh-TW' : 'zh-CN';
}

export function buildProgram(io: Io, setCode: (c: number) => void): Command {
  const program = new Command('servicebook')
    .description('ServiceBook：把客户服务记录表转换为结构化工作簿，并刷新统计。')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (s, write) => write(s) })
    .showHelpAfterError(false);

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
      const bad = await checkOutput(null, o.output, o.force);
      if (bad) throw new UsageError(bad);
      const settings = getPreset(o.preset).settings;
      const { asOf, fixed } = parseAsOf(o.asOf, settings.calendar.timeZone);
      const sample = sampleWorkbook(n, settings);
      const loaded = blankLoaded(settings, sample.tickets, sample.logs, sample.subtasks);
      const { tickets, logs } = completeAll(loaded, asOf, true);
      const stats = statsOf(tickets, logs, settings, 'month', asOf);
      await writeOut({ out: o.output, settings, locale, tickets, logs, subtasks: sample.subtasks, stats, fixedAsOf: fixed ? asOf : null }, progress(io));
      io.out(`已创建 ${o.output}：${tickets.length} 条工单（预设 ${settings.preset}）\n`);
    });

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
      const bad = await checkOutput(input, o.output, o.force);
      if (bad) throw new UsageError(bad);
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
      await writeOut({ out: o.output, settings: loaded.settings, locale, tickets, logs, subtasks: loaded.subtasks, stats, fixedAsOf: fixed ? asOf : null, report }, progress(io));
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
      const bad = await checkOutput(input, o.output, o.force);
      if (bad) throw new UsageError(bad);
      note(io, `读取 ${input} …`);
      const loaded = await load(input);
      const locale = o.locale ? parseLocale(o.locale) : localeOf(loaded);
      const { asOf, fixed } = parseAsOf(o.asOf, loaded.settings.calendar.timeZone);
      note(io, `计算 ${loaded.tickets.length} 条工单的时限与统计 …`);
      const { tickets, logs, renumbered } = completeAll(loaded, asOf, true);
      const stats = statsOf(tickets, logs, loaded.settings, kind, asOf);
      const problems = problemsOf(loaded, tickets);
      await writeOut({ out: o.output, settings: loaded.settings, locale, tickets, logs, subtasks: loaded.subtasks, stats, fixedAsOf: fixed ? asOf : null }, progress(io));
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

  program
    .command('validate')
    .description('检查工单：0 无问题，1 有问题，2 无法使用的输入')
    .argument('<input>', '.xlsx 或 .csv')
    .option('--json', '输出 JSON', false)
    .action(async (input: string, o: { json: boolean }) => {
      const loaded = await load(input);
      const problems = [...problemsOf(loaded, loaded.tickets).map(problemJson), ...loaded.configProblems.map(configProblemJson)];
      if (o.json) io.out(json({ ok: problems.length === 0, tickets: loaded.tickets.length, problems }));
      else if (problems.length === 0) io.out(`${loaded.tickets.length} 条工单，未发现问题\n`);
      else io.out(problems.map((p) => `${p.message}\n`).join('') + `共 ${problems.length} 个问题\n`);
      setCode(problems.length ? 1 : 0);
    });

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

  program
    .command('export')
    .description('以 JSON 输出全部工单与问题')
    .argument('<input>', '.xlsx 或 .csv')
    .option('--as-of <time>', '转换非结构化输入时的当前时间')
    .option('--json', '输出 JSON（默认）', true)
    .action(async (input: string, o: { asOf?: string }) => {
      const loaded = await load(input);
      let tickets = loaded.tickets;
      if (!loaded.structured) tickets = completeAll(loaded, parseAsOf(o.asOf, loaded.settings.calendar.timeZone).asOf, false).tickets;
      // A contact typed straight into the grid is read as written: mask it before it leaves.
      else if (loaded.settings.masking.contacts) tickets = tickets.map((t) => ({ ...t, contact: maskContact(t.contact) }));
      const problems = [...problemsOf(loaded, loaded.tickets).map(problemJson), ...loaded.configProblems.map(configProblemJson)];
      io.out(json({ tickets, problems }));
    });

  return program;
}

function blankLoaded(settings: Loaded['settings'], tickets: Loaded['tickets'], logs: Loaded['logs'], subtasks: Loaded['subtasks']): Loaded {
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

/** Runs the command with `argv` as process.argv (node, script, …args); resolves to the exit code. */
export async function run(argv: string[], io: Io = defaultIo()): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; usage errors were already printed by commander.
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.help' ? 0 : 2;
    }
    if (e instanceof UsageError || e instanceof UnusableInputError) {
      io.err(`servicebook: ${e.message}\n`);
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`servicebook: ${msg}\n`);
    return 2;
  }
}
