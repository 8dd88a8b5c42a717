/**
 * Time-of-day cells → `HH:mm`: `9:05`, `14:30:00`, `14点30分`, `14时`, `下午2点`, `2:30 PM`,
 * Excel day fractions (0.5 → 12:00), Dates (UTC fields). Never throws; null when not a time.
 */
import { dateWallTime } from './cell';
import { nfkc } from '../text/nfkc';

export type LocalTime = string;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Hours and minutes → `HH:mm`, or null when out of range. */
export function hhmm(h: number, m: number): LocalTime | null {
  if (!Number.isInteger(h) || !Number.isInteger(m) || h < 0 || h > 23 || m < 0 || m > 59) return null;
  return `${pad(h)}:${pad(m)}`;
}

/** A time inside text: `14:30`, `14：30:00`, `14点30分`, `14点半`, `14时`, optional 上午/下午/AM/PM. */
export const TIME_IN_TEXT =
  /(上午|早上|中午|下午|晚上|凌晨)?\s*(\d{1,2})\s*(?:[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}(?:\.\d+)?))?|[点時时]\s*(?:(\d{1,2})\s*分?|(半))?)\s*(am|pm|a\.m\.|p\.m\.)?/i;

/** Applies a 上午/下午 or AM/PM marker to an hour. */
export function applyMeridiem(h: number, cn: string | undefined, en: string | undefined): number {
  const pm = (cn && /下午|晚上/.test(cn)) || (en && /^p/i.test(en)) || (cn === '中午' && h < 11);
  const am = (cn && /上午|早上|凌晨/.test(cn)) || (en && /^a/i.test(en));
  if (pm && h < 12) return h + 12;
  if (am && h === 12) return 0;
  return h;
}

/** Reads the first time in a text, with its position; null when there is none. */
export function matchTime(text: string): { time: LocalTime; index: number; length: number } | null {
  const m = TIME_IN_TEXT.exec(text);
  if (!m) return null;
  const [, cn, hs, ms1, , ms2, half, en] = m;
  const h = applyMeridiem(Number(hs), cn, en);
  const min = ms1 !== undefined ? Number(ms1) : ms2 !== undefined ? Number(ms2) : half ? 30 : 0;
  const time = hhmm(h, min);
  return time ? { time, index: m.index, length: m[0].length } : null;
}

export function parseTime(v: unknown): LocalTime | null {
  try {
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || v < 0) return null;
      // Excel stores a time as a fraction of a day; a full serial keeps its time part.
      const minutes = Math.round((v - Math.floor(v)) * 1440) % 1440;
      return hhmm(Math.floor(minutes / 60), minutes % 60);
    }
    if (v instanceof Date) {
      const t = dateWallTime(v);
      return t ? t.slice(11, 16) : null;
    }
    if (typeof v !== 'string') return null;
    const s = nfkc(v).trim();
    if (!s) return null;
    // `1430` / `930` written without a separator.
    const bare = /^(\d{1,2})(\d{2})$/.exec(s);
    if (bare) return hhmm(Number(bare[1]), Number(bare[2]));
    // A full date-time keeps only its time: take the time after the date part.
    const afterDate = s.replace(/^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?\s*(?:T|\s)?/, '');
    const m = matchTime(afterDate);
    if (!m) return null;
    // Reject text where the time is only a small part (`请在3点前回电` is not a time cell).
    const rest = (afterDate.slice(0, m.index) + afterDate.slice(m.index + m.length)).replace(/[\s.:：0-9]/g, '');
    return rest.length === 0 ? m.time : null;
  } catch {
    return null;
  }
}
