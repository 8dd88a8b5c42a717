/**
 * Infers the numbering pattern from existing ticket numbers, so an imported sheet keeps
 * numbering the way it always has: `CW202310150001` → `CW{yyyyMMdd}{seq:4}`,
 * `202405-0013` → `{yyyyMM}-{seq:4}`. The shape shared by most ids wins; null when ids have no
 * date part or no shape covers more than half of them (mixed junk).
 */
import { DATE_TOKEN_DIGITS, isValidDatePart, type DateToken } from './pattern';

/** Longer, more specific date tokens first: 20231015… is a day before it is a month. */
const ORDER: DateToken[] = ['yyyyMMdd', 'yyyyMM', 'yyMMdd', 'yyyy'];
const SHAPE = /^(\D*)(\d+)(?:(\D+)(\d+))?(\D*)$/;

/**
 * The shape of one id: the pattern without the seq width, the seq's digit count, and whether the
 * seq shows zero padding (`001`: the width is at least its length).
 * @example shapeOf('CS20231015001') // → { skeleton: 'CS{yyyyMMdd}{seq}', seqDigits: 3, padded: true }
 */
export function shapeOf(id: string): { skeleton: string; seqDigits: number; padded: boolean } | null {
  const m = SHAPE.exec(id.trim());
  if (!m || /[{}]/.test(id)) return null;
  const [, prefix, d1, sep, d2, suffix] = m;
  if (d2 !== undefined) {
    const token = ORDER.find((t) => isValidDatePart(t, d1));
    if (!token || d2.length < 2) return null;
    return { skeleton: `${prefix}{${token}}${sep}{seq}${suffix}`, seqDigits: d2.length, padded: d2.length > 1 && d2[0] === '0' };
  }
  for (const token of ORDER) {
    const n = DATE_TOKEN_DIGITS[token];
    if (d1.length - n >= 2 && isValidDatePart(token, d1.slice(0, n))) {
      const seq = d1.slice(n);
      return { skeleton: `${prefix}{${token}}{seq}${suffix}`, seqDigits: seq.length, padded: seq.length > 1 && seq[0] === '0' };
    }
  }
  return null;
}

export function inferPattern(ids: string[]): string | null {
  const present = ids.map((s) => (typeof s === 'string' ? s.trim() : '')).filter((s) => s !== '');
  if (present.length === 0) return null;
  const groups = new Map<string, { seqDigits: number; padded: boolean }[]>();
  for (const id of present) {
    const shape = shapeOf(id);
    if (!shape) continue;
    const seqs = groups.get(shape.skeleton) ?? [];
    seqs.push(shape);
    groups.set(shape.skeleton, seqs);
  }
  let best: [string, { seqDigits: number; padded: boolean }[]] | null = null;
  for (const g of groups) if (!best || g[1].length > best[1].length) best = g;
  if (!best || best[1].length * 2 <= present.length) return null;
  return best[0].replace('{seq}', `{seq:${seqWidth(best[1])}}`);
}

/**
 * The seq width: the padded width most numbers show (`001` says 3); a wider number without a
 * leading zero is a sequence that grew past it (`1000` under `{seq:3}`), however many there are.
 * Without any padding, the narrowest.
 * @example seqWidth([{ seqDigits: 3, padded: true }, { seqDigits: 4, padded: false }, { seqDigits: 4, padded: false }]) // → 3
 */
function seqWidth(seqs: readonly { seqDigits: number; padded: boolean }[]): number {
  const padded = seqs.filter((s) => s.padded).map((s) => s.seqDigits);
  return padded.length ? modeWidth(padded) : Math.min(...seqs.map((s) => s.seqDigits));
}

/** The most common width; on a tie the narrower one. */
function modeWidth(widths: number[]): number {
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = widths[0];
  for (const [w, c] of counts) if (c > counts.get(best)! || (c === counts.get(best) && w < best)) best = w;
  return best;
}
