/**
 * The five pivot summaries of DESIGN.md as plain count grids: category × status,
 * channel × priority, owner × SLA state, category × emotion, and the weekly volume trend.
 * Closed vocabularies list every value in schema order; open lists (channels, owners, emotions)
 * list the values that occur, in the settings list's order, then by count. '(空)' comes last.
 */
import { CATEGORIES, LEVELS, SLA_STATES, STATUSES } from '../schema/enums';
import type { Locale } from '../schema/fieldMeta';
import type { Ticket } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import { dateOf, MINUTES_PER_DAY, toMinutes, weekdayOfDayIndex } from '../time/localDateTime';
import { EMPTY_LABEL } from './classification';
import { weeksOverlapping, type Period } from './period';
import { words } from '../i18n/words';

export interface CrossTab {
  name: string;
  rowField: string;
  colField: string;
  rows: string[];
  cols: string[];
  /** counts[row][col]. */
  counts: number[][];
}

export const CROSS_TAB_NAMES = ['categoryByStatus', 'channelByPriority', 'ownerBySlaState', 'categoryByEmotion', 'weeklyVolume'] as const;
export type CrossTabName = (typeof CROSS_TAB_NAMES)[number];

/** Weekly trends longer than this keep only their latest weeks (a stray 1900 date must not make 6,000 rows). */
export const MAX_TREND_WEEKS = 520;

type Axis = { field: string; valueOf: (t: Ticket) => string | null; known: readonly string[]; closed: boolean };

const label = (v: string | null): string => {
  const s = (v ?? '').trim();
  return s === '' ? EMPTY_LABEL : s;
};

/** Axis values: known ones first (all of them when the vocabulary is closed), then others by count, '(空)' last. */
function axisValues(tickets: readonly Ticket[], axis: Axis): string[] {
  const counts = new Map<string, number>();
  for (const t of tickets) {
    const v = label(axis.valueOf(t));
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const known = [...new Set(axis.known.map((k) => k.trim()).filter((k) => k !== ''))];
  const head = axis.closed ? known : known.filter((k) => counts.has(k));
  const knownSet = new Set(known);
  const tail = [...counts.entries()]
    .filter(([v]) => !knownSet.has(v) && v !== EMPTY_LABEL)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([v]) => v);
  return [...head, ...tail, ...(counts.has(EMPTY_LABEL) ? [EMPTY_LABEL] : [])];
}

export function crossTab(name: string, tickets: readonly Ticket[], row: Axis, col: Axis): CrossTab {
  const rows = axisValues(tickets, row);
  const cols = axisValues(tickets, col);
  const rowIndex = new Map(rows.map((r, i) => [r, i]));
  const colIndex = new Map(cols.map((c, i) => [c, i]));
  const counts = rows.map(() => cols.map(() => 0));
  for (const t of tickets) {
    counts[rowIndex.get(label(row.valueOf(t)))!][colIndex.get(label(col.valueOf(t)))!] += 1;
  }
  return { name, rowField: row.field, colField: col.field, rows, cols, counts };
}

/** Monday 00:00 (in minutes) of the week containing minute m: plain arithmetic, as startOfWeek. */
const mondayOf = (m: number): number => {
  const day = Math.floor(m / MINUTES_PER_DAY);
  const sinceMonday = (weekdayOfDayIndex(day) + 6) % 7;
  return (day - sinceMonday) * MINUTES_PER_DAY;
};

/**
 * Received per week (Monday date as the label) for the weeks overlapping the period.
 * `receivedMinutes` may pass the tickets' receivedAt already in minutes (same order).
 */
export function weeklyVolume(tickets: readonly Ticket[], period: Period, receivedMinutes?: readonly (number | null)[]): CrossTab {
  const weeks = weeksOverlapping(period, MAX_TREND_WEEKS);
  const index = new Map(weeks.map((w, i) => [toMinutes(w), i]));
  const counts = weeks.map(() => [0]);
  const start = toMinutes(period.start);
  const end = toMinutes(period.end);
  tickets.forEach((t, k) => {
    const m = receivedMinutes ? receivedMinutes[k] : t.receivedAt ? toMinutes(t.receivedAt) : null;
    if (m === null || !(m >= start && m < end)) return;
    const i = index.get(mondayOf(m));
    if (i !== undefined) counts[i][0] += 1;
  });
  return { name: 'weeklyVolume', rowField: 'week', colField: 'received', rows: weeks.map(dateOf), cols: ['received'], counts };
}

/** The five cross-tabs over the tickets received in the period. */
export function crossTabs(
  received: readonly Ticket[],
  period: Period,
  settings: Pick<Settings, 'lists'>,
  receivedMinutes?: readonly (number | null)[],
): CrossTab[] {
  const category: Axis = { field: 'category', valueOf: (t) => t.category, known: CATEGORIES, closed: true };
  const status: Axis = { field: 'status', valueOf: (t) => t.status, known: STATUSES, closed: true };
  const channel: Axis = { field: 'channel', valueOf: (t) => t.channel, known: settings.lists.channels, closed: false };
  const priority: Axis = { field: 'priority', valueOf: (t) => t.priority, known: LEVELS, closed: true };
  const owner: Axis = { field: 'owner', valueOf: (t) => t.owner, known: settings.lists.owners, closed: false };
  const slaState: Axis = { field: 'slaState', valueOf: (t) => t.slaState, known: SLA_STATES, closed: true };
  const emotion: Axis = { field: 'emotion', valueOf: (t) => t.emotion, known: settings.lists.emotions, closed: false };
  return [
    crossTab('categoryByStatus', received, category, status),
    crossTab('channelByPriority', received, channel, priority),
    crossTab('ownerBySlaState', received, owner, slaState),
    crossTab('categoryByEmotion', received, category, emotion),
    weeklyVolume(received, period, receivedMinutes),
  ];
}

const TITLES: Record<CrossTabName, Record<Locale, string>> = {
  categoryByStatus: words('crossTab.categoryByStatus'),
  channelByPriority: words('crossTab.channelByPriority'),
  ownerBySlaState: words('crossTab.ownerBySlaState'),
  categoryByEmotion: words('crossTab.categoryByEmotion'),
  weeklyVolume: words('crossTab.weeklyVolume'),
};

/** Localised title of a cross-tab (the name itself when unknown). */
export const crossTabTitle = (name: string, locale: Locale = 'zh-CN'): string =>
  (TITLES as Record<string, Record<Locale, string>>)[name]?.[locale] ?? name;
