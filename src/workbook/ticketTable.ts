/**
 * The `Tickets` table: its columns (canonical fields in schema order with localised headers,
 * one column per rating dimension, extra source columns at the end) and the conversion of
 * tickets to rows and back.
 */
import { uniqueColumnName } from '../core/excelLimits/limits';
import { fieldWord } from '../core/i18n/fieldVocabulary';
import { canonicalFor, canonicalOrSelf, wordFor } from '../core/i18n/vocabulary';
import { word } from '../core/i18n/words';
import { CATEGORIES, CUSTOMER_LEVELS, ESCALATIONS, LEVELS, SLA_STATES, STATUSES } from '../core/schema/enums';
import { FIELD_META, LOCALES, type FieldKind, type Locale } from '../core/schema/fieldMeta';
import { emptyTicket, TICKET_FIELDS, type Ticket, type TicketField } from '../core/schema/ticket';
import { makeProblem, type Problem } from '../core/validation/problem';
import {
  normalizeCategory,
  normalizeCustomerLevel,
  normalizeLevel,
  normalizeStatus,
} from '../core/parse/normalizeEnums';
import { cellText, cellToLocal, cellToNumber, splitNames } from './cells';
import type { ColumnPlan, ColumnType, PlanCell, RawCell, TableData } from './types';

export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';
/** Excel's text number format. */
export const TEXT_FORMAT = '@';
export const RATING_PREFIX = 'rating:';
export const EXTRA_PREFIX = 'extra:';
/** Separator between the ratings label and a dimension in a header: 分项评分·响应速度. */
const RATING_SEP = '·';

const TYPE_OF_KIND: Record<FieldKind, ColumnType> = {
  text: 'text',
  longText: 'longText',
  datetime: 'datetime',
  enum: 'text',
  list: 'text',
  rating: 'integer',
  ratings: 'integer',
  names: 'text',
};

/** Rating dimensions shown as columns: the settings' ones, then any others the tickets carry. */
export function ratingDimensionsOf(settingsDims: readonly string[], tickets: readonly Ticket[]): string[] {
  const dims = [...settingsDims];
  for (const t of tickets) for (const d of Object.keys(t.ratings)) if (!dims.includes(d)) dims.push(d);
  return dims;
}

/** Extra column headers in first-seen order. */
export function extraHeadersOf(tickets: readonly Ticket[]): string[] {
  const seen: string[] = [];
  const set = new Set<string>();
  for (const t of tickets)
    for (const k of Object.keys(t.extra))
      if (!set.has(k)) {
        set.add(k);
        seen.push(k);
      }
  return seen;
}

export function ticketColumns(
  locale: Locale,
  ratingDims: readonly string[],
  extraHeaders: readonly string[],
): ColumnPlan[] {
  const cols: ColumnPlan[] = [];
  for (const f of TICKET_FIELDS) {
    const meta = FIELD_META[f];
    if (f === 'ratings') {
      for (const d of ratingDims) {
        // A built-in dimension is headed in the workbook's language; a team's own as typed.
        const shown = wordFor('ratingDimension', d, locale);
        cols.push({
          key: RATING_PREFIX + d,
          header: `${meta.labels[locale]}${RATING_SEP}${shown}`,
          type: 'integer',
          width: Math.max(8, shown.length * 2 + 6),
        });
      }
      continue;
    }
    const type = TYPE_OF_KIND[meta.kind];
    cols.push({
      key: f,
      header: meta.labels[locale],
      type,
      width: Math.max(meta.width, meta.labels[locale].length * 2 + 3),
      ...(type === 'datetime' ? { numFmt: DATETIME_FORMAT } : {}),
      // Text stays text in every host, also in rows typed later (a customer id 00123 is not 123).
      ...(type === 'text' || type === 'longText' ? { numFmt: TEXT_FORMAT } : {}),
      ...(type === 'longText' ? { wrap: true } : {}),
    });
  }
  // Excel table headers must be unique ignoring case, non-empty, without controls, ≤ 255 characters.
  const used = new Set(cols.map((c) => c.header.toLowerCase()));
  extraHeaders.forEach((h, i) => {
    const header = uniqueColumnName(h, used, word('header.unnamedColumn', locale, { n: i + 1 }));
    cols.push({
      key: EXTRA_PREFIX + h,
      header,
      type: 'text',
      width: Math.min(30, Math.max(10, header.length * 2 + 2)),
    });
  });
  return cols;
}

/** One ticket as a row of the Tickets table (LocalDateTime strings in datetime columns, list values in `locale`). */
export function ticketToRow(t: Ticket, columns: readonly ColumnPlan[], locale: Locale = 'zh-CN'): PlanCell[] {
  return ticketRowReader(columns, locale)(t);
}

type CellReader = (t: Ticket) => PlanCell;

/** How one column's cell is read from a ticket, decided once per column (not once per cell). */
function cellReader(c: ColumnPlan, locale: Locale): CellReader {
  if (c.key.startsWith(RATING_PREFIX)) {
    const dim = c.key.slice(RATING_PREFIX.length);
    return (t) => t.ratings[dim] ?? null;
  }
  if (c.key.startsWith(EXTRA_PREFIX)) {
    const header = c.key.slice(EXTRA_PREFIX.length);
    return (t) => t.extra[header] ?? null;
  }
  const key = c.key as TicketField;
  if (key === 'coOwners') return (t) => t.coOwners.join('、');
  return (t) => {
    const v = t[key];
    if (v === undefined || v === null || v === '') return null;
    return typeof v === 'string' ? fieldWord(key, v, locale) : (v as PlanCell);
  };
}

const readers = new WeakMap<readonly ColumnPlan[], Map<Locale, (t: Ticket) => PlanCell[]>>();

/**
 * The function that turns a ticket into a row of `columns` (ticketToRow), made once per columns
 * and locale: 100,000 rows then cost one call per cell.
 */
function ticketRowReader(columns: readonly ColumnPlan[], locale: Locale): (t: Ticket) => PlanCell[] {
  let byLocale = readers.get(columns);
  if (!byLocale) readers.set(columns, (byLocale = new Map()));
  let read = byLocale.get(locale);
  if (!read) {
    const cells = columns.map((c) => cellReader(c, locale));
    read = (t) => {
      const row: PlanCell[] = new Array<PlanCell>(cells.length);
      for (let i = 0; i < cells.length; i++) row[i] = cells[i](t);
      return row;
    };
    byLocale.set(locale, read);
  }
  return read;
}

/**
 * The locale a Tickets table was written in, from its headers (the one whose labels match most).
 * @example localeOfHeaders(['Ticket No.', 'Received', '来源']) // → 'en-US'
 */
export function localeOfHeaders(headers: readonly string[]): Locale {
  const hits = (l: Locale): number => headers.filter((h) => LABELS_OF[l].has(h.trim())).length;
  return LOCALES.reduce((best, l) => (hits(l) > hits(best) ? l : best), 'zh-CN' as Locale);
}
const LABELS_OF = Object.fromEntries(
  LOCALES.map((l) => [l, new Set(TICKET_FIELDS.map((f) => FIELD_META[f].labels[l]))]),
) as Record<Locale, Set<string>>;

const LABEL_TO_FIELD: Map<string, TicketField> = (() => {
  const m = new Map<string, TicketField>();
  for (const f of TICKET_FIELDS) for (const loc of LOCALES) m.set(FIELD_META[f].labels[loc], f);
  return m;
})();
const RATING_LABELS = LOCALES.map((loc) => FIELD_META.ratings.labels[loc] + RATING_SEP);

type ColumnRole = { field: TicketField } | { rating: string } | { extra: string };

/** What each header of a Tickets table holds (written in any of the three locales). */
export function ticketColumnRoles(headers: readonly string[]): ColumnRole[] {
  return headers.map((h) => {
    const text = h.trim();
    const f = LABEL_TO_FIELD.get(text) ?? (TICKET_FIELDS as readonly string[]).find((k) => k === text);
    if (f) return { field: f as TicketField };
    const rl = RATING_LABELS.find((p) => text.startsWith(p));
    if (rl) return { rating: canonicalOrSelf('ratingDimension', text.slice(rl.length)) };
    return { extra: text };
  });
}

const ENUMS = {
  category: { values: CATEGORIES as readonly string[], normalize: normalizeCategory, code: 'unknownCategory' },
  urgency: { values: LEVELS as readonly string[], normalize: normalizeLevel, code: 'unknownLevel' },
  priority: { values: LEVELS as readonly string[], normalize: normalizeLevel, code: 'unknownLevel' },
  status: { values: STATUSES as readonly string[], normalize: normalizeStatus, code: 'unknownStatus' },
  customerLevel: {
    values: CUSTOMER_LEVELS as readonly string[],
    normalize: normalizeCustomerLevel,
    code: 'unknownCustomerLevel',
  },
} as const;

/**
 * Tickets from the rows of a `Tickets` table. Cells that cannot be read become empty and a
 * problem naming the sheet row and the header. Derived fields are read as written (the engine
 * recomputes them on refresh).
 */
export function ticketsFromTable(table: TableData): { tickets: Ticket[]; rows: number[]; problems: Problem[] } {
  const roles = ticketColumnRoles(table.headers);
  const tickets: Ticket[] = [];
  const rows: number[] = [];
  const problems: Problem[] = [];
  table.rows.forEach((cells, i) => {
    const row = table.headerRow + 1 + i;
    if (cells.every((c) => c === null || c === '')) return;
    const t = emptyTicket();
    roles.forEach((role, j) => {
      const v = cells[j] ?? null;
      const header = table.headers[j];
      if ('extra' in role) {
        if (v === null || v === '') return;
        t.extra[role.extra] = v instanceof Date ? cellText(v) : (v as string | number | boolean);
        return;
      }
      if ('rating' in role) {
        const n = cellToNumber(v);
        if (n === null) return;
        if (n === undefined || !Number.isInteger(n) || n < 1 || n > 5) {
          problems.push(makeProblem('invalidRating', row, 'ratings', { value: cellText(v) }, header));
          return;
        }
        t.ratings[role.rating] = n;
        return;
      }
      readField(t, role.field, v, row, header, problems);
    });
    tickets.push(t);
    rows.push(row);
  });
  return { tickets, rows, problems };
}

function readField(t: Ticket, f: TicketField, v: RawCell, row: number, header: string, problems: Problem[]): void {
  const kind = FIELD_META[f].kind;
  const text = cellText(v);
  if (kind === 'datetime') {
    const at = cellToLocal(v);
    if (at === undefined) problems.push(makeProblem('invalidDateTime', row, f, { value: text }, header));
    else (t as Record<string, unknown>)[f] = at;
    return;
  }
  if (f === 'satisfaction') {
    const n = cellToNumber(v);
    if (n === null) return;
    if (n === undefined || !Number.isInteger(n) || n < 1 || n > 5)
      problems.push(makeProblem('invalidRating', row, f, { value: text }, header));
    else t.satisfaction = n;
    return;
  }
  if (f === 'coOwners') {
    t.coOwners = splitNames(text);
    return;
  }
  if (f === 'ratings') return;
  if (f in ENUMS) {
    if (text === '') return;
    const e = ENUMS[f as keyof typeof ENUMS];
    const value = e.values.includes(text) ? text : e.normalize(text);
    if (value === null || value === undefined) problems.push(makeProblem(e.code, row, f, { value: text }, header));
    else (t as Record<string, unknown>)[f] = value;
    return;
  }
  if (f === 'slaState') {
    const v = canonicalFor('slaState', text) ?? text;
    t.slaState = (SLA_STATES as readonly string[]).includes(v) ? (v as Ticket['slaState']) : null;
    return;
  }
  if (f === 'escalation') {
    const v = canonicalFor('escalation', text) ?? text;
    t.escalation = (ESCALATIONS as readonly string[]).includes(v) ? (v as Ticket['escalation']) : '';
    return;
  }
  if (f === 'channel' || f === 'department' || f === 'emotion' || f === 'subcategory') {
    t[f] = canonicalOrSelf(f, text);
    return;
  }
  (t as Record<string, unknown>)[f] = text;
}
