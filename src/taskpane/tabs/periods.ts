/** The period picker's choices → a stats Period (end exclusive), via core stats/period. */
import { periodContaining, previousPeriod, type Period } from '../../core/stats/period';
import { fromMinutes, toMinutes, MINUTES_PER_DAY, type LocalDateTime } from '../../core/time/localDateTime';

export const PERIOD_CHOICES = ['thisWeek', 'lastWeek', 'thisMonth', 'quarter', 'custom'] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

/**
 * `from`/`to` are `yyyy-MM-dd` dates of a custom range, both inclusive. Returns null when the
 * custom range is missing or ends before it starts.
 */
export function periodFor(choice: PeriodChoice, asOf: LocalDateTime, from?: string, to?: string): Period | null {
  switch (choice) {
    case 'thisWeek':
      return periodContaining('week', asOf);
    case 'lastWeek':
      return previousPeriod(periodContaining('week', asOf));
    case 'thisMonth':
      return periodContaining('month', asOf);
    case 'quarter':
      return periodContaining('quarter', asOf);
    case 'custom': {
      if (!from || !to) return null;
      const start = `${from}T00:00`;
      const endDay = toMinutes(`${to}T00:00`);
      if (Number.isNaN(toMinutes(start)) || Number.isNaN(endDay) || endDay < toMinutes(start)) return null;
      return periodContaining('custom', asOf, { start, end: fromMinutes(endDay + MINUTES_PER_DAY) });
    }
  }
}

/** The last day inside a period (its end is exclusive). */
export const lastDayOf = (p: Period): string => fromMinutes(toMinutes(p.end) - 1).slice(0, 10);
