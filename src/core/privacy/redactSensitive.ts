/**
 * Finds PRC ID-card numbers and bank-card numbers in free text and masks them, so they are
 * never stored (seed 003: 禁止存储完整身份证号). Returns what it found for the import report.
 *
 * - 18-digit ID: 6-digit area, valid birth date (1900–2099), checksum per GB 11643 (last may be X/x);
 * - 15-digit old ID: area + yyMMdd birth date (19yy);
 * - bank card: 16–19 digits passing Luhn, starting like a card (3, 4, 5, 6, 9, or 2221–2720), so
 *   date-prefixed order numbers (2023100800…) are left alone;
 * digits may be grouped by single spaces or dashes. Phone numbers (11 digits), order numbers like
 * 20231008001 and ticket numbers like CS20231015001 (glued to letters) are never candidates.
 * Replacement keeps the first 6 (ID) or 4 (bank card) and the last 4 characters: `110105********123X`.
 */

export type RedactionKind = 'idCard' | 'bankCard';
export interface RedactionFound {
  kind: RedactionKind;
  masked: string;
}

/** Digit groups joined by single spaces or dashes; an ID may end with X. Not glued to letters/digits. */
const CANDIDATE = /(?<![0-9A-Za-z])\d+(?:[ -]\d+)*[Xx]?(?![0-9A-Za-z])/g;
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export function isIdCard18(s: string): boolean {
  if (!/^[1-9]\d{16}[\dXx]$/.test(s)) return false;
  const y = +s.slice(6, 10);
  if (y < 1900 || y > 2099 || !validDate(y, +s.slice(10, 12), +s.slice(12, 14))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += +s[i] * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === s[17].toUpperCase();
}

export function isIdCard15(s: string): boolean {
  return /^[1-9]\d{14}$/.test(s) && validDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12));
}

export function luhnValid(s: string): boolean {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = +s[s.length - 1 - i];
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const cardPrefix = (s: string): boolean => /^[345369]/.test(s) || (+s.slice(0, 4) >= 2221 && +s.slice(0, 4) <= 2720);

export function isBankCard(s: string): boolean {
  return /^\d{16,19}$/.test(s) && cardPrefix(s) && luhnValid(s);
}

function classify(digits: string): RedactionFound | null {
  if (isIdCard18(digits) || isIdCard15(digits)) return { kind: 'idCard', masked: keepEnds(digits, 6) };
  if (isBankCard(digits)) return { kind: 'bankCard', masked: keepEnds(digits, 4) };
  return null;
}

const keepEnds = (s: string, head: number): string => s.slice(0, head) + '*'.repeat(s.length - head - 4) + s.slice(-4);

/**
 * Redacts within one candidate run. A run may join an ID with a phone number by a space
 * ("110105… 138…"), so when the whole run is not sensitive, contiguous sub-runs of its groups
 * are tried, longest first.
 */
function redactRun(run: string, found: RedactionFound[]): string {
  const whole = classify(run.replace(/[ -]/g, ''));
  if (whole) {
    found.push(whole);
    return whole.masked;
  }
  const parts = run.split(/([ -])/); // groups at even indexes, separators at odd
  const groups = parts.filter((_, i) => i % 2 === 0);
  if (groups.length < 2) return run;
  const out: string[] = [];
  let i = 0;
  while (i < groups.length) {
    let hit: { end: number; r: RedactionFound } | null = null;
    for (let j = groups.length; j > i && !hit; j--) {
      if (j - i === groups.length) continue; // the whole run was tried above
      const sub = groups.slice(i, j).join('');
      // Only the last group of the whole run may carry the X.
      const r = /[Xx]/.test(sub.slice(0, -1)) ? null : classify(sub);
      if (r) hit = { end: j, r };
    }
    if (hit) {
      found.push(hit.r);
      out.push(hit.r.masked);
      i = hit.end;
    } else {
      out.push(groups[i]);
      i++;
    }
    if (i < groups.length) out.push(parts[2 * i - 1]);
  }
  return out.join('');
}

/**
 * True when `text` holds at least `n` ASCII digits. A candidate needs 15 characters of digits
 * and at most one trailing X, so a text with fewer than 14 digits has none: most free text of a
 * 100,000-row import skips the regular expression entirely.
 */
function hasDigits(text: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++count >= n) return true;
  }
  return false;
}

export function redactSensitive(text: string): { text: string; found: RedactionFound[] } {
  if (typeof text !== 'string' || text.length < 15 || !hasDigits(text, 14)) return { text, found: [] };
  const found: RedactionFound[] = [];
  const out = text.replace(CANDIDATE, (run) => (run.replace(/[^\dXx]/g, '').length < 15 ? run : redactRun(run, found)));
  return { text: out, found };
}
