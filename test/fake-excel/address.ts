/** A1-style addresses: parse `Sheet!A1:C3`, `'My sheet'!A:A`, `2:2`, and format them back. */
import { FakeOfficeError } from './errors';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Zero-based, inclusive rectangle. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function columnLetters(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parsePart(p: string): { c?: number; r?: number } {
  const m = PART.exec(p);
  if (!m || (!m[1] && !m[2])) throw new FakeOfficeError('InvalidArgument', `Bad address part: ${p}`);
  return { c: m[1] ? columnIndex(m[1]) : undefined, r: m[2] ? Number(m[2]) - 1 : undefined };
}

/** Splits `Sheet!A1:B2` into the sheet name (unquoted) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

export function parseRect(local: string): Rect {
  const [a, b = a] = local.split(':');
  const p = parsePart(a);
  const q = parsePart(b);
  const r0 = p.r ?? 0;
  const r1 = q.r ?? MAX_ROWS - 1;
  const c0 = p.c ?? 0;
  const c1 = q.c ?? MAX_COLS - 1;
  const rect = { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: Math.min(c0, c1), c1: Math.max(c0, c1) };
  if (rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS) throw new FakeOfficeError('InvalidArgument', `Address out of the sheet: ${local}`);
  return rect;
}

export const quoteSheet = (name: string): string => (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

export function formatRect(r: Rect): string {
  const a = `${columnLetters(r.c0)}${r.r0 + 1}`;
  const b = `${columnLetters(r.c1)}${r.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

export const formatAddress = (sheet: string, r: Rect): string => `${quoteSheet(sheet)}!${formatRect(r)}`;

export const rectRows = (r: Rect): number => r.r1 - r.r0 + 1;
export const rectCols = (r: Rect): number => r.c1 - r.c0 + 1;
export const intersects = (a: Rect, b: Rect): boolean => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
export const contains = (outer: Rect, r: number, c: number): boolean => r >= outer.r0 && r <= outer.r1 && c >= outer.c0 && c <= outer.c1;
