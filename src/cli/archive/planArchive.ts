/**
 * What one `servicebook archive` run does, decided before anything is written: which tickets
 * move (core's selectForArchive), with which log lines and subtasks, what the archive workbook
 * holds afterwards, which body rows leave the working workbook, the numbers it keeps reserved,
 * and the counts before and after in both files (they must add up).
 *
 * A ticket moves only when every one of its Ticket_Log and Subtasks rows could be read: a row
 * the reader reported as unusable would otherwise leave the working workbook without reaching
 * the archive. Such tickets stay and are counted as kept back.
 */
import { selectForArchive } from '../../core/archive/selectForArchive';
import { reserveNumbers } from '../../core/numbering/reservedNumbers';
import type { LogEntry, Subtask } from '../../core/schema/log';
import type { Ticket } from '../../core/schema/ticket';
import type { Settings } from '../../core/settings/settings';
import type { LocalDateTime } from '../../core/time/localDateTime';
import { cellText } from '../../workbook/cells';
import { bodyRowsOfTickets, ticketNumberColumn } from '../../workbook/rowsOfTickets';
import type { TableData } from '../../workbook/types';
import type { Loaded } from '../pipeline';

export interface Counts {
  tickets: number;
  logLines: number;
  subtasks: number;
}

/** Body rows (0-based, as read) leaving each table of the working workbook, and its new reservations. */
export interface Removal {
  Tickets: number[];
  Ticket_Log: number[];
  Subtasks: number[];
  /** The whole Config_Reserved list after this run. */
  reserved: string[];
}

export interface ArchivePlan {
  cut: LocalDateTime;
  /** Numbers of the tickets leaving the working workbook. */
  moved: string[];
  /** Of those, already in the archive (an earlier run stopped before updating the workbook). */
  alreadyArchived: number;
  /** Finished tickets before the cut that stay (no number, a shared number, unreadable rows). */
  keptBack: number;
  /** The archive workbook's content afterwards (tickets still to be completed by the engine). */
  archive: { settings: Settings; tickets: Ticket[]; logs: LogEntry[]; subtasks: Subtask[] };
  removal: Removal;
  before: { working: Counts; archive: Counts };
  after: { working: Counts; archive: Counts };
}

const countsOf = (l: Pick<Loaded, 'tickets' | 'logs' | 'subtasks'>): Counts => ({ tickets: l.tickets.length, logLines: l.logs.length, subtasks: l.subtasks.length });
const NONE: Counts = { tickets: 0, logLines: 0, subtasks: 0 };

/** Tickets whose rows in `t` outnumber their readable lines: some line could not be read. */
function withUnreadableRows(t: TableData | undefined, read: readonly { ticketId: string }[], ids: ReadonlySet<string>): Set<string> {
  const bad = new Set<string>();
  if (!t) return bad;
  const tally = (xs: string[]): Map<string, number> => xs.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>());
  const readCount = tally(read.map((r) => r.ticketId.trim()).filter((id) => ids.has(id)));
  const col = ticketNumberColumn(t);
  const rawCount = tally(bodyRowsOfTickets(t, ids).map((i) => cellText(t.rows[i][col] ?? null).trim()));
  for (const [id, n] of rawCount) if (n !== (readCount.get(id) ?? 0)) bad.add(id);
  return bad;
}

export function planArchive(opts: {
  working: Loaded;
  tables: Map<string, TableData>;
  archive: Loaded | null;
  cut: LocalDateTime;
  /** The archive's team: the working workbook's own, else its file name. */
  team: string;
}): ArchivePlan {
  const { working, tables, archive, cut } = opts;
  const selection = selectForArchive(working.tickets, cut);
  const candidates = new Set(selection.moving.map((i) => working.tickets[i].id.trim()));
  const unreadable = new Set([...withUnreadableRows(tables.get('Ticket_Log'), working.logs, candidates), ...withUnreadableRows(tables.get('Subtasks'), working.subtasks, candidates)]);
  const moving = selection.moving.filter((i) => !unreadable.has(working.tickets[i].id.trim()));
  const moved = moving.map((i) => working.tickets[i].id.trim());
  const movedSet = new Set(moved);

  const inArchive = new Set((archive?.tickets ?? []).map((t) => t.id.trim()));
  const fresh = new Set(moved.filter((id) => !inArchive.has(id)));
  const owned = <T extends { ticketId: string }>(xs: readonly T[], ids: ReadonlySet<string>): T[] => xs.filter((x) => ids.has(x.ticketId.trim()));

  const settings: Settings = { ...working.settings, team: opts.team, numbering: { pattern: working.settings.numbering.pattern } };
  const archived = {
    settings: archive?.settings ?? settings,
    tickets: [...(archive?.tickets ?? []), ...moving.map((i) => working.tickets[i]).filter((t) => fresh.has(t.id.trim()))],
    logs: [...(archive?.logs ?? []), ...owned(working.logs, fresh)],
    subtasks: [...(archive?.subtasks ?? []), ...owned(working.subtasks, fresh)],
  };

  const rowsOf = (name: string): number[] => {
    const t = tables.get(name);
    return t ? bodyRowsOfTickets(t, movedSet) : [];
  };
  const removal: Removal = {
    Tickets: rowsOf('Tickets'),
    Ticket_Log: rowsOf('Ticket_Log'),
    Subtasks: rowsOf('Subtasks'),
    reserved: reserveNumbers(working.settings.numbering.pattern, moved, working.settings.numbering.reserved ?? []),
  };

  const before = { working: countsOf(working), archive: archive ? countsOf(archive) : NONE };
  const after = {
    working: {
      tickets: working.tickets.length - moving.length,
      logLines: working.logs.length - owned(working.logs, movedSet).length,
      subtasks: working.subtasks.length - owned(working.subtasks, movedSet).length,
    },
    archive: countsOf(archived),
  };
  return { cut, moved, alreadyArchived: moved.length - fresh.size, keptBack: selection.keptBack.length + (selection.moving.length - moving.length), archive: archived, removal, before, after };
}
