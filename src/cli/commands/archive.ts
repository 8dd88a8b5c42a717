/**
 * `servicebook archive IN.xlsx (--before DATE | --keep PERIOD) -o ARCHIVE.xlsx [--append]`:
 * moves finished tickets received before the cut — with their Ticket_Log lines and Subtasks —
 * into ARCHIVE.xlsx, a ServiceBook workbook of the same structure with its own statistics for
 * the archived period, and removes them from IN.xlsx, whose archived numbers stay reserved
 * (Config_Reserved, read by the numbering rule of both hosts).
 *
 * IN.xlsx is the one input a command changes, and only this way (DESIGN: archive edits the
 * workbook in place in the package sense): the archive is written and renamed into place first;
 * then IN.xlsx is edited (only the moved rows — with the notes, hyperlinks and merged ranges on
 * them — and Config_Reserved change; every other part is copied byte for byte) into a temporary file beside it, which replaces it in one rename —
 * unless IN.xlsx changed on disk meanwhile. A run stopped in between leaves the tickets in both
 * files: run it again with --append and it finishes (a number already in the archive is not
 * copied twice). A second run moves nothing more. The counts before and after are printed; the
 * totals across both files must agree or nothing is written.
 */
import { promises as fs } from 'fs';
import type { Command } from 'commander';
import { cutForBefore, cutForKeep, parseKeep } from '../../core/archive/archiveCut';
import { fromMinutes, toMinutes, type LocalDateTime } from '../../core/time/localDateTime';
import { completeAll, load, loadStructuredBook, planOf, statsOf, type Loaded } from '../pipeline';
import { ARCHIVED_TABLES, carryAnnotations, type Carried } from '../archive/carryAnnotations';
import { tableAnnotations } from '../../xlsx/read/cellAnnotations';
import { writePlanFile } from '../../xlsx/writeWorkbook';
import { claimOutput } from '../outputFile';
import { planArchive, type ArchivePlan, type Counts } from '../archive/planArchive';
import { removeFromWorking, type ReservedUpgrade } from '../archive/removeFromWorking';
import { header } from '../../workbook/labels';
import { localeOfHeaders } from '../../workbook/ticketTable';
import type { TableData, WorkbookPlan } from '../../workbook/types';
import { replaceWorking, stampOf } from '../archive/replaceWorking';
import { appendToArchive, NoRoomError } from '../archive/appendToArchive';
import type { LogEntry } from '../../core/schema/log';
import type { Ticket } from '../../core/schema/ticket';
import type { StatsReport } from '../../core/stats/computeStats';
import { blankLoaded } from './init';
import { hasRoomBelow } from '../../workbook/roomBelow';
import { isTeamsOwnTickets } from '../../workbook/schemaUpgrade';
import { teamOf } from '../sources';
import { json, localeOf, note, parseAsOf, parseLocale, progress, UsageError, warn, type Io } from '../args';
import { t } from '../messages';

const exists = (p: string): Promise<boolean> =>
  fs.access(p).then(
    () => true,
    () => false,
  );

const countText = (c: Counts): string => t('archiveCounts', { tickets: c.tickets, log: c.logLines, subtasks: c.subtasks });
const sum = (a: Counts, b: Counts): Counts => ({ tickets: a.tickets + b.tickets, logLines: a.logLines + b.logLines, subtasks: a.subtasks + b.subtasks });

function cutOf(o: { before?: string; keep?: string }, asOf: LocalDateTime): LocalDateTime {
  if (o.before) {
    const cut = cutForBefore(o.before);
    if (!cut) throw new UsageError(t('badBefore', { value: o.before }));
    return cut;
  }
  const keep = parseKeep(o.keep ?? '');
  if (!keep) throw new UsageError(t('badKeep', { value: String(o.keep) }));
  return cutForKeep(keep, asOf);
}

export function registerArchive(program: Command, io: Io): void {
  program
    .command('archive')
    .description(t('archiveDescription'))
    .argument('<input>', t('argWorking'))
    .option('--before <date>', t('optBefore'))
    .option('--keep <period>', t('optKeep'))
    .requiredOption('-o, --output <file>', t('optArchiveOutput'))
    .option('--append', t('optAppend'), false)
    .option('--as-of <time>', t('optAsOfArchive'))
    .option('--locale <locale>', t('optLocale'))
    .option('--json', t('optJsonSummary'), false)
    .action(async (input: string, o: { before?: string; keep?: string; output: string; append: boolean; asOf?: string; locale?: string; json: boolean }) => {
      parseLocale(o.locale);
      if (Boolean(o.before) === Boolean(o.keep)) throw new UsageError(t('archiveBeforeOrKeep'));
      const out = o.output;
      const archiveExists = await exists(out);
      if (archiveExists && !o.append) throw new UsageError(t('archiveExists', { path: out }));
      // Never the workbook itself (real path, device and inode), whatever --append says.
      const claim = await claimOutput([input], out, o.append);
      try {
        note(io, t('noteReading', { path: input }));
        const stamp = await stampOf(input);
        const { loaded: working, book } = await loadStructuredBook(input);
        const reservedTable = book.tables.get('Config_Reserved');
        // A workbook an earlier version wrote has no Config_Reserved: it is added beside the other configuration tables.
        const upgrade = reservedTable ? null : reservedUpgradeOf(book.tables);
        // A team's own table named Tickets gets no configuration from refresh (schemaUpgrade): import makes a structured workbook of it.
        if (!reservedTable && !upgrade) throw new UsageError(t(isTeamsOwnTickets(book.tables) ? 'archiveOwnTable' : 'archiveNoReserved', { path: input }));
        const { asOf, fixed } = parseAsOf(o.asOf, working.settings.calendar.timeZone);
        const cut = cutOf(o, asOf);
        const archive: Loaded | null = archiveExists ? await load(out) : null;
        if (archive && !archive.structured) throw new UsageError(t('archiveNotStructured', { path: out }));
        const plan = planArchive({ working, tables: book.tables, archive, cut, team: teamOf(input, working.settings.team) });
        const before = sum(plan.before.working, plan.before.archive);
        const after = sum(plan.after.working, plan.after.archive);
        if (after.tickets + plan.alreadyArchived !== before.tickets) throw new Error(t('archiveCountMismatch', { before: countText(before), after: countText(after) }));
        // Config_Reserved grows in place: never into the table below it (an older config layout).
        if (plan.moved.length && reservedTable && !hasRoomBelow(reservedTable, plan.removal.reserved.length, book.tables.values())) throw new UsageError(t('archiveNoReserved', { path: input }));

        // A table whose total row would have to move is refused before anything is written.
        const totals = (['Tickets', 'Ticket_Log', 'Subtasks'] as const).find((n) => plan.removal[n].length && book.tables.get(n)?.totalsRow);
        if (totals) throw new UsageError(t('editTotalsRow', { table: totals }));

        let carried = { notes: 0, links: 0 };
        if (plan.moved.length === 0) await claim.abort();
        else {
          note(io, t('noteArchiveWrite', { path: out, count: plan.archive.tickets.length }));
          const content = archiveContent(plan, asOf);
          if (archive?.structure) {
            // An existing archive is edited in place: the moved rows are appended, everything else stays.
            const fresh = new Set(plan.archive.tickets.slice(archive.tickets.length).map((x) => x.id.trim()));
            const added = { tickets: content.tickets.filter((x) => fresh.has(x.id.trim())), logs: content.logs.filter((l) => fresh.has(l.ticketId.trim())), subtasks: plan.archive.subtasks.slice(archive.subtasks.length) };
            const loaded = { ...archive, structure: archive.structure };
            const found = await tableAnnotations(input, ARCHIVED_TABLES);
            const carry = (appended: WorkbookPlan): Carried => carryAnnotations(book.tables, found, plan.removal, appended);
            carried = (
              await appendToArchive({ archive: out, dest: claim.tmpPath, loaded, completed: content.tickets, stats: content.stats, added, fixedAsOf: fixed ? asOf : null, carry }).catch((e: unknown) => {
                throw e instanceof NoRoomError ? new UsageError(t('archiveNoRoom', { path: out, table: e.message })) : e;
              })
            ).carried;
          } else {
            // A new archive: the notes and hyperlinks of the moving rows go into it with them.
            const archivePlan = planOf({ settings: plan.archive.settings, locale: localeOf(working), ...content, subtasks: plan.archive.subtasks, fixedAsOf: fixed ? asOf : null });
            carried = carryAnnotations(book.tables, await tableAnnotations(input, ARCHIVED_TABLES), plan.removal, archivePlan).carried;
            await writePlanFile(archivePlan, claim.tmpPath, progress(io));
          }
          await claim.commit();
          note(io, t('noteArchiveRemove', { path: input, count: plan.moved.length }));
          let dropped = { notes: 0, links: 0 };
          await replaceWorking(
            input,
            stamp,
            async (dest) => {
              dropped = await removeFromWorking(input, dest, book.tables, plan.removal, upgrade);
            },
            t('archiveChanged', { path: input }),
          );
          // What a team hung on an archived ticket and the archive could not take: said, never silent.
          const left = { notes: Math.max(0, dropped.notes - carried.notes), links: Math.max(0, dropped.links - carried.links) };
          if (left.notes || left.links) warn(io, [t('archiveDropped', { ...left, path: input })]);
        }
        const summary = { input, archive: out, cut, moved: plan.moved.length, alreadyArchived: plan.alreadyArchived, keptBack: plan.keptBack, reserved: plan.removal.reserved.length, before: plan.before, after: plan.after };
        if (o.json) io.out(json(summary));
        else
          io.out(
            `${plan.moved.length ? t('archiveDone', { count: plan.moved.length, cut, path: out }) : t('archiveNothing', { cut })}\n` +
              `${t('archiveBeforeLine', { working: countText(plan.before.working), archive: countText(plan.before.archive), total: countText(before) })}\n` +
              `${t('archiveAfterLine', { working: countText(plan.after.working), archive: countText(plan.after.archive), total: countText(after) })}\n` +
              (plan.alreadyArchived ? `${t('archiveAlready', { count: plan.alreadyArchived })}\n` : '') +
              (plan.keptBack ? `${t('archiveKeptBack', { count: plan.keptBack })}\n` : ''),
          );
      } catch (e) {
        await claim.abort();
        throw e;
      }
    });
}

/** The configuration sheet (the one holding Config_Lists, else any Config_ table) and the header in its language; null when there is none. */
function reservedUpgradeOf(tables: ReadonlyMap<string, TableData>): ReservedUpgrade | null {
  const config = tables.get('Config_Lists') ?? [...tables.values()].find((x) => x.name.startsWith('Config_'));
  const tickets = tables.get('Tickets');
  return config && tickets ? { sheet: config.sheet, header: header('reservedNumber', localeOfHeaders(tickets.headers)) } : null;
}

/** The archive's tickets and log lines completed by the engine, and its statistics over the archived period (first archived day to the cut). */
function archiveContent(plan: ArchivePlan, asOf: LocalDateTime): { tickets: Ticket[]; logs: LogEntry[]; stats: StatsReport } {
  const a = plan.archive;
  const { tickets, logs } = completeAll(blankLoaded(a.settings, a.tickets, a.logs, a.subtasks), asOf, true);
  const latest = tickets.reduce((m, x) => (x.receivedAt ? Math.max(m, toMinutes(x.receivedAt)) : m), toMinutes(plan.cut) - 1);
  return { tickets, logs, stats: statsOf(tickets, logs, a.settings, 'all', fromMinutes(latest)) };
}
