/**
 * `servicebook export IN.xlsx [MORE.xlsx …] [--json | --format json|jsonl|csv|parquet -o OUT]`.
 * Without a format (or with --json): `{"tickets": [...canonical keys...], "problems": [...]}` on
 * stdout, as DESIGN.md fixes it (with several inputs each ticket and problem also names its
 * `team` and `source`). With a format: tickets (with SLA outcomes in business minutes), log
 * lines and subtasks, completed by the engine as of `--as-of`, each row with team and source —
 * see writeExport.ts for the files.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { exportTables } from '../../core/export/exportTables';
import { maskContact } from '../../core/privacy/maskContact';
import { checkOutput, completeAll, configProblemJson, problemJson, problemsOf, type JsonProblem } from '../pipeline';
import { expandInputs } from '../inputs';
import { completeSources, loadSources, type Source } from '../sources';
import { EXPORT_FORMATS, writeExport, type ExportFormat } from '../writeExport';
import { json, parseAsOf, UsageError, type Io } from '../args';

const problemsOfSource = (s: Source): JsonProblem[] => [...problemsOf(s.loaded, s.loaded.tickets).map(problemJson), ...s.loaded.configProblems.map(configProblemJson)];

export function registerExport(program: Command, io: Io): void {
  program
    .command('export')
    .description('导出工单：默认以 JSON 输出到标准输出；--format 写出工单、处理记录与子任务（含时效结果）')
    .argument('<inputs...>', '.xlsx 或 .csv，可多个，可用通配符')
    .option('--as-of <time>', '计算时效的当前时间（yyyy-MM-ddTHH:mm）')
    .option('--json', '以 JSON 输出到标准输出（默认）', false)
    .addOption(new Option('--format <format>', '写出格式（需 -o）').choices([...EXPORT_FORMATS]))
    .option('-o, --output <path>', 'json：输出文件；jsonl、csv、parquet：输出文件夹')
    .option('--force', '覆盖已存在的输出', false)
    .action(async (inputs: string[], o: { asOf?: string; json: boolean; format?: ExportFormat; output?: string; force: boolean }) => {
      if (o.format && o.json) throw new UsageError('--json 与 --format 只能选一个');
      if (o.format && !o.output) throw new UsageError('--format 需要 -o 指定输出位置');
      if (!o.format && o.output) throw new UsageError('-o 需要 --format（json、jsonl、csv 或 parquet）');
      const paths = await expandInputs(inputs);
      if (o.output) {
        for (const p of paths) {
          const bad = await checkOutput(p, o.output, o.force);
          if (bad) throw new UsageError(bad);
        }
      }
      const sources = await loadSources(paths);
      const several = sources.length > 1;
      const { asOf } = parseAsOf(o.asOf, sources[0].loaded.settings.calendar.timeZone);
      const problems = sources.flatMap((s) => problemsOfSource(s).map((p) => (several ? { ...p, source: s.path } : p)));
      if (!o.format) {
        const tickets = sources.flatMap((s) => {
          const l = s.loaded;
          // A structured workbook's tickets as stored; a sheet to convert, completed.
          let ts = l.structured ? l.tickets : completeAll(l, parseAsOf(o.asOf, l.settings.calendar.timeZone).asOf, false).tickets;
          // A contact typed straight into the grid is read as written: mask it before it leaves.
          if (l.structured && l.settings.masking.contacts) ts = ts.map((t) => ({ ...t, contact: maskContact(t.contact) }));
          return several ? ts.map((t) => ({ ...t, team: s.team, source: s.path })) : ts;
        });
        io.out(json({ tickets, problems }));
        return;
      }
      const completed = completeSources(sources, asOf);
      const tables = exportTables(completed.map((s) => ({ team: s.team, source: s.path, settings: s.loaded.settings, tickets: s.tickets, logs: s.logs, subtasks: s.subtasks })), asOf);
      const files = await writeExport(o.format, o.output!, tables, problems);
      io.out(`已导出 ${tables[0].rows.length} 条工单、${tables[1].rows.length} 条处理记录、${tables[2].rows.length} 条子任务（时效按 ${asOf} 计算）→ ${files.join('、')}\n`);
    });
}
