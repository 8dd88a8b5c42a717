/**
 * Finds the ticket table in a sheet that people made: title rows (often a merged cell whose value
 * the reader repeats across the row), notes, blank rows, the header, the data, and a notes block
 * under it. The header is the row (among the first 40) in which the most distinct fields map.
 * Nothing is dropped: the data runs to the sheet's last non-blank row, whatever gaps lie between;
 * non-blank rows that are not tickets are listed in `skipped` with a reason — title rows above the
 * header, notes (note words, or one text repeated across a merged row), the header repeated, and
 * every row from a different header below a gap on (another table).
 * Columns: unknown ones are kept with `field: null`; when two columns claim one field, the weaker
 * (or later) one is kept as unknown so nothing is overwritten; a column whose header is empty but
 * which holds data gets the header `列F` (its letter); the second column under a merged header is
 * kept when it holds data; headers are made unique ignoring case (`标签`, `标签 (2)`), as Excel
 * compares table column names.
 */
import { isBlank, cellText } from '../parse/cell';
import { toSimplified } from '../text/toSimplified';
import { mapHeader } from './mapHeader';
import { isCompoundKind, type ColumnGuess, type HeaderHints, type SkipReason, type TableGuess } from './types';

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

/**
 * The one text a row's filled cells hold (distinctValues has exactly one value) and how many cells
 * hold it; null when they hold none or several. Stops at the second text: every data row is asked.
 * @example soleText(['注', null, ' 注 ']) // → { text: '注', filled: 2 }; soleText(['a', 'b']) // → null
 */
function soleText(row: unknown[]): { text: string; filled: number } | null {
  let text: string | null = null;
  let filled = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    filled++;
    const t = cellText(v);
    if (text === null) text = t;
    else if (t !== text) return null;
  }
  return text === null ? null : { text, filled };
}

/** A row under the table that is a note, not data: one distinct text that reads like a note. */
function isNotesRow(row: unknown[], columns: number): boolean {
  const sole = soleText(row);
  if (!sole) return false;
  // A merged note repeated across the row, or one that starts like a note.
  return (sole.filled >= 3 && columns >= 3) || NOTE_START.test(toSimplified(sole.text));
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

  const headerCells = rowOf(grid, headerRow);
  const guessed = guessColumns(headerCells, hints);
  const headerFields = best.fields;
  const skipped: { index: number; reason: SkipReason }[] = [];
  for (let r = 0; r < headerRow; r++) if (!isBlankRow(rowOf(grid, r))) skipped.push({ index: r, reason: 'above' });

  let firstDataRow = -1;
  let lastDataRow = headerRow;
  let blanks = 0;
  let otherTable = false;
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = rowOf(grid, r);
    if (isBlankRow(row)) {
      blanks++;
      continue;
    }
    // A gap since the last data row (notes in it do not close it).
    const gap = blanks > 0;
    let reason: SkipReason | null = null;
    if (otherTable) reason = 'otherTable';
    else if (isHeaderRepeat(row, headerCells)) reason = 'header';
    else if (gap && isSectionHeading(row)) {
      // `（二）客户反馈分类统计表` after a gap: the next table's title.
      otherTable = true;
      reason = 'otherTable';
    } else if (isNotesRow(row, guessed.length)) reason = 'note';
    // A second table (seed 003's classification table) starts with its own header after a gap
    // (checked only there, so a long table is not scored row by row).
    else if (gap && scoreRow(row, hints).fields >= Math.max(MIN_FIELDS + 1, Math.ceil(headerFields / 2))) {
      otherTable = true;
      reason = 'otherTable';
    }
    if (reason) {
      skipped.push({ index: r, reason });
      continue;
    }
    blanks = 0;
    if (firstDataRow < 0) firstDataRow = r;
    lastDataRow = r;
  }
  if (firstDataRow < 0) firstDataRow = headerRow + 1;
  const columns = withDataColumns(guessed, grid, firstDataRow, lastDataRow);
  return { headerRow, firstDataRow, lastDataRow, columns, skipped };
}

const SECTION_HEADING = /^\s*([（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.]|表\s*\d)/;

/** A row holding only a numbered section title such as `（二）客户反馈分类统计表`. */
function isSectionHeading(row: unknown[]): boolean {
  const sole = soleText(row);
  return sole !== null && SECTION_HEADING.test(toSimplified(sole.text));
}

/** The header again (a pasted block, a printed page's header): every filled cell repeats the header's. */
function isHeaderRepeat(row: unknown[], headerCells: unknown[]): boolean {
  let same = 0;
  for (let c = 0; c < row.length; c++) {
    if (isBlank(row[c])) continue;
    if (cellText(row[c]) !== cellText(headerCells[c])) return false;
    same++;
  }
  return same >= MIN_FIELDS;
}

/** Spreadsheet column letters of a 0-based index: 0 → A, 27 → AB. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The columns to read: those with a header, minus merged repeats that hold no data, plus columns
 * that hold data under an empty header (`列F`). Headers are unique ignoring case.
 */
function withDataColumns(guessed: (ColumnGuess & { repeat?: boolean })[], grid: unknown[][], first: number, last: number): ColumnGuess[] {
  // A column found filled is not looked at again (a 100,000-row sheet fills most in its first row).
  const isFilled: boolean[] = [];
  for (let r = first; r <= last && r < grid.length; r++) {
    const row = rowOf(grid, r);
    for (let c = 0; c < row.length; c++) if (!isFilled[c] && !isBlank(row[c])) isFilled[c] = true;
  }
  const filled = new Set<number>();
  isFilled.forEach((f, c) => f && filled.add(c));
  const byIndex = new Map(guessed.map((c) => [c.index, c]));
  const out: ColumnGuess[] = [];
  const width = Math.max(0, ...filled, ...byIndex.keys()) + 1;
  for (let i = 0; i < width; i++) {
    const g = byIndex.get(i);
    if (g && !(g.repeat && !filled.has(i))) {
      const { repeat: _repeat, ...col } = g;
      out.push(col);
    } else if (!g && filled.has(i)) out.push({ index: i, header: `列${columnLetters(i)}`, field: null, confidence: 0 });
  }
  return uniqueHeaders(out);
}

/**
 * Makes headers unique ignoring case, as Excel compares table column names: later repeats get ` (2)`, ` (3)`.
 * @example uniqueHeaders([{header:'Tag'},{header:'tag'}]) → headers 'Tag', 'tag (2)'
 */
function uniqueHeaders<T extends { header: string }>(cols: T[]): T[] {
  const seen = new Set<string>();
  return cols.map((c) => {
    let header = c.header;
    for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${c.header} (${n})`;
    seen.add(header.toLowerCase());
    return header === c.header ? c : { ...c, header };
  });
}

/**
 * Maps each non-empty header cell. A header repeated in the next cell (a merged header, as the
 * reader repeats it) is marked `repeat`: it maps to nothing and is kept only when it holds data.
 */
export function guessColumns(headerCells: unknown[], hints?: HeaderHints): (ColumnGuess & { repeat?: boolean })[] {
  const columns: (ColumnGuess & { repeat?: boolean })[] = [];
  const claimed = new Map<string, ColumnGuess>();
  const seenHeaders = new Set<string>();
  headerCells.forEach((cell, index) => {
    const header = cellText(cell);
    if (!header) return;
    // A merged header repeated by the reader (or two columns with one header): kept as unknown.
    if (index > 0 && cellText(headerCells[index - 1]) === header && seenHeaders.has(header)) {
      columns.push({ index, header, field: null, confidence: 0, repeat: true });
      return;
    }
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
