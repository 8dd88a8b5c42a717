/**
 * `servicebook refresh IN.xlsx [MORE.xlsx …] -o OUT.xlsx`: recomputes due times, SLA states and
 * statistics with the workbook's own configuration. With several inputs (a working workbook
 * and its archives, several teams' workbooks; patterns allowed) OUT is a report workbook
 * holding all their tickets, a 团队 column naming each one's team, and statistics over all of
 * them (the same as one workbook holding all their tickets); configuration comes from the first.
 */
import type { Command } from 'commander';
import type { Renumbering } from '../../core/engine/completeTable';
import type { LogEntry, Subtask } from '../../core/schema/log';
import type { Ticket } from '../../core/schema/ticket';
import { isOverdue } from '../../core/sla/isOverdue';
import { poolSources } from '../../core/stats/combineSources';
import { header } from '../../workbook/labels';
import { calendarWarnings, completeAll, configProblemJson, formulaWarnings, problemJson, problemsOf, statsOf, writeOut } from '../pipeline';
import { claimOutput, outputKindRefusal } from '../outputFile';
import { expandInputs } from '../inputs';
import { completeSources, loadSources } from '../sources';
import { adoptedLines, keptLinesOf, refreshInPlace, unreadableProblemsOf, type Upgraded } from '../inPlace';
import { json, localeOf, warn, note, parseAsOf, parseCompare, parseLocale, parsePeriod, progress, UsageError, type Io } from '../args';
import { t } from '../messages';

export function registerRefresh(program: Command, io: Io): void {
  program
    .command('refresh')
    .description(t('refreshDescription'))
    .argument('<inputs...>', t('argInputsStructured'))
    .requiredOption('-o, --output <file>', t('optOutput'))
    .option('--period <kind>', t('optPeriod'), 'week')
    .option('--as-of <time>', t('optAsOf'))
    .option('--compare <with>', t('optCompare'), 'previous')
    .option('--locale <locale>', t('optLocaleRefresh'))
    .option('--json', t('optJsonSummary'), false)
    .option('--force', t('optForce'), false)
    .action(async (inputs: string[], o: { output: string; period: string; asOf?: string; compare: string; locale?: string; json: boolean; force: boolean }) => {
      const kind = parsePeriod(o.period);
      const compare = parseCompare(o.compare);
      if (o.locale) parseLocale(o.locale);
      const paths = await expandInputs(inputs);
      const claim = await claimOutput(paths, o.output, o.force);
      note(io, t('noteReading', { path: paths.join(', ') }));
      const sources = await loadSources(paths);
      const first = sources[0].loaded;
      const locale = o.locale ? parseLocale(o.locale) : localeOf(first);
      const { asOf, fixed } = parseAsOf(o.asOf, first.settings.calendar.timeZone);
      note(io, t('noteComputing', { count: sources.reduce((n, s) => n + s.loaded.tickets.length, 0) }));
      let tickets: Ticket[], logs: LogEntry[], subtasks: Subtask[], renumbered: Renumbering[];
      if (sources.length === 1) {
        ({ tickets, logs, renumbered } = completeAll(first, asOf, true));
        // The completed tickets take the read ones' place: nothing after needs the read values
        // (the numbers they had are all still there), and 100,000 of them held beside the
        // completed ones were about 100 MB at the run's peak.
        first.tickets = tickets;
        subtasks = first.subtasks;
      } else {
        // A report workbook: every team's tickets, each with its team in a column of its own.
        const teamColumn = header('team', locale);
        const completed = completeSources(sources, asOf).map((s) => ({ ...s, tickets: s.tickets.map((x) => ({ ...x, extra: { ...x.extra, [teamColumn]: s.team } })) }));
        ({ tickets, logs, subtasks } = poolSources(completed));
        renumbered = [];
      }
      const stats = statsOf(tickets, logs, first.settings, kind, asOf, compare);
      const problems = sources.flatMap((s) => [...problemsOf(s.loaded, sources.length === 1 ? tickets : s.loaded.tickets).map(problemJson), ...s.loaded.configProblems.map(configProblemJson)]);
      const fixedAsOf = fixed ? asOf : null;
      const warnings = sources.flatMap((s) => s.loaded.warnings);
      // One structured workbook is edited in place (everything the team added is kept); a
      // converted sheet or several inputs make a new workbook.
      const inPlace = sources.length === 1 && first.structure ? { ...first, structure: first.structure } : null;
      const refusal = outputKindRefusal(inPlace ? paths[0] : null, o.output);
      if (refusal) {
        await claim.abort();
        throw new UsageError(t(refusal, { path: o.output }));
      }
      // Parts the current version writes that the workbook lacks (a Config table, SB_HolidayDates …) are added in place.
      let upgraded: Upgraded[] = [];
      try {
        if (inPlace) {
          const done = await refreshInPlace({ input: paths[0], dest: claim.tmpPath, loaded: inPlace, locale, tickets, stats, fixedAsOf });
          const kept = warnings.filter((w) => !done.superseded.includes(w));
          warnings.splice(0, warnings.length, ...kept, ...done.warnings);
          upgraded = done.upgraded;
        }
        else warnings.push(...formulaWarnings(await writeOut({ out: claim.tmpPath, settings: first.settings, locale, tickets, logs, subtasks, stats, fixedAsOf }, progress(io))));
      } catch (e) {
        await claim.abort();
        throw e;
      }
      await claim.commit();
      warn(io, [...sources.flatMap((s) => calendarWarnings(s.loaded)), ...warnings]);
      const adopted = inPlace ? inPlace.structure.adopted.map((row) => ({ row, id: tickets[inPlace.rows.indexOf(row)]?.id ?? '' })) : [];
      // Cells the reader could not use are kept as typed (and listed among the problems).
      // So are log lines and subtasks that name no ticket or hold such a cell.
      const kept = inPlace ? unreadableProblemsOf(inPlace).length + keptLinesOf(inPlace) : 0;
      const lines = inPlace ? adoptedLines(inPlace.structure) : [];
      const summary = {
        output: o.output,
        asOf,
        period: stats.period,
        tickets: tickets.length,
        overdue: tickets.filter((x) => isOverdue(x, asOf)).length,
        renumbered,
        adopted,
        adoptedLines: lines,
        upgraded,
        warnings,
        problems,
        stats,
      };
      if (o.json) io.out(json(summary));
      else
        io.out(
          t('refreshDone', { tickets: tickets.length, start: stats.period.start, end: stats.period.end, asOf, path: o.output, overdue: summary.overdue, problems: summary.problems.length }) +
            (renumbered.length ? t('refreshRenumbered', { count: renumbered.length }) : '') +
            (adopted.length ? t('refreshAdopted', { count: adopted.length, rows: adopted.map((a) => a.row).join('、') }) : '') +
            (lines.length ? t('refreshAdoptedLines', { count: lines.length, rows: lines.map((l) => t('adoptedLineAt', l)).join(t('listJoin')) }) : '') +
            (kept ? t('refreshKept', { count: kept }) : '') +
            '\n',
        );
    });
}
