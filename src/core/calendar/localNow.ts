/** "Now" as a workbook-local time in the calendar's zone (the as-of default of a refresh). */
import { fromMinutes, type LocalDateTime } from '../time/localDateTime';
import { instantToLocal } from './zoneClock';

/** Wall time of `instant` in `timeZone` (via @date-fns/tz); an unknown zone name reads as UTC. */
export function localNow(timeZone: string, instant: Date = new Date()): LocalDateTime {
  return fromMinutes(instantToLocal(timeZone, Math.floor(instant.getTime() / 60_000)));
}
