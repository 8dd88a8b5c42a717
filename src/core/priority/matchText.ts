/**
 * Keyword matching for rules written in Simplified Chinese: the text is folded (NFKC full-width →
 * half-width, Traditional → Simplified via text/toSimplified, lower-case, whitespace removed —
 * except between two letters or digits, where it becomes `_` so `total outage` keeps its words)
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

/** Whitespace between two letters or digits (full-width too) stays a word break: `_`. */
const WORD_GAP = /([0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A])[^\S\n]+(?=[0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A])/g;
const keepWordGaps = (line: string): string => (/[\s\u3000]/.test(line) ? line.replace(WORD_GAP, '$1_') : line);

function foldCached(raw: string): string {
  const line = keepWordGaps(raw);
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

/** Words that deny what follows them: 没有安全隐患, 无安全隐患, 不存在安全隐患, 并非系统故障. */
const NEGATION_BEFORE = /(?:没有|没|无|不是|并非|不存在|未发现|未出现|排除|并无|毫无)(?:任何|什么|发现|出现|存在|明显)?$/;
/** How far back a negation is looked for (folded characters). */
const NEGATION_REACH = 6;
const isAsciiWordChar = (c: string | undefined): boolean => c !== undefined && /[0-9a-z]/.test(c);

/**
 * One occurrence at `i` counts unless a keyword that begins or ends with a letter or digit runs
 * into one (12315 inside 2024123150001), or a negation stands right before it.
 */
function countsAt(foldedText: string, k: string, i: number): boolean {
  if (isAsciiWordChar(k[0]) && isAsciiWordChar(foldedText[i - 1])) return false;
  if (isAsciiWordChar(k[k.length - 1]) && isAsciiWordChar(foldedText[i + k.length])) return false;
  return !NEGATION_BEFORE.test(foldedText.slice(Math.max(0, i - NEGATION_REACH), i));
}

/**
 * True when the folded keyword occurs in the folded text as a word of its own and not denied;
 * an empty keyword never matches. Pass one field's text: a keyword never spans two fields.
 * @example containsKeyword(foldText('经检查没有安全隐患'), '安全隐患') // false
 */
export function containsKeyword(foldedText: string, keyword: string): boolean {
  const k = foldKeyword(keyword);
  return k !== '' && containsFolded(foldedText, k);
}

/** containsKeyword for a keyword already folded and not empty. */
function containsFolded(foldedText: string, k: string): boolean {
  for (let i = foldedText.indexOf(k); i >= 0; i = foldedText.indexOf(k, i + 1)) if (countsAt(foldedText, k, i)) return true;
  return false;
}

/**
 * containsKeyword over several fields, each folded on its own (the keyword is folded once).
 * @example containsKeywordInFields([foldText('账户安全'), foldText('问题')], '安全问题') // false
 */
export function containsKeywordInFields(foldedFields: readonly string[], keyword: string): boolean {
  const k = foldKeyword(keyword);
  if (k === '') return false;
  for (const f of foldedFields) if (containsFolded(f, k)) return true;
  return false;
}
