/**
 * Allocates ticket numbers: new = the highest sequence already used with the same date part + 1,
 * so numbers are never reused (a deleted row's number stays gone) and gaps are allowed.
 */
import type { LocalDateTime } from '../time/localDateTime';
import { datePartOf, formatTicketNumber, parsePattern, parseTicketNumber, type ParsedPattern } from './pattern';

export interface NumberAllocator {
  readonly pattern: string;
  /** The next free number for a ticket received at `at`; O(1). */
  next(at: LocalDateTime): string;
  /** Records a number used elsewhere (a row that already had one) so it is never handed out. */
  observe(id: string): void;
}

function maxSeqByDatePart(pp: ParsedPattern, ids: Iterable<string>): Map<string, number> {
  const max = new Map<string, number>();
  for (const id of ids) {
    if (typeof id !== 'string' || id === '') continue;
    const p = parseTicketNumber(pp, id);
    if (p && p.seq > (max.get(p.datePart) ?? 0)) max.set(p.datePart, p.seq);
  }
  return max;
}

export function nextTicketNumber(pattern: string, at: LocalDateTime, existingIds: Iterable<string>): string {
  const pp = parsePattern(pattern);
  const max = maxSeqByDatePart(pp, existingIds);
  return formatTicketNumber(pp, at, (max.get(datePartOf(pp, at)) ?? 0) + 1);
}

/** One O(n) scan, then O(1) per number: for bulk imports of many rows. */
export function createNumberAllocator(pattern: string, existingIds: Iterable<string>): NumberAllocator {
  const pp = parsePattern(pattern);
  const max = maxSeqByDatePart(pp, existingIds);
  return {
    pattern,
    next(at) {
      const key = datePartOf(pp, at);
      const seq = (max.get(key) ?? 0) + 1;
      max.set(key, seq);
      return formatTicketNumber(pp, at, seq);
    },
    observe(id) {
      const p = parseTicketNumber(pp, id);
      if (p && p.seq > (max.get(p.datePart) ?? 0)) max.set(p.datePart, p.seq);
    },
  };
}
