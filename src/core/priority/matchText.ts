/**
 * Keyword matching for rules written in Simplified Chinese: the text is folded (NFKC full-width →
 * half-width, Traditional → Simplified via text/toSimplified, lower-case, whitespace removed)
 * so 嚴重損失 in a zh-TW sheet meets the keyword 严重损失.
 */
import { toSimplified } from '../text/toSimplified';

export function foldText(s: string): string {
  return toSimplified(String(s ?? '').normalize('NFKC'))
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '');
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
