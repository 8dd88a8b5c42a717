/**
 * A comparison key for headers and list values: `客戶姓名（可匿名）` and `客户姓名` meet at the
 * same key, as do `ＶＩＰ` and `vip`.
 */
import { toSimplified } from './toSimplified';
import { nfkc } from './nfkc';

/** Bracketed annotations: （脱敏） (1-5分) 【必填】 [可选] (電話/在線/郵件). */
const ANNOTATION = /[(（【[［〔][^()（）【】[\]［］〔〕]*[)）】\]］〕]/g;
/** Spaces, punctuation and symbols (Unicode classes), including `*` `/` `:` `-` `、` `“”`. */
const NOISE = /[\s\p{P}\p{S}]/gu;

/**
 * NFKC (full-width → half-width), Simplified, lower-case, without bracketed annotations,
 * spaces or punctuation. When stripping annotations would leave nothing, the annotation's text
 * is kept instead (a header that is only `（备注）` still has a key).
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

export function normalizeKey(s: string): string {
  const raw = String(s ?? '');
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const key = computeKey(raw);
  // Headers and list values repeat row after row; long free text is not worth keeping.
  if (raw.length <= 40) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, key);
  }
  return key;
}

function computeKey(s: string): string {
  const base = toSimplified(nfkc(String(s ?? ''))).toLowerCase();
  const stripped = base.replace(ANNOTATION, '').replace(NOISE, '');
  return stripped || base.replace(NOISE, '');
}

/** Only the bracketed annotations of `s`, normalised (e.g. `1-5分` → `15分`), for hints. */
export function annotationsOf(s: string): string[] {
  const base = toSimplified(nfkc(String(s ?? ''))).toLowerCase();
  return (base.match(ANNOTATION) ?? []).map((a) => a.replace(NOISE, '')).filter(Boolean);
}
