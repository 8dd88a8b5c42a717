/** Date cells → `yyyy-MM-dd` (a time part, if any, is dropped). Never throws. */
import type { LocalDate } from '../time/localDateTime';
import { parseDateTime, type DateContext } from './parseDateTime';

export function parseDate(v: unknown, ctx: DateContext = {}): LocalDate | null {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 1 && v < 2958466) {
    return parseDateTime(Math.floor(v), ctx)?.slice(0, 10) ?? null;
  }
  return parseDateTime(v, ctx)?.slice(0, 10) ?? null;
}
