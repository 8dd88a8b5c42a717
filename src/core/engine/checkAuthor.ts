/**
 * The author of the Ticket_Log lines a check writes (检查, Table.onChanged): a 受理 line for a row
 * it numbered, a 变更 line for a status it found typed into the grid. Such a line is dated when
 * the check noticed, not when anything happened, so it never gives a ticket a first-response or
 * resolution time.
 */
import type { LogEntry } from '../schema/log';

export const CHECK_AUTHOR = 'ServiceBook';

/**
 * Whether a log line was written by a check (its time is when the check noticed).
 * @example isNoticedLine({ by: 'ServiceBook' }) // → true
 */
export const isNoticedLine = (e: Pick<LogEntry, 'by'>): boolean => e.by === CHECK_AUTHOR;
