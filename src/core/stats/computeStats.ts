/**
 * The period report (`Stats_Summary`, `servicebook stats --json`): volume, backlog, overdue,
 * on-time rates, resolution time by priority, satisfaction, reopens, feedback classification,
 * cross-tabs and top types, each against the previous period of the same length.
 * Rounding rules: see types.ts.
 */
import { hasKeys } from '../schema/hasKeys';
import type { Level } from '../schema/enums';
import type { LogEntry } from '../schema/log';
import type { Ticket } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import { isOpenTicket, isOverdue } from '../sla/isOverdue';
import { UNANSWERED_STATUS } from '../sla/overdueRule';
import { fromMinutes, toMinutes, type LocalDateTime } from '../time/localDateTime';
import { classify, topTypes } from './classification';
import { crossTabs } from './crossTabs';
import { fraction, mean, median, roundOrNull, roundTo } from './numbers';
import { allTimePeriod, comparedPeriod, type Comparison, type Period } from './period';
import { reopenLogByTicket, ticketAt, ticketTimes, wasOpenAt, type TicketTimes } from './timeline';
import type { DimensionScore, HoursSummary, OnTimeRates, PeriodFigures, StatsChange, StatsReport } from './types';

export type { StatsReport, PeriodFigures, StatsChange } from './types';

export interface StatsOptions {
  period: Period;
  asOf: LocalDateTime;
  settings: Settings;
  /** Ticket_Log lines; their 重新打开 lines date reopens. */
  log?: LogEntry[];
  /** `previous` holds the period just before (default) or the same period a year earlier. */
  compare?: Comparison;
}

const RATE_DIGITS = 4;
const HOURS_DIGITS = 1;
const CSAT_DIGITS = 2;

const inRange = (m: number | null, start: number, end: number): m is number => m !== null && m >= start && m < end;

function resolutionHours(resolved: readonly TicketTimes[]): Record<Level, HoursSummary> {
  const hours: Record<Level, number[]> = { 高: [], 中: [], 低: [] };
  for (const x of resolved) {
    const p = x.ticket.priority;
    // A resolution before the receipt is a data error, not a negative duration.
    if (p === null || x.received === null || x.resolved === null || x.resolved < x.received) continue;
    hours[p].push((x.resolved - x.received) / 60);
  }
  const summary = (hs: number[]): HoursSummary => ({
    mean: roundOrNull(mean(hs), HOURS_DIGITS),
    median: roundOrNull(median(hs), HOURS_DIGITS),
    count: hs.length,
  });
  return { 高: summary(hours.高), 中: summary(hours.中), 低: summary(hours.低) };
}

type Outcome = 'onTime' | 'late' | 'pending' | 'unknown' | 'none';

/**
 * The response of a ticket as known at minute m: answered on time or late, missed (unanswered
 * past its due: late), not yet due (pending), unknown (past 待受理 with no time), or no due.
 */
function responseOutcome(x: TicketTimes, m: number): Outcome {
  if (x.responseDue === null) return 'none';
  if (x.firstResponse !== null && x.firstResponse <= m) return x.firstResponse <= x.responseDue ? 'onTime' : 'late';
  const unanswered = x.firstResponse !== null || x.ticket.status === UNANSWERED_STATUS;
  if (!unanswered) return 'unknown';
  return x.responseDue < m ? 'late' : 'pending';
}

/** The resolution likewise: resolved on time or late, open past its due (late), not yet due, finished at an unknown time. */
function resolutionOutcome(x: TicketTimes, m: number): Outcome {
  if (x.resolveDue === null) return 'none';
  if (x.resolved !== null && x.resolved <= m && !wasOpenAt(x, m + 1)) return x.resolved <= x.resolveDue ? 'onTime' : 'late';
  if (x.resolved === null && !isOpenTicket(x.ticket)) return 'unknown';
  return x.resolveDue < m ? 'late' : 'pending';
}

/** On time over on time + late; null when none is measured. */
function onTimeRate(outcomes: readonly Outcome[]): number | null {
  const onTime = outcomes.filter((o) => o === 'onTime').length;
  const late = outcomes.filter((o) => o === 'late').length;
  return roundOrNull(fraction(onTime, onTime + late), RATE_DIGITS);
}

/** A finished ticket whose resolution time is unknown. */
const resolvedAtUnknownTime = (x: TicketTimes): boolean => x.resolved === null && !isOpenTicket(x.ticket);

/** The on-time rates of the tickets of each priority (outcomes in the order of `received`). */
function onTimeByPriority(received: readonly TicketTimes[], responses: readonly Outcome[], resolutions: readonly Outcome[]): Record<Level, OnTimeRates> {
  const of = (l: Level): OnTimeRates => {
    const mine = (o: readonly Outcome[]): Outcome[] => o.filter((_, i) => received[i].ticket.priority === l);
    return { response: onTimeRate(mine(responses)), resolution: onTimeRate(mine(resolutions)) };
  };
  return { 高: of('高'), 中: of('中'), 低: of('低') };
}

/**
 * The rating dimensions to report: the preset's, then others the tickets use, in first-seen order.
 * @example ratingDimensions(['服务态度'], [{ ratings: { 响应速度: 4 } }]) // → ['服务态度', '响应速度']
 */
export function ratingDimensions(preset: readonly string[], tickets: readonly Pick<Ticket, 'ratings'>[]): string[] {
  const dims = new Set(preset);
  for (const t of tickets) for (const d of Object.keys(t.ratings)) dims.add(d);
  return [...dims];
}

function dimensionScores(tickets: readonly Ticket[], dims: readonly string[]): DimensionScore[] {
  // A ticket that rated nothing adds no score: only the others are looked at, once per dimension.
  const rated = tickets.filter((t) => hasKeys(t.ratings));
  return dims.map((dimension) => {
    const scores = rated.map((t) => t.ratings[dimension]).filter((r): r is number => typeof r === 'number');
    return { dimension, mean: roundOrNull(mean(scores), CSAT_DIGITS), count: scores.length };
  });
}


function figuresFor(all: readonly TicketTimes[], period: Period, asOf: LocalDateTime, settings: Settings, dims: readonly string[]): PeriodFigures {
  const start = toMinutes(period.start);
  const end = toMinutes(period.end);
  const asOfMinutes = toMinutes(asOf);
  const received = all.filter((x) => inRange(x.received, start, end));
  // Resolved in the period; a finished ticket with no resolution time counts in its receipt period.
  const resolved = all.filter((x) => inRange(x.resolved, start, end));
  const resolvedUnknown = received.filter(resolvedAtUnknownTime);
  const receivedTickets = received.map((x) => x.ticket);

  const responses = received.map((x) => responseOutcome(x, asOfMinutes));
  const resolutions = received.map((x) => resolutionOutcome(x, asOfMinutes));

  const ratings = receivedTickets.map((t) => t.satisfaction).filter((s): s is number => s !== null);

  // "At asOf" includes the asOf minute itself.
  const overdueOpen = all.filter((x) => wasOpenAt(x, asOfMinutes + 1) && isOverdue(ticketAt(x, asOfMinutes), asOf)).length;

  return {
    period,
    asOf,
    received: received.length,
    resolved: resolved.length + resolvedUnknown.length,
    backlog: all.filter((x) => wasOpenAt(x, end)).length,
    overdueOpen,
    onTimeResponseRate: onTimeRate(responses),
    onTimeResolutionRate: onTimeRate(resolutions),
    responseUnknown: responses.filter((o) => o === 'unknown').length,
    resolutionUnknown: resolutions.filter((o) => o === 'unknown').length,
    resolutionHours: resolutionHours(resolved),
    onTimeByPriority: onTimeByPriority(received, responses, resolutions),
    csat: {
      mean: roundOrNull(mean(ratings), CSAT_DIGITS),
      satisfiedShare: roundOrNull(fraction(ratings.filter((r) => r >= 4).length, ratings.length), RATE_DIGITS),
      count: ratings.length,
    },
    ratingsByDimension: dimensionScores(receivedTickets, dims),
    reopened: all.filter((x) => x.reopens.some((r) => r >= start && r < end) || (x.reopenedAtUnknownTime && asOfMinutes >= start && asOfMinutes < end)).length,
    classification: classify(receivedTickets, settings),
    crossTabs: crossTabs(receivedTickets, period, settings, received.map((x) => x.received)),
    topTypes: topTypes(receivedTickets),
  };
}

/** a − b of already rounded figures, re-rounded so float noise (0.30000000000000004) never shows. */
const diff = (a: number | null, b: number | null, digits: number): number | null => (a === null || b === null ? null : roundTo(a - b, digits));

export function changeBetween(cur: PeriodFigures, prev: PeriodFigures): StatsChange {
  const hoursChange = (l: Level): number | null => diff(cur.resolutionHours[l].mean, prev.resolutionHours[l].mean, HOURS_DIGITS);
  return {
    received: cur.received - prev.received,
    resolved: cur.resolved - prev.resolved,
    backlog: cur.backlog - prev.backlog,
    overdueOpen: cur.overdueOpen - prev.overdueOpen,
    reopened: cur.reopened - prev.reopened,
    onTimeResponseRate: diff(cur.onTimeResponseRate, prev.onTimeResponseRate, RATE_DIGITS),
    onTimeResolutionRate: diff(cur.onTimeResolutionRate, prev.onTimeResolutionRate, RATE_DIGITS),
    csatMean: diff(cur.csat.mean, prev.csat.mean, CSAT_DIGITS),
    csatSatisfiedShare: diff(cur.csat.satisfiedShare, prev.csat.satisfiedShare, RATE_DIGITS),
    resolutionHoursMean: { 高: hoursChange('高'), 中: hoursChange('中'), 低: hoursChange('低') },
    ratingMeans: Object.fromEntries(
      cur.ratingsByDimension.map((d) => [d.dimension, diff(d.mean, prev.ratingsByDimension.find((p) => p.dimension === d.dimension)?.mean ?? null, CSAT_DIGITS)]),
    ),
  };
}

/**
 * Statistics of `period` as of `asOf`, with the previous period of the same length — or, with
 * `compare: 'year'`, the same period a year earlier — whose as-of time is min(asOf, its end).
 * An 'all' period starts on the day of the earliest ticket.
 */
export function computeStats(tickets: readonly Ticket[], opts: StatsOptions): StatsReport {
  const reopens = reopenLogByTicket(opts.log);
  const all = tickets.map((t) => ticketTimes(t, reopens));
  const period = allTimePeriod(opts.period, tickets.map((t) => t.receivedAt));
  const dims = ratingDimensions(opts.settings.ratingDimensions, tickets);
  const current = figuresFor(all, period, opts.asOf, opts.settings, dims);
  const prevPeriod = comparedPeriod(period, opts.compare);
  const prevAsOf = fromMinutes(Math.min(toMinutes(opts.asOf), toMinutes(prevPeriod.end)));
  const previous = figuresFor(all, prevPeriod, prevAsOf, opts.settings, dims);
  return { ...current, previous, change: changeBetween(current, previous) };
}
