/**
 * Which shared strings the cells of a worksheet use, read from its UTF-8 bytes (never decoded to
 * text: at 100,000 tickets the in-place editor decoded 250 MB of sheets into strings only to find
 * these numbers). A cell uses string N when it is `<c … t="s" …>` (any namespace prefix) whose
 * `<v>` holds N.
 *
 *   stringIndexesInBytes(Buffer.from('<c r="A1" t="s"><v>2</v></c>')) // Set { 2 }
 */

const T_S = Buffer.from('t="s"');
const LT = 0x3c;
const GT = 0x3e;
const COLON = 0x3a;

/** XML whitespace. @example isSpace(0x20) === true */
const isSpace = (c: number | undefined): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
/** A character of a name as `\w`, `.` or `-` reads it. @example isNameByte(0x61) === true */
const isNameByte = (c: number | undefined): boolean =>
  c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2e || c === 0x2d);
/** A word character (`\w`): what may not follow an element name. */
const isWordByte = (c: number | undefined): boolean => c !== undefined && c !== 0x2e && c !== 0x2d && isNameByte(c);

/** The index after an optional `prefix:` at `at` (prefix of name bytes), or `at` when there is none. */
function afterPrefix(b: Buffer, at: number): number {
  let k = at;
  while (isNameByte(b[k])) k++;
  return k > at && b[k] === COLON ? k + 1 : at;
}

/** True when `<` at `lt` opens an element named `name` (one byte) with any prefix: `<c ` or `<x:c>`. */
function opensElement(b: Buffer, lt: number, name: number): boolean {
  const k = afterPrefix(b, lt + 1);
  return b[k] === name && !isWordByte(b[k + 1]);
}

/** Adds to `used` the shared-string indexes the cells in `b` use; returns `used`. */
export function stringIndexesInBytes(b: Buffer, used = new Set<number>()): Set<number> {
  for (let i = b.indexOf(T_S); i >= 0; i = b.indexOf(T_S, i + T_S.length)) {
    if (!isSpace(b[i - 1])) continue;
    const lt = b.lastIndexOf(LT, i);
    if (lt < 0 || b.lastIndexOf(GT, i) > lt || !opensElement(b, lt, 0x63 /* c */)) continue;
    const gt = b.indexOf(GT, i + T_S.length);
    if (gt < 0) continue;
    let k = gt + 1;
    while (isSpace(b[k])) k++;
    if (b[k] !== LT) continue;
    const v = afterPrefix(b, k + 1);
    if (b[v] !== 0x76 /* v */ || b[v + 1] !== GT) continue;
    k = v + 2;
    while (isSpace(b[k])) k++;
    let n = -1;
    while (b[k] >= 0x30 && b[k] <= 0x39) n = (n < 0 ? 0 : n * 10) + b[k++] - 0x30;
    if (n >= 0) used.add(n);
  }
  return used;
}
