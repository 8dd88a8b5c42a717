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

/** The shape of one id: the pattern without the seq width, and the seq's digit count. */
export function shapeOf(id: string): { skeleton: string; seqDigits: number } | null {
  const m = SHAPE.exec(id.trim());
  if (!m || /[{}]/.test(id)) return null;
  const [, prefix, d1, sep, d2, suffix] = m;
  if (d2 !== undefined) {
    const token = ORDER.find((t) => isValidDatePart(t, d1));
    if (!token || d2.length < 2) return null;
    return { skeleton: `${prefix}{${token}}${sep}{seq}${suffix}`, seqDigits: d2.length };
  }
  for (const token of ORDER) {
    const n = DATE_TOKEN_DIGITS[token];
    if (d1.length - n >= 2 && isValidDatePart(token, d1.slice(0, n))) {
      return { skeleton: `${prefix}{${token}}{seq}${suffix}`, seqDigits: d1.length - n };
    }
  }
  return null;
}

export function inferPattern(ids: string[]): string | null {
  const present = ids.map((s) => (typeof s === 'string' ? s.trim() : '')).filter((s) => s !== '');
  if (present.length === 0) return null;
  const groups = new Map<string, number[]>();
  for (const id of present) {
    const shape = shapeOf(id);
    if (!shape) continue;
    const widths = groups.get(shape.skeleton) ?? [];
    widths.push(shape.seqDigits);
    groups.set(shape.skeleton, widths);
  }
  let best: [string, number[]] | null = null;
  for (const g of groups) if (!best || g[1].length > best[1].length) best = g;
  if (!best || best[1].length * 2 <= present.length) return null;
  return best[0].replace('{seq}', `{seq:${modeWidth(best[1])}}`);
}

/** The most common seq width; on a tie the narrower one (wider ones are grown sequences). */
function modeWidth(widths: number[]): number {
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = widths[0];
  for (const [w, c] of counts) if (c > counts.get(best)! || (c === counts.get(best) && w < best)) best = w;
  return best;
}
