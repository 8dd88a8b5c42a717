/**
 * `toMinutes` without `Date` or a regular expression for the canonical `yyyy-MM-ddTHH:mm`
 * shape: the SLA rules parse several times per ticket, 100,000 tickets per refresh. Any other
 * shape (seconds, a bare date, garbage) goes to `toMinutes`, so results are always identical.
 */
import { MINUTES_PER_DAY, toMinutes, type LocalDateTime } from '../time/localDateTime';

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};
const two = (s: string, i: number): number => digit(s, i) * 10 + digit(s, i + 1);

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fastMinutes(t: LocalDateTime): number {
  if (typeof t === 'string' && t.length === 16 && t[4] === '-' && t[7] === '-' && t[10] === 'T' && t[13] === ':') {
    const y = two(t, 0) * 100 + two(t, 2);
    const mo = two(t, 5);
    const d = two(t, 8);
    const h = two(t, 11);
    const mi = two(t, 14);
    if (mo >= 1 && mo <= 12 && h <= 23 && mi <= 59 && d >= 1) {
      const dim = mo === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[mo - 1];
      if (d <= dim) return daysFromCivil(y, mo, d) * MINUTES_PER_DAY + h * 60 + mi;
      return NaN;
    }
  }
  return toMinutes(t);
}
