/**
 * The `servicebook stats --json` shape. Everything is JSON-serialisable: absent values are null.
 * Rounding (documented once here):
 * - counts are exact integers;
 * - rates are fractions 0–1 rounded to 4 decimals (0.8333 = 83.33 %), null when nothing to measure;
 * - hours are clock hours rounded to 0.1; csat mean to 2 decimals;
 * - `share` is a percentage with one decimal, each on its own: ROUND(count ÷ total × 100, 1)
 *   (shareRule.ts), so equal counts read equal and the shares of one list add up to 99.9–100.1.
 */
import type { Level } from '../schema/enums';
import type { LocalDateTime } from '../time/localDateTime';
import type { CrossTab } from './crossTabs';
import type { Period } from './period';

export interface HoursSummary {
  mean: number | null;
  median: number | null;
  count: number;
}

export interface CsatSummary {
  mean: number | null;
  /** Share of ratings 4–5, a fraction. */
  satisfiedShare: number | null;
  count: number;
}

export interface ClassificationRow {
  /** Category, '(空)' when the ticket has none. */
  category: string;
  /** Subcategory, '' when none: the spelling most of the group's tickets use. */
  subcategory: string;
  /** Every spelling counted in the row (Traditional and Simplified variants are one row). */
  subcategorySpellings: string[];
  count: number;
  /** Percentage, one decimal. */
  share: number;
  typicalCase: string;
  suggestion: string;
  department: string;
}

/** On-time rates (fractions) of one priority; null when nothing was measured. */
export interface OnTimeRates {
  response: number | null;
  resolution: number | null;
}

/** Mean 1–5 score of one rating dimension (服务态度, 响应速度 …) over the tickets received in the period. */
export interface DimensionScore {
  dimension: string;
  mean: number | null;
  count: number;
}

export interface TopType {
  category: string;
  count: number;
  share: number;
}

export interface PeriodFigures {
  period: Period;
  asOf: LocalDateTime;
  received: number;
  resolved: number;
  backlog: number;
  overdueOpen: number;
  onTimeResponseRate: number | null;
  onTimeResolutionRate: number | null;
  /** Tickets received in the period past 待受理 whose first-response time is unknown: neither on time nor late. */
  responseUnknown: number;
  /** Tickets received in the period, finished, whose resolution time is unknown: resolved, neither on time nor late. */
  resolutionUnknown: number;
  resolutionHours: Record<Level, HoursSummary>;
  /** The on-time rates per priority (same definitions as the overall rates). */
  onTimeByPriority: Record<Level, OnTimeRates>;
  csat: CsatSummary;
  /** Satisfaction per rating dimension: the preset's dimensions, then any other the tickets use. */
  ratingsByDimension: DimensionScore[];
  reopened: number;
  classification: ClassificationRow[];
  crossTabs: CrossTab[];
  topTypes: TopType[];
}

/** current − previous; rates in fraction points; null when either side is null. */
export interface StatsChange {
  received: number;
  resolved: number;
  backlog: number;
  overdueOpen: number;
  reopened: number;
  onTimeResponseRate: number | null;
  onTimeResolutionRate: number | null;
  csatMean: number | null;
  csatSatisfiedShare: number | null;
  resolutionHoursMean: Record<Level, number | null>;
  /** Change of each dimension's mean score, by dimension. */
  ratingMeans: Record<string, number | null>;
}

export interface StatsReport extends PeriodFigures {
  previous: PeriodFigures;
  change: StatsChange;
}
