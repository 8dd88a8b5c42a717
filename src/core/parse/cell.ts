/** Helpers for raw cells (`string | number | boolean | Date | null`, or anything a host hands over). */
import { fromMinutes } from '../time/localDateTime';

export type Cell = string | number | boolean | Date | null;

/** True for null, undefined, NaN, and text that is only whitespace. */
export function isBlank(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
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
