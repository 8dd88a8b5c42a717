/** When the desk is (next) open: `t` itself when open, else the next window's start; null when nothing opens within three years. */
import { toMinutes, fromMinutes, type LocalDateTime } from '../time/localDateTime';
import type { BusinessCalendar } from './compileCalendar';
import { nextOpenInterval } from './openInterval';

export function nextOpening(t: LocalDateTime, cal: BusinessCalendar): LocalDateTime | null {
  const iv = nextOpenInterval(cal, toMinutes(t));
  return iv ? fromMinutes(iv[0]) : null;
}
