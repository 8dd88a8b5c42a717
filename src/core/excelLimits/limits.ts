/**
 * Excel's limits, in one place, for everything written into a workbook (plan builders, both
 * writers, the importer's report): text a cell holds must be XML 1.0 characters (no NUL or other
 * C0 controls besides tab, line feed and carriage return; no U+FFFE/U+FFFF; no lone surrogates)
 * and at most 32,767 characters; a formula at most 8,192 characters; a table column name at most
 * 255 characters, non-empty, without control characters, unique ignoring case.
 */
export const EXCEL_LIMITS = { cellChars: 32_767, formulaChars: 8_192, columnNameChars: 255 } as const;

// C0 controls but tab/LF/CR, U+FFFE/U+FFFF, and lone surrogates: matching controls is the point.
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text without the characters an XML part cannot carry.
 * @example xmlSafe('a\u0000b\uFFFF') === 'ab'
 */
export const xmlSafe = (text: string): string => text.replace(XML_ILLEGAL, '');

/**
 * True when no code unit of the text is one XML_ILLEGAL could match (a C0 control but tab, LF
 * and CR; U+FFFE/U+FFFF; a surrogate, paired or not): the regex need not run.
 * @example surelyXmlSafe('工单\t1') === true && surelyXmlSafe('😀') === false
 */
export function surelyXmlSafe(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 ? c !== 9 && c !== 10 && c !== 13 : c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe)) return false;
  }
  return true;
}

/**
 * How many characters `xmlSafe` would remove.
 * @example countXmlIllegal('a\u0000\u0007') === 2
 */
export const countXmlIllegal = (text: string): number => (surelyXmlSafe(text) ? 0 : (text.match(XML_ILLEGAL)?.length ?? 0));

export interface FittedText {
  text: string;
  /** Characters removed because XML cannot carry them. */
  removed: number;
  /** The length before cutting at 32,767, or null when it fitted. */
  truncatedFrom: number | null;
}

/**
 * A text fitted to one cell: illegal characters removed, cut at 32,767 characters (never inside a
 * surrogate pair).
 * @example fitCellText('短\u0000文本') // → { text: '短文本', removed: 1, truncatedFrom: null }
 */
export function fitCellText(text: string): FittedText {
  const removed = countXmlIllegal(text);
  const safe = removed ? xmlSafe(text) : text;
  if (safe.length <= EXCEL_LIMITS.cellChars) return { text: safe, removed, truncatedFrom: null };
  let end = EXCEL_LIMITS.cellChars;
  const last = safe.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { text: safe.slice(0, end), removed, truncatedFrom: safe.length };
}

/**
 * Whether a formula is within Excel's 8,192 characters (the leading `=` included).
 * @example formulaFits('=SUM(A1:A9)') === true
 */
export const formulaFits = (formula: string): boolean => (formula.startsWith('=') ? formula.length : formula.length + 1) <= EXCEL_LIMITS.formulaChars;

/**
 * A table column name that Excel accepts, made unique against `used` (lower-cased names, updated):
 * controls removed, 255 characters at most, `fallback` when nothing is left, `_2`, `_3` … on a clash.
 * @example uniqueColumnName('tag', new Set(['tag']), '列1') === 'tag_2'
 */
export function uniqueColumnName(header: string, used: Set<string>, fallback: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = xmlSafe(header).replace(/[\u0000-\u001F\u007F]/g, ' ').trim();
  const base = (clean || fallback).slice(0, EXCEL_LIMITS.columnNameChars);
  let name = base;
  for (let k = 2; used.has(name.toLowerCase()); k++) {
    const suffix = `_${k}`;
    name = base.slice(0, EXCEL_LIMITS.columnNameChars - suffix.length) + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}
