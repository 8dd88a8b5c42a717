/**
 * Completes a Tickets table, or the edited rows of one: the rule both hosts run (the command
 * line over a whole sheet, the add-in's "check rows" and Table.onChanged over all or some rows).
 *
 * Per row, in table order: a later duplicate number (two co-authors adding rows at once) is
 * replaced by a new one, a row without a number gets one — the allocator starts from every
 * number of the table, so numbers are never reused and gaps stay; the log lines the row owns are
 * gathered (by its number, and lines parsed before numbering, keyed `row:N`, re-attached to the
 * final number); optionally the latest note becomes the progress; optionally the host records a
 * status change the log has not seen (never a first-response or resolution time: when it was
 * typed is unknown) and a 受理 line for a newly numbered or renumbered row;
 * then completeTicket. Idempotent: running it again on its own output changes nothing.
 */
import { laterDuplicateRows } from '../numbering/findDuplicates';
import { createNumberAllocator } from '../numbering/nextTicketNumber';
import { numbersInUse } from '../numbering/reservedNumbers';
import { word } from '../i18n/words';
import type { Locale } from '../schema/fieldMeta';
import type { LogEntry } from '../schema/log';
import type { Ticket } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import { toMinutes, type LocalDateTime } from '../time/localDateTime';
import { noticeStatusChange } from './applyStatusChange';
import { CHECK_AUTHOR, isNoticedLine } from './checkAuthor';
import { completeTicket } from './completeTicket';

export interface TableRow {
  /** 0-based body index in the table: the order that decides which duplicate is the later one. */
  index: number;
  /** 1-based sheet row (reports, and the `row:N` key of log lines parsed before numbering). */
  row: number;
  ticket: Ticket;
}

export interface CompletedRow extends TableRow {
  before: Ticket;
}

export interface Renumbering {
  row: number;
  from: string;
  to: string;
}

export interface CompleteTableOptions {
  settings: Settings;
  asOf: LocalDateTime;
  /**
   * The number of every body row, by index (empty for rows without one), when `rows` is only
   * part of the table: duplicates are found and new numbers allocated against all of them.
   * Default: the numbers of `rows`.
   */
  allIds?: readonly string[];
  /**
   * Numbers used outside the table and outside `logs` (lines not passed): never handed out
   * again, like the workbook's reserved numbers (`settings.numbering.reserved`: archived tickets).
   */
  usedIds?: Iterable<string>;
  /** Take the latest dated log note as the progress and last update (refresh, import). */
  progressFromLog?: boolean;
  /**
   * Record log lines (the add-in's check), by CHECK_AUTHOR and dated `asOf`: a status typed into
   * the grid that the log has not seen (noticed: it sets no ticket time), and a 受理 line for a
   * row that was numbered or renumbered. Without it no lines are written (the command).
   */
  record?: boolean;
  /** The language of the lines recorded (the workbook's). Default: zh-CN. */
  locale?: Locale;
}

export interface CompleteTableResult {
  /** The given rows, completed, in the given order. */
  completed: CompletedRow[];
  renumbered: Renumbering[];
  /** Lines this run wrote (only with `record`), keyed by the final numbers. */
  newLog: LogEntry[];
  /** The given lines re-attached to the final numbers, plus `newLog`: by ticket, then time. */
  logs: LogEntry[];
}

/** The key of log lines read from sheet row `row` before that row had a number. */
export const rowLogKey = (row: number): string => `row:${row}`;

const byAt = (a: LogEntry, b: LogEntry): number => (a.at ?? '').localeCompare(b.at ?? '');

/** Log lines of each ticket, oldest first (undated lines first). */
export function groupLogsByTicket(logs: readonly LogEntry[]): Map<string, LogEntry[]> {
  const m = new Map<string, LogEntry[]>();
  for (const l of logs) {
    const xs = m.get(l.ticketId);
    if (xs) xs.push(l);
    else m.set(l.ticketId, [l]);
  }
  for (const xs of m.values()) xs.sort(byAt);
  return m;
}

/**
 * The latest dated note a person wrote in a ticket's log (oldest first) as its progress and last
 * update. Lines a check wrote (CHECK_AUTHOR) are not updates: they would reset the "no progress
 * in N hours" escalation on every check.
 * @example withLatestProgress(t, [{ at: '2024-05-08T10:00', content: '已联系', by: '赵*', … }, { at: '2024-05-08T16:00', content: '状态：…', by: 'ServiceBook', … }]).lastUpdateAt // → '2024-05-08T10:00'
 */
export function withLatestProgress(t: Ticket, log: readonly LogEntry[]): Ticket {
  const dated = log.filter((l) => l.at && l.content && !isNoticedLine(l));
  const last = dated[dated.length - 1];
  if (!last) return t;
  if (t.lastUpdateAt && last.at && toMinutes(t.lastUpdateAt) > toMinutes(last.at)) return t;
  return { ...t, progress: last.content, lastUpdateAt: last.at };
}

/** The latest status the log recorded for a ticket, or null. */
function loggedStatus(log: readonly LogEntry[]): LogEntry['status'] {
  const withStatus = log.filter((l) => l.status !== null && l.at !== null).sort((a, b) => toMinutes(a.at!) - toMinutes(b.at!));
  return withStatus.length ? withStatus[withStatus.length - 1].status : null;
}

function idsOf(rows: readonly TableRow[]): string[] {
  const ids: string[] = Array.from({ length: rows.reduce((n, r) => Math.max(n, r.index + 1), 0) }, () => '');
  for (const r of rows) ids[r.index] = r.ticket.id;
  return ids;
}

/**
 * Each final number's place in the table, to order the log: the last given row that has it, else
 * its first row among all the table's numbers. Built only when there are lines to order.
 * @example placesOf(['A', 'B', 'A'], [{ index: 2, … }], ['C']) // → Map { A → 0, B → 1, C → 2 }
 */
function placesOf(allIds: readonly string[], rows: readonly TableRow[], finalIds: readonly string[]): Map<string, number> {
  const order = new Map<string, number>();
  allIds.forEach((id, i) => {
    if (id && !order.has(id)) order.set(id, i);
  });
  rows.forEach((r, k) => order.set(finalIds[k], r.index));
  return order;
}

export function completeTable(rows: readonly TableRow[], logs: readonly LogEntry[], opts: CompleteTableOptions): CompleteTableResult {
  const { settings, asOf, record = false } = opts;
  const allIds = opts.allIds ?? idsOf(rows);
  const allocator = createNumberAllocator(settings.numbering.pattern, numbersInUse(settings.numbering, allIds));
  for (const id of opts.usedIds ?? []) if (id) allocator.observe(id);
  // A number the log names stays taken, even after its row was deleted.
  for (const l of logs) if (l.ticketId) allocator.observe(l.ticketId);
  const later = new Set(laterDuplicateRows([...allIds]));
  const byTicket = groupLogsByTicket(logs);
  const completed: CompletedRow[] = [];
  const renumbered: Renumbering[] = [];
  const newLog: LogEntry[] = [];
  // `row:N` → final number, and each row's final number (to order the log).
  const relinked = new Map<string, string>();
  const finalIds: string[] = [];

  for (const r of rows) {
    const before = r.ticket;
    const dup = before.id !== '' && later.has(r.index);
    const numbered = before.id.trim() === '' || dup;
    // Allocated here rather than in completeTicket, so the row's lines can carry the number.
    const id = numbered ? allocator.next(before.receivedAt ?? asOf) : before.id;
    // Lines under a duplicated number stay with its first row; `row:N` lines are this row's.
    const rowKey = rowLogKey(r.row);
    const numberLines = numbered ? undefined : byTicket.get(before.id);
    const rowLines = byTicket.get(rowKey);
    const own = numberLines || rowLines ? [...(numberLines ?? []), ...(rowLines ?? [])].map((l) => (l.ticketId === id ? l : { ...l, ticketId: id })) : [];
    // Only lines keyed `row:N` are relinked: a row without such lines needs no entry.
    if (rowLines) relinked.set(rowKey, id);
    finalIds.push(id);

    // Never changed in place below (each step returns a new ticket): the row's own when its number stays.
    let t: Ticket = id === before.id ? before : { ...before, id };
    if (opts.progressFromLog) t = withLatestProgress(t, own);
    const lines: LogEntry[] = [];
    const seen = record ? loggedStatus(own) : null;
    // An emptied status cell reads as what the log last recorded, not as a change to the initial one.
    const status = t.status;
    if (seen && status === null) t = { ...t, status: seen };
    else if (seen && status && seen !== status) {
      const change = noticeStatusChange({ ...t, status: seen }, status, asOf, settings, opts.locale);
      t = change.ticket;
      lines.push({ ...change.log, ticketId: id });
    }
    t = completeTicket(t, { settings, asOf, log: [...own, ...lines] });
    if (dup) renumbered.push({ row: r.row, from: before.id, to: id });
    if (record && numbered) {
      const content = dup ? word('log.renumbered', opts.locale ?? 'zh-CN', { from: before.id, to: id }) : t.subject || t.description.slice(0, 80);
      lines.unshift({ ticketId: id, at: asOf, kind: '受理', channel: t.channel, content, nextStep: '', by: CHECK_AUTHOR, status: t.status });
    }
    if (lines.length) {
      // Complete again with the lines the row now has, so the next run finds nothing to change.
      const log = [...own, ...lines].sort(byAt);
      if (opts.progressFromLog) t = withLatestProgress(t, log);
      t = completeTicket(t, { settings, asOf, log });
    }
    newLog.push(...lines);
    completed.push({ ...r, before, ticket: t });
  }

  const all = [...logs.map((l) => (relinked.has(l.ticketId) ? { ...l, ticketId: relinked.get(l.ticketId)! } : l)), ...newLog];
  const order = all.length > 0 ? placesOf(allIds, rows, finalIds) : new Map<string, number>();
  const place = (l: LogEntry): number => order.get(l.ticketId) ?? Number.MAX_SAFE_INTEGER;
  all.sort((a, b) => place(a) - place(b) || byAt(a, b));
  return { completed, renumbered, newLog, logs: all };
}
