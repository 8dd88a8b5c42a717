/**
 * Reading raw host cells (string | number | boolean | Date | null) back into typed values.
 * A `Date` carries the wall time in its UTC fields (exceljs); a number in a date column is an
 * Excel serial (Office.js). Text is trimmed.
 */
import { parseDateTime } from '../core/parse/parseDateTime';
import { localDateTime, type LocalDateTime } from '../core/time/localDateTime';
import type { RawCell } from './types';

export function cellText(v: RawCell | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return dateToLocal(v) ?? '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v).trim();
}

export function dateToLocal(d: Date): LocalDateTime | null {
  if (Number.isNaN(d.getTime())) return null;
  // Round to the minute: Excel serials carry float noise (…T10:59:59.999).
  const ms = Math.round(d.getTime() / 60_000) * 60_000;
  const r = new Date(ms);
  return localDateTime(r.getUTCFullYear(), r.getUTCMonth() + 1, r.getUTCDate(), r.getUTCHours(), r.getUTCMinutes());
}

/**
 * A local time from a cell of a table this program wrote (or a supervisor edited): a Date, a
 * serial, or any date-time text import reads (`2024-03-05 10:00`, `2024年3月5日 10:00`,
 * `2024/3/5`, `20240305` …: one rule, core/parse/parseDateTime). `undefined` when the cell holds
 * something else (a problem: a bare time, a year-less date, `下周一上午`); null when empty.
 * @example cellToLocal('2024年3月5日 10:00') === '2024-03-05T10:00' && cellToLocal('3月5日') === undefined
 */
export function cellToLocal(v: RawCell | undefined): LocalDateTime | null | undefined {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return null;
  return parseDateTime(v) ?? undefined;
}

/** `yyyy-MM-dd` from a date cell, or undefined. */
export function cellToDate(v: RawCell | undefined): string | null | undefined {
  const t = cellToLocal(v);
  return t ? t.slice(0, 10) : t;
}

/** `HH:mm` from a time cell: text `9:00`, an Excel day fraction, or a Date on 1899-12-30. */
export function cellToHHmm(v: RawCell | undefined): string | undefined {
  if (v === null || v === undefined) return undefined;
  let minutes: number | undefined;
  // Minutes since 1899-12-30 00:00: Excel keeps 24:00 as serial 1, read back as 1899-12-31 00:00.
  if (v instanceof Date) {
    const sinceEpoch = Math.round((v.getTime() - Date.UTC(1899, 11, 30)) / 60_000);
    minutes = sinceEpoch >= 0 && sinceEpoch <= 1440 ? sinceEpoch : v.getUTCHours() * 60 + v.getUTCMinutes();
  }
  else if (typeof v === 'number' && v >= 0 && v <= 1) minutes = Math.round(v * 1440);
  else if (typeof v === 'string') {
    const m = /^(\d{1,2})[:：](\d{2})$/.exec(v.trim());
    if (m && +m[1] <= 24 && +m[2] < 60) minutes = +m[1] * 60 + +m[2];
  }
  if (minutes === undefined || minutes > 1440) return undefined;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function cellToNumber(v: RawCell | undefined): number | null | undefined {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string') {
    const n = Number(v.trim().replace(/[分hH]$/, ''));
    return v.trim() === '' ? null : Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

const TRUE_WORDS = new Set(['true', '是', 'yes', 'y', '1', '开', '開', 'on']);
const FALSE_WORDS = new Set(['false', '否', 'no', 'n', '0', '关', '關', 'off']);

export function cellToBoolean(v: RawCell | undefined): boolean | null | undefined {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'boolean') return v;
  const s = cellText(v).toLowerCase();
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  return undefined;
}

/** Splits a names cell (协办人) on the separators people type. */
export const splitNames = (s: string): string[] =>
  s
    .split(/[、,，;；/]+/)
    .map((x) => x.trim())
    .filter(Boolean);
