/**
 * One header cell → the ticket field (or compound kind) it holds, with a confidence. Matches
 * labels of all three locales and the aliases of FIELD_META, after `normalizeKey` (so
 * `客戶姓名（可匿名）`, `联系方式（脱敏）` and `滿意度評分（1-5分）` all match), then rating
 * dimensions (`服务态度`, `响应速度评分` → ratings), then partial matches (an alias inside a longer
 * header). Returns null when nothing matches well enough.
 */
import { FIELD_META, LOCALES } from '../schema/fieldMeta';
import { TICKET_FIELDS, type TicketField } from '../schema/ticket';
import { normalizeKey } from '../text/normalizeKey';
import type { CompoundKind, HeaderHints, HeaderMatch } from './types';

/** Compound headers are checked first: seed 002's 问题详情 is not just a description. */
const COMPOUND_HEADERS: Record<string, CompoundKind> = {
  客户信息: '客户信息',
  客户资料: '客户信息',
  客户基础信息: '客户信息',
  问题详情: '问题详情',
  问题信息: '问题详情',
  处理过程: '处理过程',
  处理过程记录: '处理过程',
  // Seed 004: 沟通时间、方式、客户反馈、下一步计划 — a history, not one progress note.
  沟通记录: '沟通记录',
  沟通记录栏: '沟通记录',
  客户沟通记录: '沟通记录',
  沟通跟进记录: '沟通记录',
  结果与反馈: '结果与反馈',
  结果及反馈: '结果与反馈',
  处理结果与反馈: '结果与反馈',
  结果反馈: '结果与反馈',
  归档信息: '归档信息',
  沟通日期: '沟通日期',
  受理日期: '沟通日期',
  反馈日期: '沟通日期',
  登记日期: '沟通日期',
  接收日期: '沟通日期',
  日期: '沟通日期',
  date: '沟通日期',
  沟通时间: '沟通时间',
  time: '沟通时间',
};

/** Satisfaction dimensions of seeds 001 and 004, plus common ones. */
export const BUILTIN_RATING_DIMENSIONS = ['解决效率', '问题解决效率', '服务态度', '方案合理性', '响应速度', '处理结果', '沟通效率', '专业程度', '处理速度'];
const DIMENSION_SUFFIX = /(评分|满意度|得分|分数|评价|打分)$/;
const DIMENSION_PREFIX = /^(满意度|评分|评价)/;
const TITLE = /.{3,}(表|模板|工具|清单|台账|汇总)$/;

interface Entry {
  key: string;
  field: TicketField;
  confidence: number;
}

let entries: Entry[] | null = null;

/** Every label and alias as a normalised key; labels first so they win ties. */
function fieldEntries(): Entry[] {
  if (entries) return entries;
  const out: Entry[] = [];
  const seen = new Set<string>();
  const add = (text: string, field: TicketField, confidence: number): void => {
    const key = normalizeKey(text);
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push({ key, field, confidence });
  };
  for (const field of TICKET_FIELDS) for (const l of LOCALES) add(FIELD_META[field].labels[l], field, 1);
  for (const field of TICKET_FIELDS) for (const a of FIELD_META[field].aliases) add(a, field, 0.95);
  entries = out;
  return out;
}

let exactIndex: Map<string, Entry> | null = null;
const exactEntries = (): Map<string, Entry> => (exactIndex ??= new Map(fieldEntries().map((e) => [e.key, e])));

const COMPOUND_KEYS = new Map(Object.entries(COMPOUND_HEADERS).map(([k, v]) => [normalizeKey(k), v]));

function ratingDimension(key: string, hints?: HeaderHints): string | null {
  const dims = [...(hints?.ratingDimensions ?? []), ...BUILTIN_RATING_DIMENSIONS];
  const bare = key.replace(DIMENSION_PREFIX, '').replace(DIMENSION_SUFFIX, '');
  const withSuffix = bare !== key;
  for (const d of dims) {
    const dk = normalizeKey(d);
    if (!dk) continue;
    // 处理结果 alone is the result column; as a dimension it needs a suffix (处理结果评分).
    if (d === '处理结果' && !withSuffix) continue;
    if (bare === dk) return d;
  }
  return null;
}

const cache = new Map<string, HeaderMatch | null>();
const CACHE_LIMIT = 5000;

export type { CompoundKind, HeaderHints, HeaderMatch } from './types';

/** `hints` may also be a plain alias record (`{ 工单流水: 'id' }`), as API.md's `extraAliases`. */
function asHints(h: HeaderHints | Record<string, TicketField | CompoundKind> | undefined): HeaderHints | undefined {
  if (!h || typeof h !== 'object') return undefined;
  if ('aliases' in h || 'ratingDimensions' in h) return h as HeaderHints;
  return Object.keys(h).length > 0 ? { aliases: h as Record<string, TicketField | CompoundKind> } : undefined;
}

export function mapHeader(text: string, extra?: HeaderHints | Record<string, TicketField | CompoundKind>): HeaderMatch | null {
  const hints = asHints(extra);
  const raw = typeof text === 'string' ? text : String(text ?? '');
  if (hints) return mapKey(normalizeKey(raw), hints);
  if (cache.has(raw)) {
    const hit = cache.get(raw);
    return hit ? { ...hit } : null;
  }
  const m = mapKey(normalizeKey(raw));
  if (cache.size < CACHE_LIMIT) cache.set(raw, m);
  return m;
}

function mapKey(key: string, hints?: HeaderHints): HeaderMatch | null {
  if (!key || key.length > 40) return null;

  for (const [alias, field] of Object.entries(hints?.aliases ?? {})) {
    if (normalizeKey(alias) === key) return { field, confidence: 1 };
  }
  const compound = COMPOUND_KEYS.get(key);
  if (compound) return { field: compound, confidence: 0.95 };

  const exact = exactEntries().get(key);
  if (exact) return { field: exact.field, confidence: exact.confidence };

  const dimension = ratingDimension(key, hints);
  if (dimension) return { field: 'ratings', confidence: 0.9, dimension };

  // A sheet title (客户服务沟通记录表) names a table, not a column.
  if (TITLE.test(key)) return null;

  // Partial: the longest known key inside the header (客户联系电话 ⊃ 联系电话), or the header
  // inside a known key. Short keys need a good share of the header to count.
  let best: HeaderMatch | null = null;
  let bestLen = 0;
  for (const e of fieldEntries()) {
    if (e.key.length < 2) continue;
    const inside = key.includes(e.key);
    const around = !inside && key.length >= 2 && e.key.includes(key);
    if (!inside && !around) continue;
    const shared = inside ? e.key.length : key.length;
    const share = shared / Math.max(key.length, e.key.length);
    const confidence = Math.round((0.45 + 0.45 * share) * 100) / 100;
    if (confidence >= 0.6 && shared > bestLen) {
      best = { field: e.field, confidence };
      bestLen = shared;
    }
  }
  return best;
}
