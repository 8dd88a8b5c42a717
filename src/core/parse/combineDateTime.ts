/**
 * Seeds 000 and 003 split the received time into a date column (沟通日期) and a time column
 * (沟通时间). This joins the two cells; a date cell that already carries a time keeps it when the
 * time cell is empty. Null when the date is missing or unreadable.
 */
import type { LocalDateTime } from '../time/localDateTime';
import { isBlank } from './cell';
import { parseDate } from './parseDate';
import { parseDateTime, type DateContext } from './parseDateTime';
import { parseTime } from './parseTime';

export function combineDateTime(date: unknown, time: unknown, ctx: DateContext = {}): LocalDateTime | null {
  const day = parseDate(date, ctx);
  if (!day) return null;
  if (isBlank(time)) return parseDateTime(date, ctx) ?? `${day}T00:00`;
  const t = parseTime(time);
  return t ? `${day}T${t}` : null;
}
