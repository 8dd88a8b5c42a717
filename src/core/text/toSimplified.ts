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

/**
 * The table as one UTF-16 code unit → code unit array (0 = no Simplified form): every pair of
 * T2S_PAIRS is a BMP character, so a lookup is an array read. Texts of 100,000 rows go through
 * here (keyword matching), most of them already Simplified.
 */
let table: Uint16Array | null = null;

/** The table itself, for callers that fuse the lookup with other per-character work. */
export function charTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  const chars = Array.from(T2S_PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    // A pair outside the BMP would need a string map; the generator emits none (t2sMap.test.ts).
    if (chars[i].length === 1 && chars[i + 1].length === 1) t[chars[i].charCodeAt(0)] = chars[i + 1].charCodeAt(0);
  }
  table = t;
  return t;
}

/** Simplified form of `s`; characters without a Traditional form are returned unchanged. */
export function toSimplified(s: string): string {
  const t = charTable();
  const n = s.length;
  let i = 0;
  while (i < n && t[s.charCodeAt(i)] === 0) i++;
  if (i === n) return s; // nothing to change: no copy
  // Surrogate halves are never in the table, so walking code units is walking characters.
  let from = 0;
  let piece = '';
  for (; i < n; i++) {
    const to = t[s.charCodeAt(i)];
    if (to === 0) continue;
    piece += s.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return piece + s.slice(from);
}
