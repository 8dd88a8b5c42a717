/**
 * Row checks for the 检查 tab and `servicebook validate`: missing essentials, values outside
 * the closed lists, impossible times, ratings out of range, unmasked contacts and full ID/bank
 * numbers; across rows, duplicate numbers and numbers that do not follow the pattern.
 * Each problem names the row, the field and the localised column header.
 */
import { CATEGORIES, CUSTOMER_LEVELS, DONE_STATUSES, LEVELS, STATUSES, type Status } from '../schema/enums';
import { normalizeKey } from '../text/normalizeKey';
import type { Ticket, TicketField } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import { isLocalDateTime, toMinutes } from '../time/localDateTime';
import { findDuplicateIds } from '../numbering/findDuplicates';
import { parsePattern, parseTicketNumber, type ParsedPattern } from '../numbering/pattern';
import { redactTicket } from '../privacy/redactTicket';
import { makeProblem, type Problem } from './problem';

const DATETIME_FIELDS: TicketField[] = [
  'receivedAt',
  'acceptedAt',
  'firstResponseAt',
  'resolvedAt',
  'lastUpdateAt',
  'archivedAt',
];
const has = (list: readonly string[], v: unknown): boolean => typeof v === 'string' && list.includes(v);
const blank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Normalised keys of a list, computed once per list (100,000 rows check the same lists). */
const listKeys = new WeakMap<readonly string[], Set<string>>();
function inList(v: string, list: readonly string[]): boolean {
  if (list.includes(v)) return true;
  let keys = listKeys.get(list);
  if (!keys) {
    keys = new Set(list.map(normalizeKey));
    listKeys.set(list, keys);
  }
  return keys.has(normalizeKey(v));
}

function safePattern(p: string): ParsedPattern | null {
  try {
    return parsePattern(p);
  } catch {
    return null;
  }
}

/**
 * Secrets and unmasked contacts anywhere in a ticket (every text field, 协办人, extra columns):
 * one problem per column and kind, quoting only the masked forms.
 */
function privacyProblems(t: Ticket, row: number, settings: Settings): Problem[] {
  const found = redactTicket(t, { contacts: settings.masking.contacts }).found;
  if (found.length === 0) return [];
  const byColumn = new Map<string, { field: string; code: 'contactUnmasked' | 'sensitiveDataFound'; kind: string; masked: string[] }>();
  for (const x of found) {
    const code = x.kind === 'contact' ? 'contactUnmasked' : 'sensitiveDataFound';
    const key = `${x.field}|${code}`;
    const entry = byColumn.get(key) ?? { field: x.field, code, kind: x.kind, masked: [] };
    entry.masked.push(x.masked);
    byColumn.set(key, entry);
  }
  return [...byColumn.values()].map((e) =>
    makeProblem(e.code, row, e.field, e.code === 'contactUnmasked' ? { masked: e.masked.join('、') } : { kind: e.kind, masked: e.masked.join('、') }),
  );
}

/** Checks one ticket. Row-crossing checks (duplicate numbers) are in validateTickets. */
export function validateTicket(t: Ticket, row: number, settings: Settings): Problem[] {
  const out: Problem[] = [];
  const loose = t as unknown as Record<string, unknown>;

  for (const f of DATETIME_FIELDS) {
    const v = loose[f];
    if (v !== null && v !== undefined && !isLocalDateTime(v))
      out.push(makeProblem('invalidDateTime', row, f, { value: String(v) }));
  }
  if (blank(t.receivedAt)) out.push(makeProblem('missingReceivedAt', row, 'receivedAt'));
  if (blank(t.description) && blank(t.subject)) out.push(makeProblem('missingDescription', row, 'description'));
  if (blank(t.customerName) && blank(t.customerId) && blank(t.contact))
    out.push(makeProblem('missingCustomer', row, 'customerName'));

  if (!blank(t.category) && !has(CATEGORIES, t.category))
    out.push(makeProblem('unknownCategory', row, 'category', { value: String(t.category) }));
  if (!blank(t.status) && !has(STATUSES, t.status))
    out.push(makeProblem('unknownStatus', row, 'status', { value: String(t.status) }));
  for (const f of ['urgency', 'priority'] as const) {
    if (!blank(t[f]) && !has(LEVELS, t[f])) out.push(makeProblem('unknownLevel', row, f, { value: String(t[f]) }));
  }
  if (!blank(t.customerLevel) && !has(CUSTOMER_LEVELS, t.customerLevel)) {
    out.push(makeProblem('unknownCustomerLevel', row, 'customerLevel', { value: String(t.customerLevel) }));
  }

  const validRating = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;
  if (t.satisfaction !== null && !validRating(t.satisfaction))
    out.push(makeProblem('invalidRating', row, 'satisfaction', { value: String(t.satisfaction) }));
  for (const [dim, v] of Object.entries(t.ratings ?? {})) {
    if (!validRating(v))
      out.push(makeProblem('invalidRating', row, 'ratings', { value: `${dim} ${String(v)}`, dimension: dim }));
  }

  const received = isLocalDateTime(t.receivedAt) ? toMinutes(t.receivedAt) : NaN;
  const before = (v: unknown): boolean => isLocalDateTime(v) && toMinutes(v) < received;
  if (before(t.resolvedAt))
    out.push(
      makeProblem('resolvedBeforeReceived', row, 'resolvedAt', { value: t.resolvedAt!, receivedAt: t.receivedAt! }),
    );
  if (before(t.firstResponseAt)) {
    out.push(
      makeProblem('respondedBeforeReceived', row, 'firstResponseAt', {
        value: t.firstResponseAt!,
        receivedAt: t.receivedAt!,
      }),
    );
  }
  // Only a ticket worked with progress notes should know when it was resolved. A record that
  // arrived already finished (a paper template has no column for the time) has an unknown
  // resolution time: the statistics count it as unknown (DESIGN, Definitions); nobody can correct it.
  if (has(DONE_STATUSES, t.status) && blank(t.resolvedAt) && !blank(t.lastUpdateAt))
    out.push(makeProblem('doneWithoutResolvedAt', row, 'resolvedAt', { status: t.status as Status }));
  if (t.status === '待受理' && !blank(t.resolvedAt)) out.push(makeProblem('pendingWithResolvedAt', row, 'resolvedAt', { status: t.status }));

  if (!blank(t.channel) && settings.lists.channels.length > 0 && !inList(t.channel, settings.lists.channels)) {
    out.push(makeProblem('unknownListValue', row, 'channel', { value: t.channel, list: 'channels' }));
  }
  if (
    !blank(t.department) &&
    settings.lists.departments.length > 0 &&
    !inList(t.department, settings.lists.departments)
  ) {
    out.push(makeProblem('unknownListValue', row, 'department', { value: t.department, list: 'departments' }));
  }

  out.push(...privacyProblems(t, row, settings));
  return out;
}

/**
 * Checks every ticket (row = firstRow + index; the Tickets table's first data row is 2), then
 * duplicate numbers (each later occurrence names the other rows) and numbers that do not follow
 * settings.numbering.pattern.
 */
export function validateTickets(ts: readonly Ticket[], settings: Settings, firstRow = 2): Problem[] {
  const out: Problem[] = [];
  ts.forEach((t, i) => out.push(...validateTicket(t, firstRow + i, settings)));

  for (const d of findDuplicateIds(ts.map((t) => t.id))) {
    const rows = d.rows.map((i) => firstRow + i);
    for (const r of rows.slice(1)) {
      out.push(makeProblem('duplicateId', r, 'id', { value: d.id, otherRows: rows.filter((x) => x !== r).join('、') }));
    }
  }

  const pattern = safePattern(settings.numbering.pattern);
  const kept = (settings.numbering.accepted ?? []).map(safePattern).filter((p) => p !== null);
  if (pattern) {
    ts.forEach((t, i) => {
      if (!blank(t.id) && parseTicketNumber(pattern, t.id) === null && kept.every((p) => parseTicketNumber(p, t.id) === null)) {
        out.push(
          makeProblem('idPatternMismatch', firstRow + i, 'id', { value: t.id, pattern: settings.numbering.pattern }),
        );
      }
    });
  }
  return out.sort((a, b) => a.row - b.row);
}
