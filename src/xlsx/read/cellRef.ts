/** A1 references: columns and rows 1-based. */

/**
 * Column number of letters.
 * @example colNumber('A') === 1
 * @example colNumber('XFD') === 16384
 */
export function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return n;
}

/**
 * Column letters of a number.
 * @example colLetters(28) === 'AB'
 */
export function colLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * Row and column of a cell reference, or null.
 * @example parseCellRef('$B$7') → { row: 7, col: 2 }
 */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  return m ? { col: colNumber(m[1].toUpperCase()), row: Number(m[2]) } : null;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A range reference as a box (a single cell is a 1×1 box).
 * @example parseRange('A1:C10') → { top: 1, left: 1, bottom: 10, right: 3 }
 */
export function parseRange(ref: string): Box | null {
  const [a, b] = ref.trim().split(':');
  const p = parseCellRef(a);
  const q = b === undefined ? p : parseCellRef(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** @example rangeRef({ top: 1, left: 1, bottom: 10, right: 3 }) === 'A1:C10' */
export const rangeRef = (b: Box): string => `${colLetters(b.left)}${b.top}:${colLetters(b.right)}${b.bottom}`;
