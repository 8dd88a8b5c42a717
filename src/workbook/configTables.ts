/**
 * Settings ⇄ the workbook's `Config_…` tables. Writing lays every setting out as rows a
 * supervisor can edit in Excel; reading validates each row (zod) and reports what is wrong by
 * sheet, row and column, falling back to the preset's value for anything unusable.
 */
import { z } from 'zod';
import { canonicalFor, canonicalOrSelf, wordFor, type VocabularyKind } from '../core/i18n/vocabulary';
import { CATEGORIES, CUSTOMER_LEVELS, LEVELS, STATUSES } from '../core/schema/enums';
import type { Locale } from '../core/schema/fieldMeta';
import {
  followUpSchema,
  priorityKeywordSchema,
  routingRuleSchema,
  scriptSchema,
  settingsSchema,
  slaRuleSchema,
  suggestionSchema,
  type Settings,
  type TimeWindow,
} from '../core/settings/settings';
import { cellText, cellToBoolean, cellToDate, cellToHHmm, cellToNumber, splitNames } from './cells';
import { columnsByHeader, missingColumnProblem } from './columnsByHeader';
import { DAY_NAMES, header, HOLIDAY_TYPES, NUMBERING_USE, YES_NO } from './labels';
import { configProblemMessage, type ConfigProblemCode } from './configMessages';
import type { MessageParams } from '../core/i18n/fillPlaceholders';
import { isKnownTimeZone, MIN_WEEKLY_OPEN_MINUTES, targetWithinReach, weeklyOpenMinutes } from '../core/settings/configLimits';
import { isValidPattern } from '../core/numbering/pattern';
import type { ColumnPlan, ColumnType, PlanCell, RawCell, TableData, TablePlan } from './types';
import { words } from '../core/i18n/words';

export const CONFIG_TABLES = [
  'Config_Meta',
  'Config_Lists',
  'Config_SLA',
  'Config_Hours',
  'Config_Holidays',
  'Config_Numbering',
  'Config_Reserved',
  'Config_Routing',
  'Config_Keywords',
  'Config_Suggestions',
  'Config_Scripts',
  'Config_FollowUp',
] as const;
export type ConfigTableName = (typeof CONFIG_TABLES)[number];

/** A supervisor's entry that could not be used. */
export interface ConfigProblem {
  table: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  column: string;
  value: string;
  /** zh-CN; with a `code`, `configProblemMessage(code, locale, params)` words it in any locale. */
  message: string;
  code?: ConfigProblemCode;
  params?: MessageParams;
}

const col = (key: string, locale: Locale, type: ColumnType = 'text', width = 12, extra: Partial<ColumnPlan> = {}): ColumnPlan => ({
  key,
  header: header(key, locale),
  type,
  width: Math.max(width, header(key, locale).length * 2 + 4),
  ...extra,
});

// ---------- key/value tables ----------

type KV = { key: string; label: Record<Locale, string>; value: PlanCell };

function metaRows(s: Settings, locale: Locale): KV[] {
  const [yes, no] = YES_NO[locale];
  return [
    { key: 'schemaVersion', label: words('config.meta.schemaVersion'), value: s.schemaVersion },
    { key: 'preset', label: words('config.meta.preset'), value: s.preset },
    { key: 'timeZone', label: words('config.meta.timeZone'), value: s.calendar.timeZone },
    { key: 'initialStatus', label: words('config.meta.initialStatus'), value: wordFor('status', s.initialStatus, locale) },
    { key: 'defaultUrgency', label: words('config.meta.defaultUrgency'), value: wordFor('level', s.defaultUrgency, locale) },
    { key: 'vipRaisesPriority', label: words('config.meta.vipRaisesPriority'), value: s.vipRaisesPriority ? yes : no },
    { key: 'maskContacts', label: words('config.meta.maskContacts'), value: s.masking.contacts ? yes : no },
    { key: 'ratingDimensions', label: words('config.meta.ratingDimensions'), value: s.ratingDimensions.join('、') },
    { key: 'team', label: words('config.meta.team'), value: s.team ?? '' },
  ];
}

function followUpRows(s: Settings): KV[] {
  const f = s.followUp;
  return [
    { key: 'progressEveryHours', label: words('config.followUp.progressEveryHours'), value: f.progressEveryHours },
    { key: 'acceptWithinHours', label: words('config.followUp.acceptWithinHours'), value: f.acceptWithinHours },
    { key: 'directorAfterOverdueHours', label: words('config.followUp.directorAfterOverdueHours'), value: f.directorAfterOverdueHours },
    { key: 'revisitWorkingDays', label: words('config.followUp.revisitWorkingDays'), value: f.revisitWorkingDays },
    { key: 'reopenAtOrBelow', label: words('config.followUp.reopenAtOrBelow'), value: f.reopenAtOrBelow },
    { key: 'warningHours', label: words('config.followUp.warningHours'), value: f.warningHours },
  ];
}

function kvTable(name: string, rows: KV[], locale: Locale): Omit<TablePlan, 'top' | 'left'> {
  return {
    kind: 'table',
    name,
    style: 'TableStyleLight9',
    columns: [col('key', locale, 'text', 22), col('label', locale, 'text', 26), col('value', locale, 'text', 18)],
    rows: rows.map((r) => [r.key, r.label[locale], r.value]),
  };
}

// ---------- list tables ----------

/** Columns of Config_Lists in order; each list has a defined name `SB_List_<key>`. */
export const LIST_COLUMNS = [
  'categories',
  'subcategoryOf',
  'subcategories',
  'channels',
  'departments',
  'emotions',
  'owners',
  'levels',
  'statuses',
  'customerLevels',
  'satisfaction',
  'units',
] as const;
export type ListKey = (typeof LIST_COLUMNS)[number];
export const listName = (k: ListKey): string => `SB_List_${k}`;

/** The values of each list of Config_Lists, vocabulary words in `locale`. */
export function listValues(s: Settings, locale: Locale = 'zh-CN'): Record<ListKey, PlanCell[]> {
  const words = (kind: VocabularyKind, xs: readonly string[]): string[] => xs.map((x) => wordFor(kind, x, locale));
  return {
    categories: words('category', CATEGORIES),
    subcategoryOf: words('category', s.lists.subcategories.map((x) => x.category)),
    subcategories: words('subcategory', s.lists.subcategories.map((x) => x.name)),
    channels: words('channel', s.lists.channels),
    departments: words('department', s.lists.departments),
    emotions: words('emotion', s.lists.emotions),
    owners: [...s.lists.owners],
    levels: words('level', LEVELS),
    statuses: words('status', STATUSES),
    customerLevels: words('customerLevel', CUSTOMER_LEVELS),
    satisfaction: [5, 4, 3, 2, 1],
    units: ['h', 'bh', 'wd'],
  };
}

/** The config tables of a settings object (positions are set by the plan). */
export function configTables(s: Settings, locale: Locale, numberingExample = ''): Omit<TablePlan, 'top' | 'left'>[] {
  const lists = listValues(s, locale);
  const w = (kind: VocabularyKind, v: string): string => wordFor(kind, v, locale);
  const height = Math.max(...LIST_COLUMNS.map((k) => lists[k].length));
  const listRows: PlanCell[][] = Array.from({ length: height }, (_, i) => LIST_COLUMNS.map((k) => lists[k][i] ?? null));
  const days = DAY_NAMES[locale];
  const hours: PlanCell[][] = [];
  s.calendar.weekly.forEach((ws, d) => ws.forEach((w) => hours.push([days[d], w.start, w.end])));
  s.calendar.makeupWindows.forEach((w) => hours.push([days[7], w.start, w.end]));
  const [holiday, makeup] = HOLIDAY_TYPES[locale];
  const holidays: PlanCell[][] = [
    ...s.calendar.holidays.map((h) => [h.date, holiday, h.name] as PlanCell[]),
    ...s.calendar.makeupDays.map((h) => [h.date, makeup, h.name] as PlanCell[]),
  ].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const t = (name: string, columns: ColumnPlan[], rows: PlanCell[][]): Omit<TablePlan, 'top' | 'left'> => ({ kind: 'table', name, style: 'TableStyleLight9', columns, rows });
  return [
    kvTable('Config_Meta', metaRows(s, locale), locale),
    t('Config_Lists', LIST_COLUMNS.map((k) => col(k, locale, k === 'satisfaction' ? 'integer' : 'text', 10)), listRows),
    t(
      'Config_SLA',
      [col('priority', locale, 'text', 8), col('customerLevel', locale, 'text', 8), col('responseAmount', locale, 'number', 8), col('responseUnit', locale, 'text', 8), col('resolveAmount', locale, 'number', 8), col('resolveUnit', locale, 'text', 8)],
      s.sla.map((r) => [w('level', r.priority), w('customerLevel', r.customerLevel), r.response.amount, r.response.unit, r.resolve.amount, r.resolve.unit]),
    ),
    t('Config_Hours', [col('day', locale, 'text', 8), col('start', locale, 'text', 8), col('end', locale, 'text', 8)], hours),
    t('Config_Holidays', [col('date', locale, 'date', 12, { numFmt: 'yyyy-mm-dd' }), col('dayType', locale, 'text', 12), col('name', locale, 'text', 12)], holidays),
    t(
      'Config_Numbering',
      [col('pattern', locale, 'text', 22), col('example', locale, 'text', 18), col('use', locale, 'text', 16)],
      [[s.numbering.pattern, numberingExample, NUMBERING_USE[locale][0]], ...(s.numbering.accepted ?? []).map((p): PlanCell[] => [p, null, NUMBERING_USE[locale][1]])],
    ),
    // Archived tickets' numbers stay reserved: the highest one per date part (servicebook archive).
    t('Config_Reserved', [col('reservedNumber', locale, 'text', 18)], (s.numbering.reserved ?? []).map((id) => [id])),
    t('Config_Routing', [col('category', locale, 'text', 8), col('keyword', locale, 'text', 12), col('department', locale, 'text', 12), col('owner', locale, 'text', 10)], s.routing.map((r) => [w('category', r.category), r.keyword, w('department', r.department), r.owner])),
    t('Config_Keywords', [col('level', locale, 'text', 6), col('keyword', locale, 'text', 14), col('reason', locale, 'text', 12)], s.priorityKeywords.map((k) => [w('level', k.level), k.keyword, k.reason])),
    t(
      'Config_Suggestions',
      [col('category', locale, 'text', 8), col('subcategory', locale, 'text', 14), col('suggestion', locale, 'longText', 40, { wrap: true }), col('department', locale, 'text', 12)],
      s.suggestions.map((x) => [w('category', x.category), w('subcategory', x.subcategory), w('suggestion', x.suggestion), w('department', x.department)]),
    ),
    t('Config_Scripts', [col('scenario', locale, 'text', 10), col('category', locale, 'text', 8), col('text', locale, 'longText', 60, { wrap: true })], s.scripts.map((x) => [w('scriptScenario', x.scenario), w('category', x.category), w('script', x.text)])),
    kvTable('Config_FollowUp', followUpRows(s), locale),
  ];
}

// ---------- reading ----------

/** Index of each wanted key in a table's headers (columnsByHeader: -1 for a column not there). */
function columnIndex(table: Pick<TableData, 'headers'>, keys: readonly string[]): Record<string, number> {
  const at = columnsByHeader(table.headers, keys);
  return Object.fromEntries(keys.map((k, i) => [k, at[i]]));
}

class Reader {
  readonly problems: ConfigProblem[] = [];
  private readonly missing = new Set<string>();
  constructor(private readonly tables: Map<string, TableData>) {}

  table(name: string): TableData | undefined {
    return this.tables.get(name);
  }

  /** A problem with a code, worded from the message files. */
  coded(t: TableData, i: number, colIdx: number, value: RawCell | undefined, code: ConfigProblemCode, params: MessageParams = {}): void {
    const all = { value: cellText(value ?? null), ...params };
    this.problems.push({ table: t.name, sheet: t.sheet, row: t.headerRow + 1 + i, column: t.headers[colIdx] ?? '', value: cellText(value ?? null), message: configProblemMessage(code, 'zh-CN', all), code, params: all });
  }

  /** Where each key's column is; a missing column is reported once per table (read as blank). */
  columns(t: TableData, keys: readonly string[]): Record<string, number> {
    const ix = columnIndex(t, keys);
    for (const k of keys) {
      const id = `${t.name}\u0000${k}`;
      if (ix[k] >= 0 || this.missing.has(id)) continue;
      this.missing.add(id);
      this.problems.push(missingColumnProblem(t, k));
    }
    return ix;
  }

  /** Non-empty rows with a getter by key. */
  rows(t: TableData, keys: readonly string[]): { i: number; get: (k: string) => RawCell; idx: (k: string) => number }[] {
    const ix = this.columns(t, keys);
    return t.rows
      .map((cells, i) => ({ i, get: (k: string) => (ix[k] >= 0 ? (cells[ix[k]] ?? null) : null), idx: (k: string) => ix[k] }))
      .filter((r) => keys.some((k) => cellText(r.get(k)) !== ''));
  }

  kv(t: TableData): Map<string, { i: number; value: RawCell; idx: number }> {
    const m = new Map<string, { i: number; value: RawCell; idx: number }>();
    for (const r of this.rows(t, ['key', 'label', 'value'])) m.set(cellText(r.get('key')), { i: r.i, value: r.get('value'), idx: r.idx('value') });
    return m;
  }
}

const zodMessage = (e: z.ZodError): string => e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');

/**
 * Settings from the Config tables, starting from `base` (the preset's settings) for anything a
 * table lacks or gets wrong. Missing tables keep the base part unchanged.
 */
export function settingsFromTables(tables: Map<string, TableData>, base: Settings): { settings: Settings; problems: ConfigProblem[] } {
  const r = new Reader(tables);
  const s: Settings = structuredClone(base);

  const meta = r.table('Config_Meta');
  if (meta) {
    const kv = r.kv(meta);
    const str = (k: string, apply: (v: string) => boolean, code: ConfigProblemCode): void => {
      const e = kv.get(k);
      if (e && !apply(cellText(e.value))) r.coded(meta, e.i, e.idx, e.value, code);
    };
    const set = (k: string, apply: (v: string) => unknown): void => {
      const e = kv.get(k);
      if (e) apply(cellText(e.value));
    };
    const bool = (k: string, apply: (v: boolean) => void): void => {
      const e = kv.get(k);
      if (!e) return;
      const b = cellToBoolean(e.value);
      if (b === null || b === undefined) r.coded(meta, e.i, e.idx, e.value, 'yesOrNo');
      else apply(b);
    };
    set('preset', (v) => (s.preset = v || s.preset));
    const tz = kv.get('timeZone');
    if (tz) {
      const v = cellText(tz.value);
      if (isKnownTimeZone(v)) s.calendar.timeZone = v;
      else r.coded(meta, tz.i, tz.idx, tz.value, 'timeZone', { kept: s.calendar.timeZone });
    }
    str('initialStatus', (v) => ((STATUSES as readonly string[]).includes((v = canonicalOrSelf('status', v))) ? ((s.initialStatus = v as Settings['initialStatus']), true) : false), 'metaStatus');
    str('defaultUrgency', (v) => ((LEVELS as readonly string[]).includes((v = canonicalOrSelf('level', v))) ? ((s.defaultUrgency = v as Settings['defaultUrgency']), true) : false), 'metaUrgency');
    set('ratingDimensions', (v) => (s.ratingDimensions = splitNames(v)));
    set('team', (v) => (v ? (s.team = v) : delete s.team));
    bool('vipRaisesPriority', (b) => (s.vipRaisesPriority = b));
    bool('maskContacts', (b) => (s.masking.contacts = b));
  }

  const lists = r.table('Config_Lists');
  if (lists) {
    const ix = r.columns(lists, LIST_COLUMNS);
    const column = (k: ListKey): string[] => (ix[k] < 0 ? [] : lists.rows.map((row) => cellText(row[ix[k]] ?? null)));
    const nonEmpty = (xs: string[]): string[] => [...new Set(xs.filter(Boolean))];
    const kinds = { channels: 'channel', departments: 'department', emotions: 'emotion' } as const;
    for (const k of ['channels', 'departments', 'emotions'] as const) if (ix[k] >= 0) s.lists[k] = nonEmpty(column(k).map((x) => canonicalOrSelf(kinds[k], x)));
    if (ix.owners >= 0) s.lists.owners = nonEmpty(column('owners'));
    if (ix.subcategories >= 0) {
      const of = column('subcategoryOf');
      const subs: Settings['lists']['subcategories'] = [];
      column('subcategories').forEach((name, i) => {
        if (!name) return;
        const cat = canonicalFor('category', of[i]) ?? of[i];
        if (!(CATEGORIES as readonly string[]).includes(cat)) {
          r.coded(lists, i, ix.subcategoryOf, cat, 'notCategory');
          return;
        }
        subs.push({ category: cat as Settings['lists']['subcategories'][number]['category'], name: canonicalOrSelf('subcategory', name) });
      });
      s.lists.subcategories = subs;
    }
  }

  const ruleTable = <T>(name: string, keys: string[], schema: z.ZodType<T>, build: (get: (k: string) => RawCell) => unknown, apply: (xs: T[]) => void, minOne = false): void => {
    const t = r.table(name);
    if (!t) return;
    const out: T[] = [];
    for (const row of r.rows(t, keys)) {
      const parsed = schema.safeParse(build(row.get));
      if (parsed.success) out.push(parsed.data);
      else {
        // zod paths are nested for durations (response.unit) and flat elsewhere.
        const path = parsed.error.issues[0]?.path ?? [];
        const nested = path.length > 1 ? `${String(path[0])}${String(path[1])[0].toUpperCase()}${String(path[1]).slice(1)}` : String(path[0] ?? keys[0]);
        const k = keys.find((x) => x === nested) ?? keys.find((x) => x.startsWith(String(path[0] ?? ''))) ?? keys[0];
        r.coded(t, row.i, row.idx(k), row.get(k), 'invalidRow', { detail: zodMessage(parsed.error) });
      }
    }
    if (minOne && out.length === 0) {
      r.coded(t, 0, 0, null, 'noValidRows');
      return;
    }
    apply(out);
  };
  const num = (v: RawCell): number | undefined => cellToNumber(v) ?? undefined;

  ruleTable(
    'Config_SLA',
    ['priority', 'customerLevel', 'responseAmount', 'responseUnit', 'resolveAmount', 'resolveUnit'],
    slaRuleSchema,
    (g) => ({
      priority: canonicalOrSelf('level', cellText(g('priority'))),
      customerLevel: canonicalOrSelf('customerLevel', cellText(g('customerLevel'))) || '*',
      response: { amount: num(g('responseAmount')), unit: cellText(g('responseUnit')) },
      resolve: { amount: num(g('resolveAmount')), unit: cellText(g('resolveUnit')) },
    }),
    (xs) => (s.sla = xs),
    true,
  );
  const slaRows = r.table('Config_SLA') ? r.rows(r.table('Config_SLA')!, ['priority', 'customerLevel', 'responseAmount', 'responseUnit', 'resolveAmount', 'resolveUnit']) : [];
  ruleTable('Config_Routing', ['category', 'keyword', 'department', 'owner'], routingRuleSchema, (g) => ({ category: canonicalOrSelf('category', cellText(g('category'))) || '*', keyword: cellText(g('keyword')), department: canonicalOrSelf('department', cellText(g('department'))), owner: cellText(g('owner')) }), (xs) => (s.routing = xs));
  ruleTable('Config_Keywords', ['level', 'keyword', 'reason'], priorityKeywordSchema, (g) => ({ level: canonicalOrSelf('level', cellText(g('level'))), keyword: cellText(g('keyword')), reason: cellText(g('reason')) }), (xs) => (s.priorityKeywords = xs));
  ruleTable('Config_Suggestions', ['category', 'subcategory', 'suggestion', 'department'], suggestionSchema, (g) => ({ category: canonicalOrSelf('category', cellText(g('category'))) || '*', subcategory: canonicalOrSelf('subcategory', cellText(g('subcategory'))), suggestion: canonicalOrSelf('suggestion', cellText(g('suggestion'))), department: canonicalOrSelf('department', cellText(g('department'))) }), (xs) => (s.suggestions = xs));
  ruleTable('Config_Scripts', ['scenario', 'category', 'text'], scriptSchema, (g) => ({ scenario: canonicalOrSelf('scriptScenario', cellText(g('scenario'))), category: canonicalOrSelf('category', cellText(g('category'))) || '*', text: canonicalOrSelf('script', cellText(g('text'))) }), (xs) => (s.scripts = xs));

  const hours = r.table('Config_Hours');
  if (hours) {
    const weekly: TimeWindow[][] = [[], [], [], [], [], [], []];
    const makeup: TimeWindow[] = [];
    let ok = 0;
    for (const row of r.rows(hours, ['day', 'start', 'end'])) {
      const dayText = cellText(row.get('day'));
      const d = Object.values(DAY_NAMES).map((names) => names.indexOf(dayText)).find((x) => x >= 0) ?? -1;
      const start = cellToHHmm(row.get('start'));
      const end = cellToHHmm(row.get('end'));
      if (d < 0) r.coded(hours, row.i, row.idx('day'), row.get('day'), 'dayName');
      else if (!start) r.coded(hours, row.i, row.idx('start'), row.get('start'), 'timeOfDay');
      else if (!end || end <= start) r.coded(hours, row.i, row.idx('end'), row.get('end'), 'endAfterStart');
      else {
        ok++;
        (d === 7 ? makeup : weekly[d]).push({ start, end });
      }
    }
    if (ok > 0 && weeklyOpenMinutes(weekly) < MIN_WEEKLY_OPEN_MINUTES) {
      r.coded(hours, 0, 0, null, 'hoursTooFew', { minimum: MIN_WEEKLY_OPEN_MINUTES });
    } else if (ok > 0) {
      const byStart = (a: TimeWindow, b: TimeWindow): number => a.start.localeCompare(b.start);
      s.calendar.weekly = weekly.map((w) => w.sort(byStart));
      s.calendar.makeupWindows = makeup.length ? makeup.sort(byStart) : s.calendar.makeupWindows;
    }
  }

  const hol = r.table('Config_Holidays');
  if (hol) {
    const holidays: { date: string; name: string }[] = [];
    const makeupDays: { date: string; name: string }[] = [];
    const types = Object.values(HOLIDAY_TYPES);
    // A date listed twice counts once in the engine but twice in the due-soon colour's formula.
    const firstRow = new Map<string, number>();
    for (const row of r.rows(hol, ['date', 'dayType', 'name'])) {
      const date = cellToDate(row.get('date'));
      const type = cellText(row.get('dayType'));
      const seen = date ? firstRow.get(date) : undefined;
      if (date && seen === undefined) firstRow.set(date, hol.headerRow + 1 + row.i);
      if (date && seen !== undefined) r.coded(hol, row.i, row.idx('date'), date, 'dateTwice', { row: seen });
      if (!date) r.coded(hol, row.i, row.idx('date'), row.get('date'), 'date');
      else if (types.some((t) => t[1] === type)) makeupDays.push({ date, name: cellText(row.get('name')) });
      else if (types.some((t) => t[0] === type) || type === '') holidays.push({ date, name: cellText(row.get('name')) });
      else r.coded(hol, row.i, row.idx('dayType'), row.get('dayType'), 'dayType');
    }
    s.calendar.holidays = holidays;
    s.calendar.makeupDays = makeupDays;
  }

  const numbering = r.table('Config_Numbering');
  if (numbering) {
    const [first, ...older] = r.rows(numbering, ['pattern', 'example', 'use']);
    const p = first ? cellText(first.get('pattern')) : '';
    if (!p) r.coded(numbering, 0, 0, null, 'patternEmpty');
    else if (isValidPattern(p)) s.numbering.pattern = p;
    else r.coded(numbering, first!.i, first!.idx('pattern'), p, 'numberingPattern', { kept: s.numbering.pattern });
    // Rows below the first: patterns of numbers kept from earlier records (accepted, never issued).
    const accepted: string[] = [];
    for (const row of older) {
      const q = cellText(row.get('pattern'));
      if (!q) continue;
      if (isValidPattern(q)) accepted.push(q);
      else r.coded(numbering, row.i, row.idx('pattern'), q, 'numberingPattern', { kept: s.numbering.pattern });
    }
    if (accepted.length) s.numbering.accepted = accepted;
    else delete s.numbering.accepted;
  }

  const reserved = r.table('Config_Reserved');
  if (reserved) {
    const ids = r.rows(reserved, ['reservedNumber']).map((row) => cellText(row.get('reservedNumber')).trim());
    const list = [...new Set(ids.filter(Boolean))];
    if (list.length) s.numbering.reserved = list;
    else delete s.numbering.reserved;
  }

  const fu = r.table('Config_FollowUp');
  if (fu) {
    const kv = r.kv(fu);
    const next: Record<string, number> = { ...s.followUp };
    for (const key of Object.keys(followUpSchema.shape)) {
      const e = kv.get(key);
      if (!e) continue;
      const n = cellToNumber(e.value);
      const one = followUpSchema.shape[key as keyof typeof followUpSchema.shape].safeParse(n);
      if (n === null || n === undefined || !one.success) r.coded(fu, e.i, e.idx, e.value, 'nonNegative');
      else next[key] = n;
    }
    s.followUp = followUpSchema.parse(next);
  }

  // SLA targets beyond reach of the (final) hours: refused, so no refresh walks for ever.
  const sla = r.table('Config_SLA');
  if (sla && s.sla !== base.sla) {
    const kept: Settings['sla'] = [];
    s.sla.forEach((rule, k) => {
      const bad = [rule.response, rule.resolve].find((d) => !targetWithinReach(d, s.calendar));
      if (!bad) return kept.push(rule);
      const row = slaRows[k];
      const key = bad === rule.response ? 'responseAmount' : 'resolveAmount';
      r.coded(sla, row?.i ?? 0, row?.idx(key) ?? 0, row?.get(key) ?? bad.amount, 'slaTooLong', { amount: bad.amount, unit: bad.unit });
    });
    s.sla = kept.length ? kept : base.sla;
  }

  const whole = settingsSchema.safeParse(s);
  if (!whole.success) {
    const params = { value: '', detail: zodMessage(whole.error) };
    r.problems.push({ table: 'Config_Meta', sheet: meta?.sheet ?? '', row: 0, column: '', value: '', message: configProblemMessage('invalidSettings', 'zh-CN', params), code: 'invalidSettings', params });
    return { settings: base, problems: r.problems };
  }
  return { settings: whole.data, problems: r.problems };
}

/**
 * The Config tables a structured workbook lacks, as one problem of the whole workbook (their
 * rules use `preset`'s defaults); null when it has them all. The command warns with it, 检查 shows it.
 * @example missingConfigTablesProblem(new Set(['Tickets']), 'standard')?.params // { tables: 'Config_Meta,Config_Lists,…', preset: 'standard' }
 */
export function missingConfigTablesProblem(present: ReadonlySet<string>, preset: string): ConfigProblem | null {
  const missing = CONFIG_TABLES.filter((n) => !present.has(n));
  if (!missing.length) return null;
  const params = { tables: missing.join(','), preset };
  return { table: missing[0], sheet: '', row: 0, column: '', value: '', message: configProblemMessage('tablesMissing', 'zh-CN', params), code: 'tablesMissing', params };
}

/** The schema version and preset recorded in Config_Meta, if any. */
export function metaOf(tables: Map<string, TableData>): { schemaVersion: number | null; preset: string | null } {
  const meta = tables.get('Config_Meta');
  if (!meta) return { schemaVersion: null, preset: null };
  const kv = new Reader(tables).kv(meta);
  const v = cellToNumber(kv.get('schemaVersion')?.value ?? null);
  const p = cellText(kv.get('preset')?.value ?? null);
  return { schemaVersion: typeof v === 'number' ? v : null, preset: p || null };
}
