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
import { completeAll, configProblemJson, problemJson, problemsOf, type JsonProblem } from '../pipeline';
import { expandInputs } from '../inputs';
import { completeSources, loadSources, type Source } from '../sources';
import { EXPORT_FORMATS, writeExport, type ExportFormat } from '../writeExport';
import { parseAsOf, parseLocale, UsageError, writeJson, type Io } from '../args';
import { t } from '../messages';

const problemsOfSource = (s: Source): JsonProblem[] => [...problemsOf(s.loaded, s.loaded.tickets).map(problemJson), ...(s.loaded.secrets ?? []).map(problemJson), ...s.loaded.configProblems.map(configProblemJson)];

export function registerExport(program: Command, io: Io): void {
  program
    .command('export')
    .description(t('exportDescription'))
    .argument('<inputs...>', t('argInputsAny'))
    .option('--as-of <time>', t('optAsOfData'))
    .option('--locale <locale>', t('optLocale'))
    .option('--json', t('optJson'), false)
    .addOption(new Option('--format <format>', t('optFormat')).choices([...EXPORT_FORMATS]))
    .option('-o, --output <path>', t('optOutputExport'))
    .option('--force', t('optForce'), false)
    .action(async (inputs: string[], o: { asOf?: string; locale?: string; json: boolean; format?: ExportFormat; output?: string; force: boolean }) => {
      parseLocale(o.locale);
      if (o.format && o.json) throw new UsageError(t('exportJsonAndFormat'));
      if (o.format && !o.output) throw new UsageError(t('exportFormatNeedsOutput'));
      if (!o.format && o.output) throw new UsageError(t('exportOutputNeedsFormat'));
      const paths = await expandInputs(inputs);
      const sources = await loadSources(paths);
      const several = sources.length > 1;
      const { asOf } = parseAsOf(o.asOf, sources[0].loaded.settings.calendar.timeZone);
      const problems = sources.flatMap((s) => problemsOfSource(s).map((p) => (several ? { ...p, source: s.path } : p)));
      if (!o.format) {
        const tickets = sources.flatMap((s) => {
          const l = s.loaded;
          // A structured workbook's tables were redacted as they were read (readPlanTables), a
          // converted sheet's cells by readTickets: secrets, and contacts when masking is on.
          const ts = l.structured ? l.tickets : completeAll(l, parseAsOf(o.asOf, l.settings.calendar.timeZone).asOf, false).tickets;
          return several ? ts.map((x) => ({ ...x, team: s.team, source: s.path })) : ts;
        });
        await writeJson(io, { tickets, problems });
        return;
      }
      const completed = completeSources(sources, asOf);
      const tables = exportTables(completed.map((s) => ({ team: s.team, source: s.path, settings: s.loaded.settings, tickets: s.tickets, logs: s.logs, subtasks: s.subtasks })), asOf);
      const files = await writeExport(o.format, o.output!, paths, o.force, tables, problems);
      io.out(`${t('exportDone', { tickets: tables[0].rows.length, log: tables[1].rows.length, subtasks: tables[2].rows.length, asOf, files: files.join(', ') })}\n`);
    });
}
