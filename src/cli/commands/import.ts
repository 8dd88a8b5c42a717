/** `servicebook import`. */
import type { Command } from 'commander';
import { isPresetId, PRESET_IDS } from '../../core/presets';
import { isOverdue } from '../../core/sla/isOverdue';
import { calendarWarnings, completeAll, configProblemJson, load, problemJson, problemsOf, renumberReport, statsOf, writeOut } from '../pipeline';
import { claimOutput } from '../outputFile';
import type { ImportReportEntry } from '../../workbook/plan';
import { formulaAsValueLine } from '../../workbook/plan/formulasAsValues';
import { json, note, warn, parseAsOf, parseLocale, parsePeriod, progress, UsageError, type Io } from '../args';
import { t } from '../messages';
import { placeProblem, placeReport, withProblemLines } from '../readReport';

export function registerImport(program: Command, io: Io): void {
  program
    .command('import')
    .description(t('importDescription'))
    .argument('<input>', t('argInputAny'))
    .requiredOption('-o, --output <file>', t('optOutput'))
    .option('--preset <id>', t('optPreset', { choices: ['auto', ...PRESET_IDS].join(' | ') }), 'auto')
    .option('--locale <locale>', t('optLocale'))
    .option('--period <kind>', t('optPeriod'), 'month')
    .option('--as-of <time>', t('optAsOf'))
    .option('--json', t('optJsonSummary'), false)
    .option('--force', t('optForce'), false)
    .action(async (input: string, o: { output: string; preset: string; locale?: string; period: string; asOf?: string; json: boolean; force: boolean }) => {
      if (o.preset !== 'auto' && !isPresetId(o.preset)) throw new UsageError(t('badPreset', { choices: ['auto', ...PRESET_IDS].join(' | '), value: o.preset }));
      const locale = parseLocale(o.locale);
      const kind = parsePeriod(o.period);
      const claim = await claimOutput([input], o.output, o.force);
      note(io, t('noteReading', { path: input }));
      const loaded = await load(input, { preset: o.preset, locale });
      const { asOf, fixed } = parseAsOf(o.asOf, loaded.settings.calendar.timeZone);
      note(io, t('noteComputing', { count: loaded.tickets.length }));
      const { tickets, logs, renumbered } = completeAll(loaded, asOf, true);
      // The completed tickets take the read ones' place (as in refresh): nothing after reads the
      // read values, and holding both at 100,000 rows raised the run's peak memory.
      loaded.tickets = tickets;
      const problems = problemsOf(loaded, tickets);
      const stats = statsOf(tickets, logs, loaded.settings, kind, asOf);
      // Several sheets were read one below the other: every line names its sheet and its row there.
      const starts = loaded.sheetStarts ?? [];
      const several = starts.length > 1;
      const shown = several ? problems.map((p) => placeProblem(p, starts)) : problems;
      const report = withProblemLines([...loaded.report.filter((r) => !several || r.kind !== 'problem'), ...renumberReport(renumbered, locale)], shown, locale, several);
      report.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      const placed = placeReport(report, starts);
      const asValues = await writeOut({ out: claim.tmpPath, settings: loaded.settings, locale, tickets, logs, subtasks: loaded.subtasks, stats, fixedAsOf: fixed ? asOf : null, report: placed }, progress(io));
      await claim.commit();
      warn(io, calendarWarnings(loaded));
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
        problems: [...shown.map(problemJson), ...loaded.configProblems.map(configProblemJson)],
        redactions: placed.filter((r) => r.kind === 'redaction').map((r) => ({ row: r.row, column: r.column, field: r.field, detail: r.detail, ...sheetOf(r) })),
        unmapped: placed.filter((r) => r.kind === 'unmapped').map((r) => r.column),
        splits: placed.filter((r) => r.kind === 'split').map((r) => ({ column: r.column, into: r.field.split('、') })),
        kept: placed.filter((r) => r.kind === 'kept').map((r) => r.column),
        notImported: [
          ...placed.filter((r) => r.kind === 'skipped' || r.kind === 'cell').map((r) => ({ row: r.row, column: r.column, reason: r.field, detail: r.detail, ...sheetOf(r) })),
          ...asValues.map((f) => formulaAsValueLine(f, locale)).map((r) => ({ row: r.row, column: r.column, reason: r.field, detail: r.detail, ...sheetOf(r) })),
        ],
      };
      if (o.json) io.out(json(summary));
      else
        io.out(
          `${t('importDone', { tickets: summary.tickets, preset: summary.preset, sheet: summary.sheet, headerRow: summary.headerRow ?? '', path: o.output })}\n` +
            `${t('importCounts', { numbered: summary.numbered, pattern: summary.numberPattern, renumbered: renumbered.length, problems: summary.problems.length, redactions: summary.redactions.length, overdue: summary.overdue })}\n` +
            (summary.notImported.length ? `${t('importNotImported', { count: summary.notImported.length })}\n` : ''),
        );
    });
}

/** The `sheet` key of a report line in the JSON summary, when it names one. */
const sheetOf = (r: ImportReportEntry): { sheet?: string } => (r.sheet === undefined ? {} : { sheet: r.sheet });
