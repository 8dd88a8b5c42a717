/**
 * The text the privacy scanners search: every character in its NFKC form (full-width digits →
 * ASCII, U+3000 and NBSP → space, `＠` → `@`, `①` → `1`), with the offset in the original text
 * of every character, so a match found in the normalised text is replaced in the original one.
 *
 * Normalising character by character keeps the offsets exact; no character a number or an
 * address is made of composes with its neighbour, so the result equals NFKC for what matters here.
 */
import { nfkcTables } from '../text/nfkc';

export interface ScanText {
  /** The normalised text. */
  text: string;
  /** `from[i]`: offset in the original of the character that gave `text[i]`; `from[text.length]` is the original's length. Null when the text is the original (nothing changed). */
  from: number[] | null;
}

const slow = new Map<number, string>();
function nfkcChar(cp: number): string {
  let n = slow.get(cp);
  if (n === undefined) {
    n = String.fromCodePoint(cp).normalize('NFKC');
    if (slow.size > 4096) slow.clear();
    slow.set(cp, n);
  }
  return n;
}

/**
 * The normalised text and its offsets.
 * @example scanText('１３８ x').text === '138 x' && scanText('１３８ x').from?.[3] === 3
 */
export function scanText(s: string): ScanText {
  const { classes, mapped, KEEP, MAP } = nfkcTables();
  let i = 0;
  while (i < s.length && classes[s.charCodeAt(i)] === KEEP) i++;
  if (i === s.length) return { text: s, from: null };
  let text = s.slice(0, i);
  const from: number[] = [];
  for (let k = 0; k < i; k++) from.push(k);
  while (i < s.length) {
    const c = s.charCodeAt(i);
    const cls = classes[c];
    if (cls === KEEP) {
      text += s[i];
      from.push(i);
      i++;
    } else if (cls === MAP) {
      text += String.fromCharCode(mapped[c]);
      from.push(i);
      i++;
    } else {
      const cp = s.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const n = nfkcChar(cp);
      for (let k = 0; k < n.length; k++) from.push(i);
      text += n;
      i += width;
    }
  }
  from.push(s.length);
  return { text, from };
}

/** Offset in the original of position `i` of the normalised text. */
export const originalOffset = (scan: ScanText, i: number): number => (scan.from ? scan.from[i] : i);

/**
 * Characters people put inside a number (after NFKC): spaces, tab, line breaks, `. _ / -`, the
 * dash-like characters an IME or a word processor types (‐ ‑ ‒ – — ― − ⁃ ─ ⸺ ⸻ ー), soft hyphen
 * and zero-width characters. NBSP, U+3000 and full-width `．＿／－` are spaces and ASCII by then.
 */
export const SEPARATOR_CLASS = '\\s._/\\-\\u00ad\\u2010-\\u2015\\u2212\\u2043\\u2500\\u2e3a\\u2e3b\\u30fc\\u200b-\\u200d\\u2060\\ufeff';
const SEPARATOR = new RegExp(`^[${SEPARATOR_CLASS}]$`);

/**
 * True for a character that may sit inside a number.
 * @example isSeparator('\u3000'.normalize('NFKC')) === true && isSeparator('：') === false
 */
export const isSeparator = (ch: string): boolean => SEPARATOR.test(ch);

/**
 * Replaces spans of the original text: `edits` are [start, end, replacement] in original offsets,
 * sorted and not overlapping.
 * @example applyEdits('a123b', [[1, 4, '*']]) === 'a*b'
 */
export function applyEdits(s: string, edits: readonly (readonly [number, number, string])[]): string {
  if (edits.length === 0) return s;
  let out = '';
  let at = 0;
  for (const [start, end, rep] of edits) {
    out += s.slice(at, start) + rep;
    at = end;
  }
  return out + s.slice(at);
}

/**
 * How many digits a character may be after NFKC: ASCII and full-width digits 1; superscript,
 * circled and mathematical digits 2 (⑩ is `10`), so none is missed; anything else 0.
 * @example digitWeight('７'.charCodeAt(0)) === 1 && digitWeight('⑩'.charCodeAt(0)) === 2
 */
export function digitWeight(c: number): number {
  if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return 1;
  return (c >= 0xb2 && c <= 0xb9) || (c >= 0x2070 && c <= 0x24ff) || (c >= 0x2776 && c <= 0x2793) || (c >= 0x3220 && c <= 0x32bf) || c === 0xd835 ? 2 : 0;
}

/**
 * At least `n` characters that may be digits after NFKC (digitWeight): most cells of a
 * 100,000-row import skip the scan.
 * @example mayHoldDigits('１２3', 3) === true && mayHoldDigits('客户来电', 1) === false
 */
export function mayHoldDigits(s: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    count += digitWeight(s.charCodeAt(i));
    if (count >= n) return true;
  }
  return false;
}
