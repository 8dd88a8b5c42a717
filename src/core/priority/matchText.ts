/**
 * Keyword matching for rules written in Simplified Chinese: the text is folded (NFKC full-width →
 * half-width, Traditional → Simplified via text/toSimplified, lower-case, whitespace removed)
 * so 嚴重損失 in a zh-TW sheet meets the keyword 严重损失.
 */
import { nfkc, nfkcTables } from '../text/nfkc';
import { charTable, toSimplified } from '../text/toSimplified';

const foldSlow = (s: string): string =>
  toSimplified(nfkc(s))
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '');

const DROP = 0xffff;
let foldTable: Uint16Array | null = null;

/**
 * What foldSlow makes of each code unit text/nfkc maps itself (ASCII, CJK, common punctuation,
 * full-width ASCII, U+3000): NFKC, Simplified, lower-case, or DROP for whitespace; 0 = not in
 * the table. Built once by running foldSlow's steps on each character alone (text/nfkc's map
 * for NFKC); matchText.test.ts checks the result against foldSlow's own steps on whole texts.
 */
function foldCodeUnits(): Uint16Array {
  if (foldTable) return foldTable;
  const { classes, mapped, KEEP, MAP } = nfkcTables();
  const t2s = charTable();
  const t = new Uint16Array(0x10000);
  for (let c = 1; c < 0x10000; c++) {
    if (classes[c] !== KEEP && classes[c] !== MAP) continue;
    const n = classes[c] === MAP ? mapped[c] : c;
    const ch = String.fromCharCode(t2s[n] || n);
    const folded = ch.toLowerCase();
    if (/^\s$/.test(folded)) t[c] = DROP;
    else if (folded.length === 1 && folded.charCodeAt(0) !== DROP) t[c] = folded.charCodeAt(0);
  }
  foldTable = t;
  return t;
}

/**
 * foldSlow in one pass when every character is in foldCodeUnits' table: each of NFKC (for those
 * characters), Traditional → Simplified, lower-case and whitespace removal is then per
 * character. Other text takes foldSlow.
 */
function foldLine(s: string): string {
  const t = foldCodeUnits();
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const to = t[c];
    if (to === c) continue;
    if (to === 0) return foldSlow(s);
    out += s.slice(from, i);
    if (to !== DROP) out += String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * Recently folded lines. One row's texts are folded by several rules (category, priority,
 * routing), each joining fields with '\n'; folding line by line lets them share the work.
 * Folding is per line without loss: '\n' is removed anyway, nothing composes across it (NFKC)
 * and it is no cased letter (toLowerCase's final sigma).
 */
const lineCache = new Map<string, string>();
const LINE_CACHE_LIMIT = 512;

export function foldText(s: string): string {
  const text = String(s ?? '');
  if (!text.includes('\n')) return foldCached(text);
  let out = '';
  for (const line of text.split('\n')) out += foldCached(line);
  return out;
}

function foldCached(line: string): string {
  if (line.length < 2) return foldLine(line);
  let k = lineCache.get(line);
  if (k === undefined) {
    if (lineCache.size >= LINE_CACHE_LIMIT) lineCache.clear();
    k = foldLine(line);
    lineCache.set(line, k);
  }
  return k;
}

/**
 * foldText for short, often repeated strings (keywords, list names): cached, since 100,000 rows
 * check the same few dozen keywords. The cache is dropped when it grows past its bound.
 */
const keywordCache = new Map<string, string>();
export function foldKeyword(keyword: string): string {
  let k = keywordCache.get(keyword);
  if (k === undefined) {
    if (keywordCache.size > 5000) keywordCache.clear();
    k = foldText(keyword);
    keywordCache.set(keyword, k);
  }
  return k;
}

/** True when the folded keyword occurs in the folded text; an empty keyword never matches. */
export function containsKeyword(foldedText: string, keyword: string): boolean {
  const k = foldKeyword(keyword);
  return k !== '' && foldedText.includes(k);
}
