/**
 * Finds the ticket table in a sheet that people made: title rows (often a merged cell whose value
 * the reader repeats across the row), notes, blank rows, the header, the data, and a notes block
 * under it. The header is the row (among the first 40) in which the most distinct fields map;
 * the data runs from the row after it to the first run of two blank rows, a notes row, or a second
 * header. Unknown columns are kept with `field: null`; when two columns claim one field, the
 * weaker (or later) one is kept as unknown so nothing is overwritten.
 */
import { isBlank, cellText } from '../parse/cell';
import { toSimplified } from '../text/toSimplified';
import { mapHeader } from './mapHeader';
import { isCompoundKind, type ColumnGuess, type HeaderHints, type TableGuess } from './types';

const HEADER_SCAN_ROWS = 40;
/** A header needs at least this many distinct mapped fields. */
const MIN_FIELDS = 2;
const NOTE_START = /^\s*(注|备注|说明|填写说明|使用要点|要点|提示|温馨提示|附注|※|\*|＊|note|notes|remark)|^\s*([一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十]+[)）]|表\s*\d)/i;

const rowOf = (grid: unknown[][], r: number): unknown[] => (Array.isArray(grid[r]) ? grid[r] : []);

/** Blank, or only placeholders such as `-` and `/` (a row with nothing to read). */
export function isBlankRow(row: unknown[]): boolean {
  return row.every((v) => isBlank(v) || (typeof v === 'string' && /^[\s\-—–_/\\·.。]*$/.test(v)));
}

function distinctValues(row: unknown[]): string[] {
  return [...new Set(row.filter((v) => !isBlank(v)).map(cellText))];
}

interface HeaderScore {
  fields: number;
  confidence: number;
}

function scoreRow(row: unknown[], hints?: HeaderHints): HeaderScore {
  const fields = new Set<string>();
  let confidence = 0;
  for (const v of distinctValues(row)) {
    const m = mapHeader(v, hints);
    if (!m) continue;
    const key = m.dimension ? `ratings:${m.dimension}` : m.field;
    if (fields.has(key)) continue;
    fields.add(key);
    confidence += m.confidence;
  }
  return { fields: fields.size, confidence };
}

/** A row under the table that is a note, not data: one distinct text that reads like a note. */
function isNotesRow(row: unknown[], columns: number): boolean {
  const values = distinctValues(row);
  if (values.length !== 1) return false;
  const text = toSimplified(values[0]);
  const filled = row.filter((v) => !isBlank(v)).length;
  // A merged note repeated across the row, or one that starts like a note.
  return (filled >= 3 && columns >= 3) || NOTE_START.test(text);
}

export type { ColumnGuess, CompoundKind, HeaderHints, TableGuess } from './types';

export function recognizeTable(grid: unknown[][], hints?: HeaderHints): TableGuess | null {
  if (!Array.isArray(grid)) return null;
  let headerRow = -1;
  let best: HeaderScore = { fields: 0, confidence: 0 };
  for (let r = 0; r < Math.min(grid.length, HEADER_SCAN_ROWS); r++) {
    const s = scoreRow(rowOf(grid, r), hints);
    if (s.fields > best.fields || (s.fields === best.fields && s.confidence > best.confidence)) {
      best = s;
      headerRow = r;
    }
  }
  if (headerRow < 0 || best.fields < MIN_FIELDS) return null;

  const columns = guessColumns(rowOf(grid, headerRow), hints);
  const headerFields = best.fields;

  let firstDataRow = headerRow + 1;
  let lastDataRow = headerRow;
  let blanks = 0;
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = rowOf(grid, r);
    if (isBlankRow(row)) {
      if (lastDataRow === headerRow) firstDataRow = r + 1;
      else if (++blanks >= 2) break;
      continue;
    }
    if (isNotesRow(row, columns.length)) break;
    // A second table (seed 003's classification table) starts with its own header, after a gap
    // (checked only there, so a long table is not scored row by row).
    if (blanks > 0 && scoreRow(row, hints).fields >= Math.max(MIN_FIELDS + 1, Math.ceil(headerFields / 2))) break;
    blanks = 0;
    lastDataRow = r;
  }
  if (lastDataRow < firstDataRow) lastDataRow = firstDataRow - 1;
  return { headerRow, firstDataRow, lastDataRow, columns };
}

/** Maps each non-empty header cell; duplicate merged repeats of one header keep the first. */
export function guessColumns(headerCells: unknown[], hints?: HeaderHints): ColumnGuess[] {
  const columns: ColumnGuess[] = [];
  const claimed = new Map<string, ColumnGuess>();
  const seenHeaders = new Set<string>();
  headerCells.forEach((cell, index) => {
    const header = cellText(cell);
    if (!header) return;
    // A merged header repeated by the reader: the repeat adds nothing.
    if (index > 0 && cellText(headerCells[index - 1]) === header && seenHeaders.has(header)) return;
    seenHeaders.add(header);
    const m = mapHeader(header, hints);
    const col: ColumnGuess = { index, header, field: null, confidence: m?.confidence ?? 0 };
    if (m) {
      if (m.field === 'ratings') {
        col.field = 'ratings';
        col.dimension = m.dimension;
      } else if (isCompoundKind(m.field)) {
        col.compound = m.field;
      } else {
        col.field = m.field;
      }
    }
    const claim = col.dimension ? `ratings:${col.dimension}` : (col.compound ?? col.field);
    if (claim) {
      const prior = claimed.get(claim);
      if (prior && prior.confidence >= col.confidence) {
        col.field = null;
        delete col.compound;
        delete col.dimension;
      } else {
        if (prior) {
          prior.field = null;
          delete prior.compound;
          delete prior.dimension;
        }
        claimed.set(claim, col);
      }
    }
    columns.push(col);
  });
  return columns;
}
