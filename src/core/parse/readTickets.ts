/**
 * Reads the data rows of a recognised table into canonical tickets. Every non-empty source row
 * yields one ticket (`sourceRows[i]` is its 1-based sheet row); nothing is lost: values that do not
 * parse become problems and keep their raw text in `ticket.extra` under the source header, unknown
 * columns and columns of derived fields (处理时限 …, recomputed by the engine) go to `extra` too.
 * Contacts are masked (Settings.masking) and ID-card / bank-card numbers are redacted in every
 * text, including extra columns and log lines.
 *
 * Decisions: `-`, `—`, `/`, `无`, `N/A` count as empty; a short 客户反馈 that is only a
 * satisfaction word (seed 000's `满意`) also fills satisfaction; satisfaction is the rounded mean of
 * the rating dimensions when only they are given; a year-less date (`03-15 14:30`) takes the year
 * of the nearest row above (else below) that writes one, else `opts.defaultYear`; values from
 * plain columns win over values split out of compound cells.
 */
import { FIELD_META } from '../schema/fieldMeta';
import type { LogEntry } from '../schema/log';
import { emptyTicket, type Ticket, type TicketField } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import type { LocalDateTime } from '../time/localDateTime';
import { redactCell, redactSecrets, redactText, type SecretFound, type SecretKind } from '../privacy/redactSecrets';
import { makeProblem, type Problem, type ProblemCode } from '../validation/problem';
import { splitCompound, type CompoundContext, type CompoundLogLine } from '../headers/splitCompound';
import { rowLogKey } from '../engine/completeTable';
import type { ColumnGuess, CompoundKind, SkipReason, TableGuess } from '../headers/types';
import { cellText, extraValue, isBlank } from './cell';
import { combineDateTime } from './combineDateTime';
import { canonicalFor } from '../i18n/vocabulary';
import { matchListValue, normalizeCategory, normalizeCustomerLevel, normalizeLevel, normalizeStatus } from './normalizeEnums';
import { parseDateTime } from './parseDateTime';
import { parseSatisfaction, satisfactionInText, satisfactionOfRatings } from './parseSatisfaction';
import { nfkc } from '../text/nfkc';
import { fitCellText } from '../excelLimits/limits';

export interface Redaction {
  /** 1-based sheet row. */
  row: number;
  field: string;
  column: string;
  kind: SecretKind;
  masked: string;
}

export interface ImportResult {
  tickets: Ticket[];
  logs: LogEntry[];
  problems: Problem[];
  redactions: Redaction[];
  /** Headers of columns kept as extra because no field matched them. */
  unmapped: string[];
  /** Compound columns and the fields they were split into. */
  splits: { column: string; into: string[] }[];
  /** 1-based sheet row of each ticket. */
  sourceRows: number[];
  /** Headers of columns that map to a derived field: kept as extra, recomputed by the engine. */
  derivedKept: string[];
  /** Non-blank rows that are not tickets, with why and their text (for the report). */
  skipped: SkippedRow[];
  /** Cells changed to fit Excel: characters XML cannot carry removed, text cut at 32,767. */
  fitted: FittedCell[];
}

export interface FittedCell {
  /** 1-based sheet row. */
  row: number;
  column: string;
  removed: number;
  truncatedFrom: number | null;
  /** The first characters of the cell's text (secrets and contacts masked), so the report can quote it. */
  start: string;
}

/** How many characters of a changed cell the report quotes. */
const QUOTED_START = 20;

/**
 * The opening of a text as the report quotes it: its first characters, secrets and contacts
 * masked (never cut inside a surrogate pair).
 * @example quotedStart('长'.repeat(40_000)) === '长'.repeat(20) + '…'
 */
export function quotedStart(text: string): string {
  const masked = redactSecrets(text.slice(0, QUOTED_START * 4), { contacts: true }).text;
  if (masked.length <= QUOTED_START) return masked;
  const cut = /[\uD800-\uDBFF]/.test(masked[QUOTED_START - 1]) ? QUOTED_START - 1 : QUOTED_START;
  return masked.slice(0, cut) + '…';
}

export interface SkippedRow {
  /** 1-based sheet row. */
  row: number;
  reason: SkipReason | 'cell';
  /** The row's non-empty cells, ` | `-joined (ID and bank-card numbers redacted). */
  text: string;
}

export interface ReadOptions {
  settings: Settings;
  /** File name or "workbook", for the report. */
  source: string;
  sheet?: string;
  /** Sheet row number of grid[0] (default 1: the grid starts at A1). */
  firstRowNumber?: number;
  /** Year for month-day dates when no row writes a year. */
  defaultYear?: number;
}

const PLACEHOLDER = /^(?:[-—–_/\\·.。]+|无|暂无|n\/?a|null|none)$/i;
const YEAR_IN_TEXT = /(?:^|\D)((?:19|20)\d{2})\s*[-/.年]\s*\d{1,2}/;
const ENUM_PROBLEMS: Partial<Record<TicketField, ProblemCode>> = {
  status: 'unknownStatus',
  urgency: 'unknownLevel',
  priority: 'unknownLevel',
  customerLevel: 'unknownCustomerLevel',
};
const LIST_KIND = { channels: 'channel', departments: 'department', emotions: 'emotion' } as const;
const OPEN_LISTS: Partial<Record<TicketField, 'channels' | 'departments' | 'emotions'>> = {
  channel: 'channels',
  department: 'departments',
  emotion: 'emotions',
};
/** Compounds are split in this order: the problem's date helps the process, the process's the result. */
const COMPOUND_ORDER: CompoundKind[] = ['客户信息', '问题详情', '处理过程', '沟通记录', '结果与反馈', '归档信息'];
/**
 * Compounds whose lines are a ticket's whole history, so their first time is its receipt and
 * their last its latest update. Seed 004's 沟通记录 is not: the sheet has its own 创建时间 and the
 * split fills only what the row left empty.
 */
const TIMELINE_COMPOUNDS: ReadonlySet<CompoundKind> = new Set(['处理过程', '结果与反馈']);

type SubcategoryEntry = Settings['lists']['subcategories'][number];
const subcategoryNames = new WeakMap<readonly SubcategoryEntry[], string[]>();

/** The listed subcategory a cell names (Traditional or Simplified), if any. */
function findSubcategory(text: string, list: readonly SubcategoryEntry[]): SubcategoryEntry | undefined {
  let names = subcategoryNames.get(list);
  if (!names) subcategoryNames.set(list, (names = list.map((x) => x.name)));
  const name = matchListValue(text, names);
  return name === null ? undefined : list.find((x) => x.name === name);
}

const EMPTY: Readonly<Record<string, unknown>> = emptyTicket();

const isEmptyCell = (v: unknown): boolean => isBlank(v) || (typeof v === 'string' && PLACEHOLDER.test(v.trim()));

function yearInCell(v: unknown): number | null {
  if (v instanceof Date) return parseDateTime(v) ? v.getUTCFullYear() : null;
  // An Excel serial (Office.js hands dates as numbers); fractions below 1 are times only.
  if (typeof v === 'number') return v >= 1 ? Number(parseDateTime(v)?.slice(0, 4)) || null : null;
  if (typeof v !== 'string') return null;
  const m = YEAR_IN_TEXT.exec(nfkc(v));
  return m ? Number(m[1]) : null;
}

/** The year each row lends to its year-less dates: its own, else the nearest above, else below. */
function rowYears(rows: unknown[][], columns: ColumnGuess[], fallback?: number): (number | undefined)[] {
  const dated = columns.filter((c) => c.compound || (c.field && FIELD_META[c.field].kind === 'datetime'));
  const own = rows.map((row) => {
    for (const c of dated) {
      const y = yearInCell(row[c.index]);
      if (y) return y;
    }
    return null;
  });
  // Linear: the nearest year above, then below, carried along in two passes.
  const above: (number | null)[] = [];
  let last: number | null = null;
  for (const y of own) above.push((last = y ?? last));
  const result: (number | undefined)[] = new Array(own.length);
  let next: number | null = null;
  for (let i = own.length - 1; i >= 0; i--) {
    next = own[i] ?? next;
    result[i] = above[i] ?? next ?? fallback;
  }
  return result;
}

/** ISO local times of one shape compare as text. */
const later = (a: LocalDateTime | null, b: LocalDateTime | null): LocalDateTime | null => (!a ? b : !b ? a : b > a ? b : a);

class RowReader {
  readonly ticket: Ticket = emptyTicket();
  readonly log: CompoundLogLine[] = [];
  /** The lines of TIMELINE_COMPOUNDS: they may lend the receipt and the latest update. */
  readonly timeline: CompoundLogLine[] = [];

  constructor(
    private readonly rowNumber: number,
    private readonly out: ImportResult,
    private readonly settings: Settings,
  ) {}

  problem(code: ProblemCode, field: string, column: string, params: Record<string, string | number> = {}): void {
    this.out.problems.push(makeProblem(code, this.rowNumber, field, params, column));
  }

  /** Redacts ID/bank numbers (and masks contacts) in a text bound for a cell. */
  clean(text: string, field: string, column: string): string {
    const fit = fitCellText(text);
    if (fit.removed || fit.truncatedFrom !== null) this.out.fitted.push({ row: this.rowNumber, column, removed: fit.removed, truncatedFrom: fit.truncatedFrom, start: quotedStart(fit.text) });
    const r = redactSecrets(fit.text, { contacts: this.settings.masking.contacts, contactCell: field === 'contact' });
    this.report(r.found, field, column);
    return r.text;
  }

  /** Lists the ID, card and long numbers found for the import report (contacts are routine). */
  report(found: readonly SecretFound[], field: string, column: string): void {
    for (const f of found)
      if (f.kind !== 'contact') this.out.redactions.push({ row: this.rowNumber, field, column, kind: f.kind, masked: f.masked });
  }

  /** A cell kept as an extra column under its (redacted) header; a number holding a secret becomes its redacted text. */
  keep(header: string, v: unknown): void {
    const x = extraValue(v);
    const key = redactText(header);
    if (typeof x === 'string') this.ticket.extra[key] = this.clean(x, key, key);
    else {
      const r = redactCell(x, { contacts: this.settings.masking.contacts });
      this.report(r.found, key, key);
      this.ticket.extra[key] = r.value;
    }
  }

  setField(col: ColumnGuess & { field: TicketField }, v: unknown, year: number | undefined): void {
    const { field, header } = col;
    const meta = FIELD_META[field];
    const t = this.ticket as Record<TicketField, unknown>;
    const text = cellText(v);
    switch (meta.kind) {
      case 'text':
      case 'longText':
        t[field] = this.clean(text, field, header);
        return;
      case 'datetime': {
        const at = parseDateTime(v, { year });
        if (at) t[field] = at;
        else this.reject('invalidDateTime', col, v);
        return;
      }
      case 'names':
        // Redacted before splitting: a number split on its spaces would be short enough to pass.
        this.ticket.coOwners = this.clean(text, field, header)
          .split(/[,，、;；/|\s]+/)
          .map((s) => s.trim())
          .filter(Boolean);
        return;
      case 'rating': {
        const score = parseSatisfaction(v);
        if (score !== null) this.ticket.satisfaction = score;
        else this.reject('invalidRating', col, v);
        return;
      }
      case 'ratings': {
        const score = parseSatisfaction(v);
        if (score !== null) this.ticket.ratings[col.dimension ?? header] = score;
        else this.reject('invalidRating', col, v);
        return;
      }
      case 'enum':
        this.setEnum(col, v, text);
        return;
    }
  }

  private setEnum(col: ColumnGuess & { field: TicketField }, v: unknown, text: string): void {
    const { field, header } = col;
    switch (field) {
      case 'category': {
        const c = normalizeCategory(v);
        // 服务类型 `故障维修` is a category and, when listed, a subcategory too.
        const listed = findSubcategory(text, this.settings.lists.subcategories);
        if (c) {
          this.ticket.category = c;
          if (listed && listed.name !== c && !this.ticket.subcategory) this.ticket.subcategory = listed.name;
          return;
        }
        // Seed 003's 问题类型 holds subcategories (产品功能, 物流服务): keep it there.
        const sub = listed;
        this.ticket.subcategory ||= this.clean(sub?.name ?? text, 'subcategory', header);
        if (sub) this.ticket.category = sub.category;
        else this.problem('unknownCategory', field, header, { value: text });
        return;
      }
      case 'status':
      case 'urgency':
      case 'priority':
      case 'customerLevel': {
        const value =
          field === 'status' ? normalizeStatus(v) : field === 'customerLevel' ? normalizeCustomerLevel(v) : normalizeLevel(v);
        if (value) (this.ticket as Record<string, unknown>)[field] = value;
        else this.reject(ENUM_PROBLEMS[field] ?? 'unknownListValue', col, v);
        return;
      }
      default: {
        const list = OPEN_LISTS[field];
        // A list value in any of the three vocabularies (線上客服, Online chat) meets the list's own.
        const known = list ? (matchListValue(text, this.settings.lists[list]) ?? matchListValue(canonicalFor(LIST_KIND[list], text) ?? '', this.settings.lists[list])) : null;
        (this.ticket as Record<string, unknown>)[field] = known ?? this.clean(text, field, header);
      }
    }
  }

  /** A value that did not parse: a problem, and the raw text kept under the source header. */
  reject(code: ProblemCode, col: ColumnGuess, v: unknown): void {
    this.problem(code, col.field ?? col.header, col.header, { value: cellText(v) });
    this.keep(col.header, v);
  }

  /** Fields split out of a compound cell fill only what the plain columns left empty. */
  merge(fields: Partial<Ticket>, column: string): string[] {
    const filled: string[] = [];
    const t = this.ticket as Record<string, unknown>;
    const empty = EMPTY;
    for (const [k, val] of Object.entries(fields)) {
      if (val === undefined || val === null || val === '') continue;
      if (t[k] !== empty[k]) continue;
      t[k] = typeof val === 'string' ? this.clean(val, k, column) : val;
      filled.push(k);
    }
    return filled;
  }
}

export function readTickets(grid: unknown[][], guess: TableGuess, opts: ReadOptions): ImportResult {
  const out: ImportResult = { tickets: [], logs: [], problems: [], redactions: [], unmapped: [], splits: [], sourceRows: [], derivedKept: [], skipped: [], fitted: [] };
  const first = opts.firstRowNumber ?? 1;
  // Headers are quoted in extra columns, problems and the report: their secrets are masked first.
  const cols = guess.columns.map((c) => ({ ...c, header: redactText(c.header) }));
  const plain = cols.filter((c): c is ColumnGuess & { field: TicketField } => c.field !== null);
  const derived = plain.filter((c) => FIELD_META[c.field].derived);
  const regular = plain.filter((c) => !FIELD_META[c.field].derived && c.field !== 'receivedAt');
  const receivedCols = plain.filter((c) => c.field === 'receivedAt');
  const dateCol = cols.find((c) => c.compound === '沟通日期');
  const timeCols = [...cols.filter((c) => c.compound === '沟通时间'), ...receivedCols];
  const compounds = COMPOUND_ORDER.flatMap((k) => cols.filter((c) => c.compound === k));
  const unknown = cols.filter((c) => c.field === null && !c.compound);
  out.unmapped = unknown.map((c) => c.header);
  out.derivedKept = derived.map((c) => c.header);
  const splitInto = new Map<string, Set<string>>(compounds.map((c) => [c.header, new Set<string>()]));
  const keptColumns = [...unknown, ...derived];

  const skip = new Set((guess.skipped ?? []).map((s) => s.index));
  for (const s of guess.skipped ?? []) out.skipped.push(skippedRow(grid, s.index, first, s.reason, out, opts.settings.masking.contacts));
  const rowIndexes: number[] = [];
  for (let r = Math.max(0, guess.firstDataRow); r <= guess.lastDataRow && r < grid.length; r++) {
    const row = Array.isArray(grid[r]) ? grid[r] : [];
    if (!skip.has(r) && !row.every(isEmptyCell)) rowIndexes.push(r);
  }
  const rows = rowIndexes.map((r) => grid[r] as unknown[]);
  const years = rowYears(rows, cols, opts.defaultYear);
  // The numbers of the rows read so far; as a Set only from the first row with log lines (the only
  // rows that ask), so a table without compound columns makes no 100,000-entry Set.
  const numbersSoFar: string[] = [];
  let numbersSeen: Set<string> | null = null;

  rows.forEach((row, i) => {
    const rowNumber = rowIndexes[i] + first;
    const year = years[i];
    const reader = new RowReader(rowNumber, out, opts.settings);
    const cell = (c: ColumnGuess): unknown => row[c.index];

    for (const c of regular) if (!isEmptyCell(cell(c))) reader.setField(c, cell(c), year);
    for (const c of keptColumns) if (!isBlank(cell(c))) reader.keep(c.header, cell(c));

    // Received time: a date column joined with a time column, or one column with both.
    readReceived(reader, dateCol, timeCols, row, year);

    // Compound cells, each lending its dates to the next.
    let date = reader.ticket.receivedAt?.slice(0, 10);
    for (const c of compounds) {
      const v = cell(c);
      if (isEmptyCell(v) || !c.compound) continue;
      const ctx: CompoundContext = { year, ...(date ? { date } : {}) };
      const split = splitCompound(c.compound, v, ctx);
      const filled = reader.merge(split.fields, c.header);
      filled.forEach((f) => splitInto.get(c.header)?.add(f));
      if (split.log.length > 0) splitInto.get(c.header)?.add('Ticket_Log');
      reader.log.push(...split.log);
      if (TIMELINE_COMPOUNDS.has(c.compound)) reader.timeline.push(...split.log);
      date = split.dateHint ?? split.log.filter((l) => l.at).pop()?.at?.slice(0, 10) ?? date;
      if (split.dateHint && !reader.ticket.receivedAt && c.compound === '问题详情') date = split.dateHint;
    }
    finishTicket(reader);
    out.tickets.push(reader.ticket);
    out.sourceRows.push(rowNumber);
    // A row without a number, or with one an earlier row has (it will be renumbered), keys its
    // lines by its sheet row: completeTable re-attaches them to the row's final number.
    const id = reader.ticket.id.trim();
    if (reader.log.length > 0) {
      numbersSeen ??= new Set(numbersSoFar);
      const ticketId = id && !numbersSeen.has(id) ? id : rowLogKey(rowNumber);
      for (const l of reader.log) {
        out.logs.push({
          ticketId,
          at: l.at,
          kind: l.kind,
          channel: l.channel || reader.ticket.channel,
          content: reader.clean(l.content, 'content', 'Ticket_Log'),
          nextStep: l.nextStep ? reader.clean(l.nextStep, 'nextStep', 'Ticket_Log') : '',
          by: l.by ? reader.clean(l.by, 'by', 'Ticket_Log') : '',
          status: l.status,
        });
      }
    }
    if (id) {
      numbersSoFar.push(id);
      numbersSeen?.add(id);
    }
  });
  out.splits = compounds.map((c) => ({ column: c.header, into: [...(splitInto.get(c.header) ?? [])] }));
  return out;
}

/** A row that is not a ticket, as the report shows it. */
function skippedRow(grid: unknown[][], index: number, first: number, reason: SkipReason, out: ImportResult, contacts: boolean): SkippedRow {
  const row = Array.isArray(grid[index]) ? grid[index] : [];
  const raw = row.filter((v) => !isBlank(v)).map(cellText).join(' | ');
  const fit = fitCellText(raw);
  if (fit.removed || fit.truncatedFrom !== null) out.fitted.push({ row: index + first, column: '', removed: fit.removed, truncatedFrom: fit.truncatedFrom, start: quotedStart(fit.text) });
  const r = redactSecrets(fit.text, { contacts });
  for (const f of r.found) if (f.kind !== 'contact') out.redactions.push({ row: index + first, field: '', column: '', kind: f.kind, masked: f.masked });
  return { row: index + first, reason, text: r.text };
}

function readReceived(reader: RowReader, dateCol: ColumnGuess | undefined, timeCols: ColumnGuess[], row: unknown[], year: number | undefined): void {
  const dateCell = dateCol ? row[dateCol.index] : undefined;
  const timeCol = timeCols.find((c) => !isEmptyCell(row[c.index]));
  const timeCell = timeCol ? row[timeCol.index] : undefined;
  if (isEmptyCell(dateCell) && isEmptyCell(timeCell)) return;
  const whole = timeCol ? parseDateTime(timeCell, { year }) : null;
  // A time column that holds a full date-time wins. Time-only cells are fractions below 1
  // (Office.js) or Dates on Excel's day zero, 1899-12-30 (exceljs): those need the date column.
  const timeOnly = (typeof timeCell === 'number' && timeCell < 1) || (whole !== null && whole < '1900-01-01');
  const at =
    whole && !timeOnly
      ? whole
      : dateCol && !isEmptyCell(dateCell)
        ? combineDateTime(dateCell, isEmptyCell(timeCell) ? null : timeCell, { year })
        : null;
  if (at) {
    reader.ticket.receivedAt = at;
    return;
  }
  const bad = timeCol ?? dateCol;
  if (bad) reader.reject('invalidDateTime', { ...bad, field: 'receivedAt' }, timeCol ? timeCell : dateCell);
}

/** Fills what follows from the rest of the row: satisfaction from ratings or a feedback word, last update. */
function finishTicket(reader: RowReader): void {
  const t = reader.ticket;
  t.satisfaction = t.satisfaction ?? satisfactionOfRatings(t.ratings);
  if (t.satisfaction === null && t.feedback && t.feedback.length <= 6) t.satisfaction = satisfactionInText(t.feedback);
  for (const l of reader.timeline) t.lastUpdateAt = later(t.lastUpdateAt, l.at);
  if (!t.receivedAt) t.receivedAt = reader.timeline.find((l) => l.at)?.at ?? null;
}
