/**
 * Workbook-local wall-clock times. Tickets carry them as ISO strings without offset
 * (`2023-10-15T10:00`), as the CLI contract prints them; arithmetic uses whole minutes since
 * 1970-01-01T00:00 of the same wall clock, so no process time zone leaks into the rules.
 */

/** `yyyy-MM-ddTHH:mm`, wall time in the workbook's zone. */
export type LocalDateTime = string;
/** `yyyy-MM-dd`. */
export type LocalDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const MS_PER_MINUTE = 60_000;
export const MINUTES_PER_DAY = 1440;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};
const two = (s: string, i: number): number => digit(s, i) * 10 + digit(s, i + 1);
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * Days in a month (1–12) of a proleptic Gregorian year.
 * @example daysInMonth(2024, 2) === 29 && daysInMonth(1900, 2) === 28
 */
export const daysInMonth = (y: number, mo: number): number => (mo === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[mo - 1]);

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Minutes since the epoch of the wall clock, or NaN when the text is not an ISO local time.
 * The canonical `yyyy-MM-ddTHH:mm` shape is parsed with plain arithmetic (the rules parse
 * several times per ticket, 100,000 tickets per refresh); other shapes take the slow path.
 */
export function toMinutes(t: LocalDateTime): number {
  if (typeof t === 'string' && t.length === 16 && t[4] === '-' && t[7] === '-' && t[10] === 'T' && t[13] === ':') {
    const y = two(t, 0) * 100 + two(t, 2);
    const mo = two(t, 5);
    const d = two(t, 8);
    const h = two(t, 11);
    const mi = two(t, 14);
    if (!(mo >= 1 && mo <= 12 && h <= 23 && mi <= 59 && d >= 1)) return NaN;
    const dim = daysInMonth(y, mo);
    return d <= dim ? daysFromCivil(y, mo, d) * MINUTES_PER_DAY + h * 60 + mi : NaN;
  }
  return parseIsoMinutes(t);
}

/**
 * `toMinutes` for a column of times read in order: the day of the canonical shape is computed
 * once for a run of texts on the same date (a column sorted by time, or nearly), and only the
 * hour and minute are read again. Same result as `toMinutes` for every text.
 * @example const read = minutesReader(); read('2024-03-01T09:30'); read('2024-03-01T10:00') // 28488120
 */
export function minutesReader(): (t: LocalDateTime) => number {
  let day = '';
  let dayMinutes = 0;
  return (t) => {
    if (typeof t !== 'string' || t.length !== 16 || t[10] !== 'T' || t[13] !== ':') return toMinutes(t);
    if (day.length === 0 || !sameDate(t, day)) {
      const m = toMinutes(t);
      // Only a valid date is remembered; the time of day decides validity on its own below.
      if (m === m) {
        day = t;
        dayMinutes = m - (m % MINUTES_PER_DAY + MINUTES_PER_DAY) % MINUTES_PER_DAY;
      }
      return m;
    }
    const h = two(t, 11);
    const mi = two(t, 14);
    return h <= 23 && mi <= 59 ? dayMinutes + h * 60 + mi : NaN;
  };
}

/** Whether two canonical times share their `yyyy-MM-dd`. */
function sameDate(a: string, b: string): boolean {
  for (let i = 0; i < 10; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

function parseIsoMinutes(t: LocalDateTime): number {
  const m = ISO.exec(t);
  if (!m) return NaN;
  const [, y, mo, d, h = '0', mi = '0'] = m;
  const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi);
  const back = new Date(ms);
  // Reject 2024-02-30 and 25:00 instead of rolling them over.
  if (back.getUTCDate() !== +d || back.getUTCMonth() !== +mo - 1 || +h > 23 || +mi > 59) return NaN;
  return ms / MS_PER_MINUTE;
}

export function fromMinutes(minutes: number): LocalDateTime {
  const d = new Date(Math.round(minutes) * MS_PER_MINUTE);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function isLocalDateTime(t: unknown): t is LocalDateTime {
  return typeof t === 'string' && !Number.isNaN(toMinutes(t));
}

/** Builds a local time from parts (month 1–12). */
export function localDateTime(y: number, month: number, d: number, h = 0, mi = 0): LocalDateTime {
  return `${pad(y, 4)}-${pad(month)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
}

export const dateOf = (t: LocalDateTime): LocalDate => t.slice(0, 10);

/** Day index since 1970-01-01 (a Thursday). */
export const dayIndexOf = (minutes: number): number => Math.floor(minutes / MINUTES_PER_DAY);

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export const weekdayOfDayIndex = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** Excel serial day number (1900 date system) of a local time, and back. */
const EXCEL_EPOCH_MINUTES = Date.UTC(1899, 11, 30) / MS_PER_MINUTE;
export const toExcelSerial = (t: LocalDateTime): number => (toMinutes(t) - EXCEL_EPOCH_MINUTES) / MINUTES_PER_DAY;
export const fromExcelSerial = (serial: number): LocalDateTime =>
  fromMinutes(Math.round(serial * MINUTES_PER_DAY) + EXCEL_EPOCH_MINUTES);

/** Years a service record can carry; anything else (a bare time read as 1899-12-30) is a typing error. */
export const SANE_YEARS = { from: 1970, to: 2199 } as const;

/**
 * A date-time inside SANE_YEARS.
 * @example isSaneDateTime('1899-12-30T10:00') // false
 */
export const isSaneDateTime = (t: LocalDateTime): boolean => {
  const y = Number(t.slice(0, 4));
  return y >= SANE_YEARS.from && y <= SANE_YEARS.to;
};
