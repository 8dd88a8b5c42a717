/**
 * Local wall time ↔ elapsed time in the calendar's time zone, so clock hours (`h`) stay true
 * across daylight-saving changes. Minutes are "local" (wall clock as if UTC, see localDateTime)
 * or "instant" (real minutes since the Unix epoch).
 */
import { tzOffset } from '@date-fns/tz';

const MS = 60_000;
const DAY = 1440;

const rawOffset = (timeZone: string, instantMinutes: number): number => {
  const off = tzOffset(timeZone, new Date(instantMinutes * MS));
  return Number.isFinite(off) ? off : 0;
};

/** Offset in force over one UTC day: `before` until minute `change`, `after` from it on. */
interface DayOffsets {
  before: number;
  change: number;
  after: number;
}
const dayCache = new Map<string, Map<number, DayOffsets>>();

/** Offsets of one UTC day; a change within it (one at most) is found by bisection to the minute. */
function offsetsOfDay(timeZone: string, day: number): DayOffsets {
  let days = dayCache.get(timeZone);
  if (!days) dayCache.set(timeZone, (days = new Map()));
  const hit = days.get(day);
  if (hit) return hit;
  let lo = day * DAY;
  let hi = lo + DAY;
  const before = rawOffset(timeZone, lo);
  const after = rawOffset(timeZone, hi);
  let change = Infinity;
  if (before !== after) {
    // Invariant: offset at lo is `before`, at hi is not.
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (rawOffset(timeZone, mid) === before) lo = mid;
      else hi = mid;
    }
    change = hi;
  }
  const entry = { before, change, after };
  days.set(day, entry);
  return entry;
}

/** UTC offset (minutes) of the zone at an instant; Intl is asked once per UTC day, not per call. */
const offsetAt = (timeZone: string, instantMinutes: number): number => {
  const d = offsetsOfDay(timeZone, Math.floor(instantMinutes / DAY));
  return instantMinutes < d.change ? d.before : d.after;
};

const fixedCache = new Map<string, boolean>();

/**
 * True when the zone keeps one offset for 1992–2100 (checked monthly, once per zone), so wall
 * minutes already are elapsed minutes. Asia/Shanghai is fixed since 1992; an unknown zone name
 * counts as fixed (plain wall-clock arithmetic) rather than failing.
 */
export function hasFixedOffset(timeZone: string): boolean {
  const hit = fixedCache.get(timeZone);
  if (hit !== undefined) return hit;
  const first = rawOffset(timeZone, Date.UTC(1992, 0, 1) / MS);
  let fixed = true;
  for (let y = 1992; y <= 2100 && fixed; y++) {
    for (let m = 0; m < 12; m++) {
      if (rawOffset(timeZone, Date.UTC(y, m, 15) / MS) !== first) {
        fixed = false;
        break;
      }
    }
  }
  fixedCache.set(timeZone, fixed);
  return fixed;
}

/**
 * Instant of a wall time. A wall time skipped by a spring-forward gap maps to the moment after
 * the gap (02:30 → 03:30 in New York); an ambiguous autumn wall time takes its first occurrence.
 */
export function localToInstant(timeZone: string, local: number): number {
  const guess = local - offsetAt(timeZone, local);
  const off = offsetAt(timeZone, guess);
  const candidate = local - off;
  if (candidate + offsetAt(timeZone, candidate) === local) {
    // Prefer the earlier of two valid readings (autumn overlap).
    const earlier = local - offsetAt(timeZone, candidate - 180);
    return earlier < candidate && earlier + offsetAt(timeZone, earlier) === local ? earlier : candidate;
  }
  // In a gap: keep the offset in force before it, which lands after the gap.
  return local - offsetAt(timeZone, guess - 180);
}

export const instantToLocal = (timeZone: string, instant: number): number => instant + offsetAt(timeZone, instant);
