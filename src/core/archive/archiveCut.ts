/**
 * Where `servicebook archive` cuts: tickets received before the cut may move to the archive.
 * `--before DATE` cuts at 00:00 of that day; `--keep PERIOD` keeps the last N whole calendar
 * units counting the current one (`3m` on 2025-06-15 keeps April–June, so the cut is
 * 2025-04-01T00:00; `1y` keeps this calendar year; weeks start on Monday).
 */
import { UTCDate } from '@date-fns/utc';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfQuarter } from 'date-fns/startOfQuarter';
import { startOfWeek } from 'date-fns/startOfWeek';
import { startOfYear } from 'date-fns/startOfYear';
import { subDays } from 'date-fns/subDays';
import { subMonths } from 'date-fns/subMonths';
import { subQuarters } from 'date-fns/subQuarters';
import { subWeeks } from 'date-fns/subWeeks';
import { subYears } from 'date-fns/subYears';
import { fromUtcDate, toUtcDate } from '../stats/period';
import { isLocalDateTime, type LocalDateTime } from '../time/localDateTime';

export const KEEP_UNITS = ['d', 'w', 'm', 'q', 'y'] as const;
export type KeepUnit = (typeof KEEP_UNITS)[number];

export interface Keep {
  amount: number;
  unit: KeepUnit;
}

/**
 * `12m` → { amount: 12, unit: 'm' }; null when it is not a positive whole number followed by
 * d, w, m, q or y.
 * @example parseKeep('2y') // { amount: 2, unit: 'y' }
 */
export function parseKeep(spec: string): Keep | null {
  const m = /^\s*(\d{1,4})\s*([dwmqy])\s*$/i.exec(spec);
  if (!m || +m[1] < 1) return null;
  return { amount: +m[1], unit: m[2].toLowerCase() as KeepUnit };
}

/**
 * The cut that keeps the last `keep` calendar units up to `asOf`, the current unit included.
 * @example cutForKeep({ amount: 3, unit: 'm' }, '2025-06-15T10:00') // '2025-04-01T00:00'
 */
export function cutForKeep(keep: Keep, asOf: LocalDateTime): LocalDateTime {
  const d = toUtcDate(asOf);
  const back = keep.amount - 1;
  const start = (): Date => {
    switch (keep.unit) {
      case 'd':
        return subDays(new UTCDate(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), back);
      case 'w':
        return subWeeks(startOfWeek(d, { weekStartsOn: 1 }), back);
      case 'm':
        return subMonths(startOfMonth(d), back);
      case 'q':
        return subQuarters(startOfQuarter(d), back);
      case 'y':
        return subYears(startOfYear(d), back);
    }
  };
  return fromUtcDate(start());
}

/**
 * `--before 2025-01-01` → '2025-01-01T00:00'; a time may be given (`2025-01-01T12:00`); null
 * when it is not a date.
 * @example cutForBefore('2025-01-01') // '2025-01-01T00:00'
 */
export function cutForBefore(date: string): LocalDateTime | null {
  const s = date.trim().replace(' ', 'T');
  const t = /^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00` : s.slice(0, 16);
  return isLocalDateTime(t) ? t : null;
}
