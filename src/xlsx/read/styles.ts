/**
 * Which cell styles show a date: `cellXfs` entries whose number format is a built-in date format
 * or a custom one with date or time tokens. A number in such a cell is read as a date.
 */
import { findAll, findFirst, parseXml } from './xml';

/** Built-in number formats that are dates or times (ECMA-376 18.8.30; 27–36 and 50–58 in East Asian locales). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * True when a format code shows a date or time (quoted text, escapes and [colour] parts ignored).
 * @example isDateFormat('yyyy-mm-dd hh:mm') === true
 * @example isDateFormat('0.0%') === false
 * @example isDateFormat('[Red]0;"days"') === false
 */
export function isDateFormat(code: string): boolean {
  const plain = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '')
    .split(';')[0];
  if (/general/i.test(plain) && !/[ymdhs]/i.test(plain.replace(/general/gi, ''))) return false;
  return /[ymdhs]|e(?![+-])|\[h+\]|\[m+\]|\[s+\]/i.test(plain) && !/^[#0.,%\s?]*$/.test(plain);
}

/** For each cellXfs index, whether the style is a date. */
export function dateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const root = parseXml(xml);
  const custom = new Map<number, string>();
  const numFmts = findFirst(root, 'numFmts');
  if (numFmts) for (const f of findAll(numFmts, 'numFmt')) custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? '');
  const cellXfs = findFirst(root, 'cellXfs');
  if (!cellXfs) return [];
  return cellXfs.children
    .filter((x) => x.name === 'xf')
    .map((xf) => {
      const id = Number(xf.attrs.numFmtId ?? 0);
      const code = custom.get(id);
      return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_IDS.has(id);
    });
}

/**
 * The first cell style whose number format is the custom format `code`, or null: the style a
 * date written into a column without one takes (ServiceBook's `yyyy-mm-dd hh:mm`).
 * @example styleOfFormat('<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>', 'yyyy-mm-dd hh:mm') === 1
 */
export function styleOfFormat(xml: string | null, code: string): number | null {
  if (!xml) return null;
  const root = parseXml(xml);
  const numFmts = findFirst(root, 'numFmts');
  const ids = new Set(numFmts ? findAll(numFmts, 'numFmt').filter((f) => f.attrs.formatCode === code).map((f) => Number(f.attrs.numFmtId)) : []);
  const cellXfs = findFirst(root, 'cellXfs');
  if (!cellXfs || !ids.size) return null;
  const at = cellXfs.children.filter((x) => x.name === 'xf').findIndex((xf) => ids.has(Number(xf.attrs.numFmtId ?? 0)));
  return at >= 0 ? at : null;
}
