/** Helpers for raw cells (`string | number | boolean | Date | null`, or anything a host hands over). */
import { fromMinutes } from '../time/localDateTime';

export type Cell = string | number | boolean | Date | null;

/**
 * True for a UTF-16 code unit that String.prototype.trim removes (ECMAScript WhiteSpace and
 * LineTerminator: tab, line breaks, space, NBSP, U+1680, U+2000–U+200A, U+2028/9, U+202F,
 * U+205F, U+3000, BOM).
 * @example isTrimmedChar(0x3000) === true && isTrimmedChar(0x200b) === false
 */
export function isTrimmedChar(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True for text that is only whitespace (`s.trim() === ''`), without making the trimmed copy. */
function isBlankText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isTrimmedChar(s.charCodeAt(i))) return false;
  return true;
}

/** True for null, undefined, NaN, and text that is only whitespace. */
export function isBlank(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return isBlankText(v);
  if (typeof v === 'number') return Number.isNaN(v);
  if (v instanceof Date) return Number.isNaN(v.getTime());
  return false;
}

/** A valid Date's wall time (read from its UTC fields, as exceljs stores it), else null. */
export function dateWallTime(d: Date): string | null {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return null;
  const year = d.getUTCFullYear();
  // Like typed dates (parseDateTime: years 1000–9999): a LocalDateTime has a four-digit year.
  if (year < 1000 || year > 9999) return null;
  return fromMinutes(Math.floor(ms / 60_000));
}

/** The text of a cell as a person would read it; Dates become `yyyy-MM-ddTHH:mm`. Never throws. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return dateWallTime(v) ?? '';
  try {
    return String(v).trim();
  } catch {
    return '';
  }
}

/** A cell value that may be stored in `ticket.extra` unchanged (Dates become local text). */
export function extraValue(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  return cellText(v);
}
