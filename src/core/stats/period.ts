/**
 * Statistics periods. A period is a half-open range [start, end) of workbook-local times.
 * Calendar arithmetic goes through date-fns on `UTCDate`, whose UTC fields hold the wall clock,
 * so the process time zone never shifts a week or a month boundary.
 */
import { UTCDate } from '@date-fns/utc';
import { addMonths } from 'date-fns/addMonths';
import { addQuarters } from 'date-fns/addQuarters';
import { addWeeks } from 'date-fns/addWeeks';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfQuarter } from 'date-fns/startOfQuarter';
import { startOfWeek } from 'date-fns/startOfWeek';
import { subMonths } from 'date-fns/subMonths';
import { subQuarters } from 'date-fns/subQuarters';
import { subWeeks } from 'date-fns/subWeeks';
import { subYears } from 'date-fns/subYears';
import { fromMinutes, MINUTES_PER_DAY, toMinutes, type LocalDateTime } from '../time/localDateTime';

export const PERIOD_KINDS = ['week', 'month', 'quarter', 'all', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  start: LocalDateTime;
  /** Exclusive. */
  end: LocalDateTime;
}

/** Start of an 'all' period before it is narrowed to the earliest ticket (see `allTimePeriod`). */
export const ALL_TIME_START: LocalDateTime = '1900-01-01T00:00';

const MS_PER_MINUTE = 60_000;

export const toUtcDate = (t: LocalDateTime): UTCDate => {
  const m = toMinutes(t);
  if (Number.isNaN(m)) throw new RangeError(`Not a local date-time: ${t}`);
  return new UTCDate(m * MS_PER_MINUTE);
};
export const fromUtcDate = (d: Date): LocalDateTime => fromMinutes(d.getTime() / MS_PER_MINUTE);

/** Monday 00:00 of the week (Mon–Sun) that contains t. */
export const weekStartOf = (t: LocalDateTime): LocalDateTime => fromUtcDate(startOfWeek(toUtcDate(t), { weekStartsOn: 1 }));

/** One minute after t: the exclusive end that still includes t itself. */
const justAfter = (t: LocalDateTime): LocalDateTime => fromMinutes(toMinutes(t) + 1);

/**
 * The period of `kind` that contains `asOf`.
 * - week/month/quarter: the calendar period (weeks run Monday–Sunday).
 * - all: from `range.start` (default `ALL_TIME_START`; `allTimePeriod` narrows it to the earliest
 *   ticket) up to and including the `asOf` minute.
 * - custom: `range` as given (end exclusive); required.
 */
export function periodContaining(kind: PeriodKind, asOf: LocalDateTime, range?: { start: LocalDateTime; end?: LocalDateTime }): Period {
  const d = toUtcDate(asOf);
  switch (kind) {
    case 'week': {
      const s = startOfWeek(d, { weekStartsOn: 1 });
      return { kind, start: fromUtcDate(s), end: fromUtcDate(addWeeks(s, 1)) };
    }
    case 'month': {
      const s = startOfMonth(d);
      return { kind, start: fromUtcDate(s), end: fromUtcDate(addMonths(s, 1)) };
    }
    case 'quarter': {
      const s = startOfQuarter(d);
      return { kind, start: fromUtcDate(s), end: fromUtcDate(addQuarters(s, 1)) };
    }
    case 'all':
      return { kind, start: range?.start ?? ALL_TIME_START, end: range?.end ?? justAfter(asOf) };
    case 'custom': {
      if (!range?.end) throw new RangeError('A custom period needs a start and an end');
      if (toMinutes(range.end) <= toMinutes(range.start)) throw new RangeError('A custom period must end after it starts');
      return { kind, start: range.start, end: range.end };
    }
  }
}

/**
 * An 'all' period narrowed to the tickets: from 00:00 of the day of the earliest receivedAt
 * before the period end (never earlier than `p.start`); without any such ticket, from 00:00 of
 * the as-of day. Other kinds are returned unchanged.
 */
export function allTimePeriod(p: Period, receivedTimes: Iterable<LocalDateTime | null>): Period {
  if (p.kind !== 'all') return p;
  const end = toMinutes(p.end);
  let earliest = end - 1;
  for (const t of receivedTimes) {
    if (!t) continue;
    const m = toMinutes(t);
    if (m < earliest) earliest = m;
  }
  const dayStart = Math.floor(earliest / MINUTES_PER_DAY) * MINUTES_PER_DAY;
  return { ...p, start: fromMinutes(Math.max(dayStart, toMinutes(p.start))) };
}

/**
 * The period of the same length just before `p`: the previous week, month or quarter; for
 * 'all' and 'custom' the same number of minutes (whole days for day-aligned ranges) just before,
 * returned as 'custom'.
 */
export function previousPeriod(p: Period): Period {
  const s = toUtcDate(p.start);
  switch (p.kind) {
    case 'week':
      return { kind: p.kind, start: fromUtcDate(subWeeks(s, 1)), end: p.start };
    case 'month':
      return { kind: p.kind, start: fromUtcDate(subMonths(s, 1)), end: p.start };
    case 'quarter':
      return { kind: p.kind, start: fromUtcDate(subQuarters(s, 1)), end: p.start };
    case 'all':
    case 'custom': {
      const length = toMinutes(p.end) - toMinutes(p.start);
      return { kind: 'custom', start: fromMinutes(toMinutes(p.start) - length), end: p.start };
    }
  }
}

/** What a period is compared with: the one just before it, or the same one a year earlier. */
export const COMPARISONS = ['previous', 'year'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/**
 * The same period a year earlier (this March against last March): months and quarters by the
 * calendar, a week as the Monday-to-Sunday week 52 weeks before, other ranges shifted by one
 * calendar year (returned as 'custom').
 * @example yearEarlier({ kind: 'month', start: '2025-03-01T00:00', end: '2025-04-01T00:00' }) // { kind: 'month', start: '2024-03-01T00:00', end: '2024-04-01T00:00' }
 */
export function yearEarlier(p: Period): Period {
  const shift = (t: LocalDateTime): LocalDateTime => (p.kind === 'week' ? fromUtcDate(subWeeks(toUtcDate(t), 52)) : fromUtcDate(subYears(toUtcDate(t), 1)));
  const kind = p.kind === 'week' || p.kind === 'month' || p.kind === 'quarter' ? p.kind : 'custom';
  return { kind, start: shift(p.start), end: shift(p.end) };
}

/** The period `p` is compared with. */
export const comparedPeriod = (p: Period, compare: Comparison = 'previous'): Period => (compare === 'year' ? yearEarlier(p) : previousPeriod(p));

/** Length of a period in days (may be fractional for custom ranges). */
export const periodDays = (p: Period): number => (toMinutes(p.end) - toMinutes(p.start)) / MINUTES_PER_DAY;

/**
 * Mondays (00:00) of the weeks overlapping [start, end), oldest first; at most `limit` of them
 * (the latest ones), so a stray date decades back cannot make thousands of rows.
 */
export function weeksOverlapping(p: Period, limit = Infinity): LocalDateTime[] {
  const WEEK = 7 * MINUTES_PER_DAY; // wall-clock weeks: no DST inside local time
  const end = toMinutes(p.end);
  const first = toMinutes(weekStartOf(p.start));
  const count = Math.max(0, Math.ceil((end - first) / WEEK));
  const skip = Math.max(0, count - limit);
  const weeks: LocalDateTime[] = [];
  for (let i = skip; i < count; i++) weeks.push(fromMinutes(first + i * WEEK));
  return weeks;
}

/**
 * The tickets received in the period (start inclusive, end exclusive), as the statistics count them.
 * @example receivedIn([{ receivedAt: '2024-03-01T00:00' }, { receivedAt: '2024-04-01T00:00' }], { kind: 'month', start: '2024-03-01T00:00', end: '2024-04-01T00:00' }).length // → 1
 */
export function receivedIn<T extends { receivedAt: LocalDateTime | null }>(tickets: readonly T[], p: Pick<Period, 'start' | 'end'>): T[] {
  const start = toMinutes(p.start);
  const end = toMinutes(p.end);
  return tickets.filter((t) => {
    const m = t.receivedAt ? toMinutes(t.receivedAt) : NaN;
    return m >= start && m < end;
  });
}
