/**
 * Date-time cells → workbook-local `yyyy-MM-ddTHH:mm`. Accepts what the seed templates and
 * exports hold: Excel serials (fractions are the time), Dates (wall time in UTC fields),
 * `2024/3/1`, `2024-03-01`, `2024.3.1`, `2024年3月1日 14:30`, `20240301`, ISO `2024-03-01T14:30`,
 * glued `2023-10-1510:00`, `3/15/2024` (en-US), `Mar 15, 2024`, and without a year
 * (`03-15 14:30`, `3月15日`, `10月16日10:00`) when `ctx.year` is given. Never throws.
 */
import { isValid } from 'date-fns/isValid';
import { parse as parseWithFormat } from 'date-fns/parse';
import { daysInMonth, fromExcelSerial, isSaneDateTime, localDateTime, type LocalDateTime } from '../time/localDateTime';
import { dateWallTime } from './cell';
import { matchTime } from './parseTime';
import { nfkc } from '../text/nfkc';

export interface DateContext {
  /** Year for texts that give only month and day. */
  year?: number;
}

/** Excel's largest serial (9999-12-31). */
const MAX_SERIAL = 2958466;

const WITH_YEAR = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?!\d{1,2}[:：])(?=\D|$)/;
const YEAR_LAST = /^(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/;
const NO_YEAR = /^(\d{1,2})\s*(?:[-/]|月)\s*(\d{1,2})\s*[日号]?/;
const ENGLISH_FORMATS = ['MMM d, yyyy', 'MMMM d, yyyy', 'd MMM yyyy', 'd MMMM yyyy', 'MMM d yyyy'];

function build(y: number, mo: number, d: number, time: string | null): LocalDateTime | null {
  if (y < 1000 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  // Reject 2024-02-30 rather than rolling it over.
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null;
  const [h, mi] = time ? time.split(':').map(Number) : [0, 0];
  return localDateTime(y, mo, d, h, mi);
}

/**
 * The time in what follows a date: empty → midnight (`''`), a time → `HH:mm`, anything else →
 * null (the text is not a date-time). Seconds, `T`, milliseconds and a trailing `Z` are allowed.
 */
function timeOfRest(rest: string): string | '' | null {
  const r = rest.replace(/^\s*(?:T|,)?\s*/, '').replace(/(\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/, '').trim();
  if (!r) return '';
  const m = matchTime(r);
  if (!m || m.index !== 0) return null;
  return r.slice(m.length).trim() === '' ? m.time : null;
}

/** The number of two ASCII digits at `i`, or NaN. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}

/**
 * `yyyy-MM-dd HH:mm` exactly, the shape every export writes (100,000 rows of it on import), read
 * without regexes: the same result as the general reading, or null to leave it that reading.
 * @example canonicalDateTime('2024-02-29 09:05') === '2024-02-29T09:05' && canonicalDateTime('2024-02-30 09:05') === null
 */
function canonicalDateTime(s: string): LocalDateTime | null {
  if (s.length !== 16 || s[4] !== '-' || s[7] !== '-' || s[10] !== ' ' || s[13] !== ':') return null;
  const y = twoDigits(s, 0) * 100 + twoDigits(s, 2);
  const mo = twoDigits(s, 5);
  const d = twoDigits(s, 8);
  if (!(y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && twoDigits(s, 11) <= 23 && twoDigits(s, 14) <= 59)) return null;
  if (d > daysInMonth(y, mo)) return null;
  return `${s.slice(0, 10)}T${s.slice(11)}`;
}

function parseText(raw: string, ctx: DateContext): LocalDateTime | null {
  const fast = canonicalDateTime(raw);
  if (fast !== null) return fast;
  const s = nfkc(raw).trim();
  if (!s || s.length > 60) return null;
  for (const [re, order] of [
    [WITH_YEAR, 'ymd'],
    [COMPACT, 'ymd'],
    [YEAR_LAST, 'mdy'],
  ] as const) {
    const m = re.exec(s);
    if (!m) continue;
    const time = timeOfRest(s.slice(m[0].length));
    if (time === null) continue;
    const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return order === 'ymd' ? build(a, b, c, time || null) : build(c, a, b, time || null);
  }
  const noYear = NO_YEAR.exec(s);
  if (noYear) {
    const time = timeOfRest(s.slice(noYear[0].length));
    if (time === null || ctx.year === undefined || !Number.isInteger(ctx.year)) return null;
    return build(ctx.year, Number(noYear[1]), Number(noYear[2]), time || null);
  }
  return parseEnglish(s);
}

/** `Mar 15, 2024 14:30` and friends, via date-fns (its result's local fields are the wall time). */
function parseEnglish(s: string): LocalDateTime | null {
  if (!/[a-z]{3}/i.test(s)) return null;
  const timeMatch = /\s+(\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?)$/i.exec(s);
  const datePart = timeMatch ? s.slice(0, timeMatch.index) : s;
  const time = timeMatch ? timeOfRest(timeMatch[1]) : '';
  if (time === null) return null;
  for (const f of ENGLISH_FORMATS) {
    const d = parseWithFormat(datePart, f, new Date(2000, 0, 1));
    if (isValid(d)) return build(d.getFullYear(), d.getMonth() + 1, d.getDate(), time || null);
  }
  return null;
}

/** A date-time outside SANE_YEARS (a bare time becomes 1899-12-30) reads as nothing: a problem to report. */
export function parseDateTime(v: unknown, ctx: DateContext = {}): LocalDateTime | null {
  const t = parseAnyYear(v, ctx);
  return t !== null && isSaneDateTime(t) ? t : null;
}

function parseAnyYear(v: unknown, ctx: DateContext): LocalDateTime | null {
  try {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return null;
      if (v >= 1 && v < MAX_SERIAL) return fromExcelSerial(v);
      // 20240301 typed as a number.
      if (Number.isInteger(v) && v >= 10000101 && v <= 99991231) return parseText(String(v), ctx);
      return null;
    }
    if (v instanceof Date) return dateWallTime(v);
    if (typeof v === 'string') return parseText(v, ctx ?? {});
    return null;
  } catch {
    return null;
  }
}

/** The first full year (`2024-…`, `2024年`) written in a value, to lend to year-less neighbours. */
export function yearOf(v: unknown): number | null {
  const t = parseDateTime(v);
  return t ? Number(t.slice(0, 4)) : null;
}
