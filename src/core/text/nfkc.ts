/**
 * `s.normalize('NFKC')` without the cost for the text a Chinese service sheet holds. ICU's NFKC
 * costs microseconds per line of CJK text and runs on every cell and keyword check of a
 * 100,000-row import; yet such text is ASCII, CJK ideographs, a few punctuation marks that NFKC
 * keeps, full-width ASCII (`ＶＩＰ`, `，`, `：`) and the ideographic space. For a string made only
 * of those, NFKC is a per-character map (full-width → ASCII, U+3000 → space, the rest unchanged;
 * none of them composes with its neighbour), done here in one pass. Anything else goes to ICU.
 * The character classes are computed from String.prototype.normalize itself (not a hand list).
 */

/** 0 = ask ICU; 1 = NFKC keeps it; 2 = NFKC maps it to one other code unit (see MAPPED). */
const KEEP = 1;
const MAP = 2;

let classes: Uint8Array | null = null;
const MAPPED = new Uint16Array(0x10000);

/** Ranges considered for the fast path; each code point is still checked against ICU. */
const RANGES: [number, number][] = [
  [0x09, 0x0d],
  [0x20, 0x7e],
  [0x2010, 0x2027], // dashes, quotes, ‥ …
  [0x2030, 0x205e],
  [0x3000, 0x3029], // ideographic space and punctuation 、。〈〉《》「」【】 (0x302A– are combining)
  [0x3030, 0x303f],
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xff01, 0xff5e], // full-width ASCII
];

function classTable(): Uint8Array {
  if (classes) return classes;
  const t = new Uint8Array(0x10000);
  for (const [from, to] of RANGES) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      const n = ch.normalize('NFKC');
      // A character that composes with a neighbour is a combining mark or a Hangul jamo: none is
      // in RANGES, and a string holding one takes the ICU path as a whole.
      if (n === ch) t[c] = KEEP;
      else if (n.length === 1 && n.normalize('NFKC') === n && n.charCodeAt(0) < 0x80) {
        t[c] = MAP;
        MAPPED[c] = n.charCodeAt(0);
      }
    }
  }
  classes = t;
  return t;
}

/** Same result as `s.normalize('NFKC')`. */
export function nfkc(s: string): string {
  const t = classTable();
  const n = s.length;
  let i = 0;
  while (i < n && t[s.charCodeAt(i)] === KEEP) i++;
  if (i === n) return s;
  let out = s.slice(0, i);
  let from = i;
  for (; i < n; i++) {
    const k = t[s.charCodeAt(i)];
    if (k === KEEP) continue;
    if (k !== MAP) return s.normalize('NFKC');
    out += s.slice(from, i) + String.fromCharCode(MAPPED[s.charCodeAt(i)]);
    from = i + 1;
  }
  return out + s.slice(from);
}

/** For callers that fuse NFKC with further per-character work: the class and mapping tables. */
export function nfkcTables(): { classes: Uint8Array; mapped: Uint16Array; KEEP: number; MAP: number } {
  return { classes: classTable(), mapped: MAPPED, KEEP, MAP };
}
