/**
 * Satisfaction cells → 1–5. Words (非常满意 5, 满意 4, 基本满意/一般 3, 不满意 2, 非常不满意 1, also
 * inside a sentence such as `客户确认收到，反馈满意`), scores (`3分`, `4星`, `4/5`, `三分`), stars
 * (★★★), and numbers. Decision: a fractional score between 1 and 5 is rounded half up (4.5 → 5,
 * 4.4 → 4), because the schema stores whole ratings and a 4.5 mean reads as "very satisfied";
 * anything outside 1–5 (0, 6, `8/10`) is null rather than clamped, so nothing is invented.
 * Traditional Chinese and English words are understood. Never throws.
 */
import { toSimplified } from '../text/toSimplified';
import { nfkc } from '../text/nfkc';

/** Longest phrase first, so `非常不满意` is not read as `满意`. */
const WORDS: [RegExp, number][] = [
  [/(非常|很|极|特别|十分)不满意?|very (dis|un)satisfied|very poor/i, 1],
  [/不太满意|不满意|不满|较差|差评|dissatisfied|unsatisfied|poor/i, 2],
  [/非常满意|很满意|十分满意|特别满意|极满意|very satisfied|excellent/i, 5],
  [/基本满意|一般|还行|中评|neutral|average|fair/i, 3],
  [/比较满意|满意|好评|satisfied|good/i, 4],
];
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5 };

function fromNumber(n: number): number | null {
  if (!Number.isFinite(n) || n < 1 || n > 5) return null;
  return Math.floor(n + 0.5);
}

export function parseSatisfaction(v: unknown): number | null {
  try {
    if (typeof v === 'number') return fromNumber(v);
    if (typeof v !== 'string') return null;
    const s = toSimplified(nfkc(v)).trim();
    if (!s) return null;
    const stars = s.match(/[★⭐]/gu);
    if (stars && /^[★⭐☆\s]+$/u.test(s)) return fromNumber(stars.length);
    const numeric = /^(\d+(?:\.\d+)?)\s*(?:分|星|points?|pts?|stars?)?$/i.exec(s);
    if (numeric) return fromNumber(Number(numeric[1]));
    const outOfFive = /(\d+(?:\.\d+)?)\s*\/\s*5(?!\d)/.exec(s);
    if (outOfFive) return fromNumber(Number(outOfFive[1]));
    const cn = /^([一二两三四五])\s*[分星]$/.exec(s);
    if (cn) return CN_DIGITS[cn[1]];
    const scored = /(?:^|[^\d.])(\d(?:\.\d+)?)\s*[分星](?!钟)/.exec(s);
    if (scored) return fromNumber(Number(scored[1]));
    return satisfactionInText(s);
  } catch {
    return null;
  }
}

/** Only the satisfaction words inside a sentence (`客户确认收到，反馈满意` → 4); digits are ignored. */
export function satisfactionInText(v: string): number | null {
  if (typeof v !== 'string') return null;
  const s = toSimplified(nfkc(v));
  for (const [re, score] of WORDS) if (re.test(s)) return score;
  return null;
}

/**
 * The satisfaction of rating dimensions: their mean, rounded half up; null without any.
 * @example satisfactionOfRatings({ 响应速度: 5, 服务态度: 4 }) // 5
 */
export function satisfactionOfRatings(ratings: Readonly<Record<string, number>>): number | null {
  const scores = Object.values(ratings);
  return scores.length > 0 ? Math.floor(scores.reduce((a, b) => a + b, 0) / scores.length + 0.5) : null;
}
