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

/** True when the folded keyword occurs in the folded text; an empty keyword never matches. */
export function containsKeyword(foldedText: string, keyword: string): boolean {
  const k = foldText(keyword);
  return k !== '' && foldedText.includes(k);
}
