/**
 * Writing rows of the large tables: changed cells only (so co-authors' edits to other cells are
 * not overwritten), and appends that fill Excel's blank placeholder row first. Text that Excel
 * would parse as a formula gets a text format before its value is written.
 */
import { wordFor } from '../core/i18n/vocabulary';
import { headerSpellings, localeOfTableHeaders } from '../workbook/labels';
import { redactText } from '../core/privacy/redactSecrets';
import type { LogEntry, Subtask } from '../core/schema/log';
import { isLocalDateTime, toExcelSerial } from '../core/time/localDateTime';
import { BlockWriter } from './blockWriter';
import { needsTextFormat, sameCell, type OutValue } from './cellValues';
import { jsonBytes } from './payload';
import type { Session } from './session';
import type { LargeShape } from './workbookState';

/** Queues the cells of `next` that differ from `prev` (runs of adjacent columns per range). */
export async function writeChangedCells(writer: BlockWriter, s: Session, shape: LargeShape, bodyIndex: number, prev: readonly unknown[], next: readonly OutValue[]): Promise<boolean> {
  const ws = s.workbook.worksheets.getItem(shape.sheet);
  const row0 = shape.headerRow + bodyIndex;
  let changed = false;
  for (let j = 0; j < next.length; ) {
    if (sameCell(prev[j], next[j])) {
      j++;
      continue;
    }
    let k = j;
    while (k < next.length && !sameCell(prev[k], next[k])) k++;
    const run = next.slice(j, k);
    const start = j;
    changed = true;
    await writer.add(jsonBytes(run) + 100, () => {
      run.forEach((v, x) => {
        if (needsTextFormat(v)) ws.getRangeByIndexes(row0, shape.firstColumn - 1 + start + x, 1, 1).numberFormat = [['@']];
      });
      ws.getRangeByIndexes(row0, shape.firstColumn - 1 + start, 1, run.length).values = [run];
    });
    j = k;
  }
  return changed;
}

/**
 * Appends rows to a table in one `rows.add` per block (never one call per row). The blank
 * placeholder row of a fresh table is filled instead of left above the data.
 */
export async function appendRows(writer: BlockWriter, s: Session, shape: LargeShape, rows: OutValue[][]): Promise<void> {
  if (!rows.length) return;
  const table = s.workbook.tables.getItem(shape.name);
  const ws = s.workbook.worksheets.getItem(shape.sheet);
  let rest = rows;
  let nextBodyIndex = shape.bodyRows;
  if (shape.placeholderOnly) {
    const [first, ...others] = rows;
    await writer.add(jsonBytes(first), () => {
      writeTextFormats(ws, shape.headerRow, shape.firstColumn - 1, [first]);
      ws.getRangeByIndexes(shape.headerRow, shape.firstColumn - 1, 1, first.length).values = [first];
    });
    rest = others;
    nextBodyIndex = 1;
    shape.placeholderOnly = false;
  }
  for (let start = 0; start < rest.length; ) {
    let end = start;
    let bytes = 0;
    while (end < rest.length && (end === start || bytes < 700_000)) bytes += jsonBytes(rest[end++]);
    const part = rest.slice(start, end);
    await writer.add(bytes, () => {
      // Formula-like text goes in blank, gets a text format, then its value.
      const safe = part.map((r) => r.map((v) => (needsTextFormat(v) ? '' : v)));
      table.rows.add(undefined, safe);
      const texts = part.map((r) => r.map((v) => (needsTextFormat(v) ? v : null)));
      if (!texts.some((r) => r.some((v) => v !== null))) return;
      // The new rows are found from the table's end as Excel runs the request, not from the size
      // read earlier: a co-author's rows appended meanwhile would shift them.
      const added = table.getDataBodyRange().getLastRow().getOffsetRange(1 - part.length, 0).getResizedRange(part.length - 1, 0);
      texts.forEach((r, i) =>
        r.forEach((v, j) => {
          if (v === null) return;
          const cell = added.getCell(i, j);
          cell.numberFormat = [['@']];
          cell.values = [[v]];
        }),
      );
    });
    nextBodyIndex += part.length;
    start = end;
  }
  shape.bodyRows = nextBodyIndex;
}

function writeTextFormats(ws: Excel.Worksheet, row0: number, col0: number, grid: OutValue[][]): void {
  grid.forEach((r, i) => r.forEach((v, j) => needsTextFormat(v) && (ws.getRangeByIndexes(row0 + i, col0 + j, 1, 1).numberFormat = [['@']])));
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

/** ID-card and bank-card numbers never reach the log, whoever typed the note (core rule). */
const redacted = redactText;

/** A log line under the table's headers, its list values in the table's locale. */
export function logRow(headers: readonly string[], l: LogEntry): OutValue[] {
  const locale = localeOfTableHeaders(headers, LOG_KEYS);
  const word = (kind: 'logKind' | 'channel' | 'status', v: string | null): string => (v ? wordFor(kind, v, locale) : '');
  return byHeaders(headers, LOG_KEYS, { ...l, kind: word('logKind', l.kind), channel: word('channel', l.channel), content: redacted(l.content), nextStep: redacted(l.nextStep), at: time(l.at), status: word('status', l.status) } as unknown as Record<string, OutValue>);
}

/** A subtask under the table's headers, its status and needs in the table's locale. */
export function subtaskRow(headers: readonly string[], t: Subtask): OutValue[] {
  const locale = localeOfTableHeaders(headers, SUBTASK_KEYS);
  return byHeaders(headers, SUBTASK_KEYS, { ...t, status: wordFor('subtaskStatus', t.status, locale), needs: t.needs ? wordFor('subtaskNeeds', t.needs, locale) : '', due: time(t.due) } as unknown as Record<string, OutValue>);
}

export { BlockWriter };
