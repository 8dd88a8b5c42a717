/**
 * Traditional → Simplified Chinese, character by character.
 *
 * Why not opencc-js: its `t2cn` build is 109 KB (53 KB gzipped), a sixth of the task pane's
 * 300 KB gzipped budget, and it is an ES module package whose types TypeScript refuses to
 * `require` under `module: node16`. Headers, list values and keywords only need the
 * one-to-one character table, which is 12 KB gzipped (T2S_PAIRS, generated from OpenCC and
 * checked against it in t2sMap.test.ts). Phrase-level rewrites (e.g. 軟體 → 软件) are not done.
 */
import { T2S_PAIRS } from './t2sMap';

let table: Map<string, string> | null = null;

function charTable(): Map<string, string> {
  if (table) return table;
  table = new Map();
  const chars = Array.from(T2S_PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i], chars[i + 1]);
  return table;
}

/** Simplified form of `s`; characters without a Traditional form are returned unchanged. */
export function toSimplified(s: string): string {
  const t = charTable();
  let out = '';
  for (const ch of s) out += t.get(ch) ?? ch;
  return out;
}
