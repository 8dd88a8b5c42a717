/**
 * Seed 003's 客户反馈分类统计表: tickets grouped by category + subcategory, with a share, a typical
 * customer quote, a suggested action and the responsible department.
 */
import { CATEGORIES } from '../schema/enums';
import type { Ticket } from '../schema/ticket';
import type { Settings, Suggestion } from '../settings/settings';
import { canonicalFor } from '../i18n/vocabulary';
import { toSimplified } from '../text/toSimplified';
import { sharesOf } from './shareRule';
import type { ClassificationRow, TopType } from './types';

/** Label of an empty value in statistics tables. */
export const EMPTY_LABEL = '(空)';
/** Typical cases are cut to this many characters (an ellipsis marks the cut). */
export const TYPICAL_CASE_MAX = 60;

const categoryLabel = (t: Ticket): string => t.category ?? EMPTY_LABEL;
const categoryRank = (c: string): number => {
  const i = (CATEGORIES as readonly string[]).indexOf(c);
  return i < 0 ? CATEGORIES.length : i;
};
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Whitespace collapsed, cut to `max` characters (code points) with '…'. */
export function quoteOf(text: string, max = TYPICAL_CASE_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Tickets newest first by receivedAt (unknown times last); input order breaks ties, later first.
 * ISO local times sort chronologically as text, which keeps this cheap at 100,000 tickets.
 */
function newestFirst(ts: readonly Ticket[]): Ticket[] {
  return ts
    .map((t, i) => ({ t, i, at: t.receivedAt ?? '' }))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.i - a.i))
    .map((x) => x.t);
}

/** Typical case: the most recent non-empty description of the group, else its most recent non-empty feedback. */
export function typicalCaseOf(newest: readonly Ticket[]): string {
  const d = newest.find((t) => t.description.trim() !== '');
  if (d) return quoteOf(d.description);
  const f = newest.find((t) => t.feedback.trim() !== '');
  return f ? quoteOf(f.feedback) : '';
}

/**
 * What two spellings of one subcategory share: a preset subcategory's canonical name for any of
 * its words (Product quality, 產品品質, 产品质量), else the text in Simplified script.
 * @example subcategoryKey('Product quality') // → '产品质量'
 * @example subcategoryKey(' 售後服務二部 ') // → '售后服务二部'
 */
export function subcategoryKey(subcategory: string): string {
  const sub = subcategory.trim();
  return canonicalFor('subcategory', sub) ?? toSimplified(sub);
}

/**
 * The suggestion row for a group: exact category + subcategory, else the category with an
 * empty subcategory, else `*` with the same subcategory, else `*` with an empty subcategory.
 * Subcategories compare by subcategoryKey (a 售後服務 row matches a 售后服务 suggestion, a
 * Product quality row a 产品质量 one).
 */
export function findSuggestion(category: string, subcategory: string, suggestions: readonly Suggestion[]): Suggestion | undefined {
  const sub = subcategoryKey(subcategory);
  const match = (c: string, s: string): Suggestion | undefined => suggestions.find((x) => x.category === c && subcategoryKey(x.subcategory) === s);
  return (sub !== '' ? match(category, sub) : undefined) ?? match(category, '') ?? (sub !== '' ? match('*', sub) : undefined) ?? match('*', '');
}

/** Most frequent non-empty department; ties go to the first in code-unit order. */
export function mostFrequentDepartment(ts: readonly Ticket[]): string {
  const counts = new Map<string, number>();
  for (const t of ts) {
    const d = t.department.trim();
    if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [d, c] of counts) {
    if (c > bestCount || (c === bestCount && byCode(d, best) < 0)) {
      best = d;
      bestCount = c;
    }
  }
  return best;
}

/**
 * Classification rows over the given tickets (the caller passes the tickets received in the
 * period), sorted by count desc, then category order (咨询 … 其他, then '(空)'), then subcategory.
 * suggestion = the suggestions table (see findSuggestion), else the latest non-empty followUp;
 * department = the suggestion's department, else the group's most frequent department.
 */
export function classify(tickets: readonly Ticket[], settings: Pick<Settings, 'suggestions'>): ClassificationRow[] {
  const groups = new Map<string, { category: string; spellings: Map<string, number>; tickets: Ticket[] }>();
  for (const t of tickets) {
    const category = categoryLabel(t);
    const subcategory = t.subcategory.trim();
    // Traditional, Simplified and English spellings of one subcategory are one group (售後服務 = 售后服务).
    const key = `${category}\u0000${subcategoryKey(subcategory)}`;
    const g = groups.get(key) ?? { category, spellings: new Map<string, number>(), tickets: [] };
    groups.set(key, g);
    g.tickets.push(t);
    g.spellings.set(subcategory, (g.spellings.get(subcategory) ?? 0) + 1);
  }
  // A preset subcategory goes by its canonical name (each workbook shows it in its own language).
  const named = [...groups.values()].map((g) => {
    const most = mostUsedSpelling(g.spellings);
    return { ...g, subcategory: canonicalFor('subcategory', most) ?? most };
  });
  const sorted = named.sort(
    (a, b) => b.tickets.length - a.tickets.length || categoryRank(a.category) - categoryRank(b.category) || byCode(a.subcategory, b.subcategory),
  );
  const shares = sharesOf(sorted.map((g) => g.tickets.length));
  return sorted.map((g, i) => {
    const newest = newestFirst(g.tickets);
    const s = findSuggestion(g.category, g.subcategory, settings.suggestions);
    const followUp = newest.find((t) => t.followUp.trim() !== '');
    return {
      category: g.category,
      subcategory: g.subcategory,
      subcategorySpellings: [...g.spellings.keys()],
      count: g.tickets.length,
      share: shares[i],
      typicalCase: typicalCaseOf(newest),
      suggestion: s ? s.suggestion : followUp ? followUp.followUp.trim() : '',
      department: s && s.department.trim() ? s.department.trim() : mostFrequentDepartment(g.tickets),
    };
  });
}

/**
 * The spelling most tickets use; ties go to the one seen first.
 * @example mostUsedSpelling(new Map([['售後服務', 1], ['售后服务', 2]])) // → '售后服务'
 */
export function mostUsedSpelling(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [s, c] of counts) if (c > bestCount) [best, bestCount] = [s, c];
  return best;
}

/** The `limit` most frequent categories with count and share (shares over all categories). */
export function topTypes(tickets: readonly Ticket[], limit = 5): TopType[] {
  const counts = new Map<string, number>();
  for (const t of tickets) counts.set(categoryLabel(t), (counts.get(categoryLabel(t)) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || categoryRank(a[0]) - categoryRank(b[0]));
  const shares = sharesOf(sorted.map(([, c]) => c));
  return sorted.slice(0, limit).map(([category, count], i) => ({ category, count, share: shares[i] }));
}
