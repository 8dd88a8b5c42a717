/**
 * Writing rows of the large tables: changed cells only (so co-authors' edits to other cells are
 * not overwritten), and appends that fill Excel's blank placeholder row first. Text that Excel
 * would parse as a formula gets a text format before its value is written.
 */
import { wordFor } from '../core/i18n/vocabulary';
import { headerSpellings, localeOfTableHeaders } from '../workbook/labels';
import { redactSecrets } from '../core/privacy/redactSecrets';
import type { LogEntry, Subtask } from '../core/schema/log';
import { isLocalDateTime, toExcelSerial } from '../core/time/localDateTime';
import { BlockWriter } from './blockWriter';
import { needsTextFormat, sameCell, type OutValue } from './cellValues';
import { jsonBytes } from './payload';
import { rangeAt } from './rangeAt';
import type { Session } from './session';
import type { LargeShape } from './workbookState';

/**
 * Runs of adjacent columns where `next` differs from `prev`.
 * @example changedRuns(['a', 1, 'x'], ['a', 2, 'y']) // [{ start: 1, end: 3 }]
 */
export function changedRuns(prev: readonly unknown[], next: readonly OutValue[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let j = 0; j < next.length; ) {
    if (sameCell(prev[j], next[j])) {
      j++;
      continue;
    }
    let k = j;
    while (k < next.length && !sameCell(prev[k], next[k])) k++;
    out.push({ start: j, end: k });
    j = k;
  }
  return out;
}

/**
 * A write to one body row, with the row as Excel held it when the request ran (`pre`, read in the
 * same request before the write): if a co-author's insert, delete or sort moved another row
 * there between the add-in's syncs, `pre` shows it, and `restoreRow` puts it back.
 */
export interface GuardedWrite {
  index: number;
  pre: Excel.Range;
  runs: { start: number; end: number }[];
}

/**
 * Queues the changed cells of one body row (text formats first, and the number format `formats`
 * gives a cell, e.g. a date's) behind a read of the row.
 */
export async function writeRowGuarded(
  writer: BlockWriter,
  s: Session,
  shape: LargeShape,
  bodyIndex: number,
  prev: readonly unknown[],
  next: readonly OutValue[],
  formats: readonly (string | undefined)[] = [],
): Promise<GuardedWrite | null> {
  const runs = changedRuns(prev, next);
  if (!runs.length) return null;
  const ws = s.workbook.worksheets.getItem(shape.sheet);
  const row0 = shape.headerRow + bodyIndex;
  const bytes = runs.reduce((n, r) => n + jsonBytes(next.slice(r.start, r.end)) + 100, 200) + jsonBytes(next) + jsonBytes(formats);
  let pre: Excel.Range | null = null;
  await writer.add(bytes, () => {
    pre = rangeAt(ws, row0, shape.firstColumn - 1, 1, shape.headers.length).load('formulas');
    for (const r of runs) {
      // Each write raises its own change event.
      s.wrote(shape.name, row0 + 1);
      const run = next.slice(r.start, r.end);
      run.forEach((v, x) => {
        const format = needsTextFormat(v) ? '@' : formats[r.start + x];
        if (format) rangeAt(ws, row0, shape.firstColumn - 1 + r.start + x).numberFormat = [[format]];
      });
      rangeAt(ws, row0, shape.firstColumn - 1 + r.start, 1, run.length).values = [run];
    }
  });
  return { index: bodyIndex, pre: pre!, runs };
}

/** Puts back the cells a guarded write changed, as they were when it ran (formulas kept). */
export async function restoreRow(writer: BlockWriter, s: Session, shape: LargeShape, g: GuardedWrite): Promise<void> {
  const ws = s.workbook.worksheets.getItem(shape.sheet);
  const row0 = shape.headerRow + g.index;
  const before = g.pre.formulas[0] ?? [];
  await writer.add(jsonBytes(before) + 200, () => {
    g.runs.forEach(() => s.wrote(shape.name, row0 + 1));
    for (const r of g.runs) rangeAt(ws, row0, shape.firstColumn - 1 + r.start, 1, r.end - r.start).formulas = [before.slice(r.start, r.end)];
  });
}

/** Whether every cell of a loaded row is empty. */
export const isBlankRow = (cells: readonly unknown[]): boolean => cells.every((v) => v === '' || v === null || v === undefined);

/**
 * Appends rows to a table in one `rows.add` per block (never one call per row, never by writing
 * into the rows under the table or into Excel's blank placeholder row, where a co-author may be
 * writing too). Formula-like text goes in blank, gets a text format, then its value, in cells
 * found from the table's end as Excel runs the request. Returns, when the table held only its
 * blank placeholder row, that row as read after the append (see `dropBlankPlaceholder`).
 */
export async function appendRows(writer: BlockWriter, s: Session, shape: LargeShape, rows: OutValue[][]): Promise<Excel.Range | null> {
  if (!rows.length) return null;
  const table = s.workbook.tables.getItem(shape.name);
  let probe: Excel.Range | null = null;
  for (let start = 0; start < rows.length; ) {
    let end = start;
    let bytes = 0;
    while (end < rows.length && (end === start || bytes < 700_000)) bytes += jsonBytes(rows[end++]);
    const part = rows.slice(start, end);
    const first = start === 0;
    await writer.add(bytes, () => {
      s.wrote(shape.name, shape.headerRow + shape.bodyRows + 1, shape.headerRow + shape.bodyRows + part.length);
      const safe = part.map((r) => r.map((v) => (needsTextFormat(v) ? '' : v)));
      table.rows.add(undefined, safe);
      part.forEach((r, i) =>
        r.forEach((v, j) => {
          if (!needsTextFormat(v)) return;
          s.wrote(shape.name, shape.headerRow + shape.bodyRows + 1 + i);
          const cell = table.getDataBodyRange().getLastRow().getOffsetRange(i - (part.length - 1), 0).getCell(0, j);
          cell.numberFormat = [['@']];
          cell.values = [[v]];
        }),
      );
      if (first && shape.placeholderOnly) probe = table.getDataBodyRange().getRow(0).load('formulas');
    });
    shape.bodyRows += part.length;
    start = end;
  }
  return probe;
}

/**
 * Removes Excel's blank placeholder row above the rows just appended. The row is read in the
 * request that deletes it; if a co-author filled it meanwhile, their row is added back at the end.
 * Two syncs at most, and only for a table's first rows.
 */
export async function dropBlankPlaceholder(s: Session, shape: LargeShape, probe: Excel.Range | null): Promise<void> {
  if (!probe || !isBlankRow(probe.formulas[0] ?? [])) return;
  const table = s.workbook.tables.getItem(shape.name);
  const seen = table.getDataBodyRange().getRow(0).load('formulas');
  table.rows.getItemAt(0).delete();
  s.wrote();
  await s.sync();
  shape.bodyRows -= 1;
  shape.placeholderOnly = false;
  const theirs = seen.formulas[0] ?? [];
  if (isBlankRow(theirs)) return;
  table.rows.add(undefined, [theirs as OutValue[]]);
  s.wrote(shape.name, shape.headerRow + shape.bodyRows + 1);
  await s.sync();
  shape.bodyRows += 1;
}

const time = (t: string | null): OutValue => (t && isLocalDateTime(t) ? toExcelSerial(t) : '');

/** Values of `obj` in the order of a table's headers (matched in any locale, else by position). */
function byHeaders(headers: readonly string[], keys: readonly string[], values: Record<string, OutValue>): OutValue[] {
  return headers.map((h, i) => {
    const key = keys.find((k) => headerSpellings(k).includes(h.trim())) ?? keys[i];
    return key !== undefined ? (values[key] ?? '') : '';
  });
}

export const LOG_KEYS = ['ticketId', 'at', 'kind', 'channel', 'content', 'nextStep', 'by', 'status'] as const;
export const SUBTASK_KEYS = ['ticketId', 'title', 'owner', 'status', 'due', 'dependsOn', 'needs'] as const;

/**
 * A log line under the table's headers, its list values in the table's locale. ID-card and
 * bank-card numbers never reach the log, whoever typed the note, and contacts in it are masked
 * when the workbook masks contacts (the core rule the command applies to Ticket_Log too).
 */
export function logRow(headers: readonly string[], l: LogEntry, privacy: { contacts: boolean }): OutValue[] {
  const locale = localeOfTableHeaders(headers, LOG_KEYS);
  const redacted = (text: string): string => redactSecrets(text, privacy).text;
  const word = (kind: 'logKind' | 'channel' | 'status', v: string | null): string => (v ? wordFor(kind, v, locale) : '');
  return byHeaders(headers, LOG_KEYS, { ...l, kind: word('logKind', l.kind), channel: word('channel', l.channel), content: redacted(l.content), nextStep: redacted(l.nextStep), at: time(l.at), status: word('status', l.status) } as unknown as Record<string, OutValue>);
}

/** A subtask under the table's headers, its status and needs in the table's locale. */
export function subtaskRow(headers: readonly string[], t: Subtask): OutValue[] {
  const locale = localeOfTableHeaders(headers, SUBTASK_KEYS);
  return byHeaders(headers, SUBTASK_KEYS, { ...t, status: wordFor('subtaskStatus', t.status, locale), needs: t.needs ? wordFor('subtaskNeeds', t.needs, locale) : '', due: time(t.due) } as unknown as Record<string, OutValue>);
}

export { BlockWriter };
