/**
 * One worksheet streamed through saxes into a grid of plain cells (`string | number | boolean |
 * Date | null`, a Date carrying wall time in its UTC fields). Nothing is sized from the sheet's
 * own claims: the `<dimension>` is ignored, rows and columns come from the cells that hold a
 * value, cells outside Excel's grid are ignored, and the total number of cell slots is bounded.
 * A formula cell reads as its cached value, a shared formula's follower (`<f t="shared" si/>`)
 * too; one without a cached value (openpyxl and scripts write them) reads as no cell, and its
 * formula (a follower's shifted from its master) goes to `ctx.formulas` for the import report —
 * formula text never becomes a cell value. An error value reads as its text (`#N/A`). Hyperlinks
 * are collected into `ctx.hyperlinks` so their targets can be reported.
 */
import type { Readable } from 'stream';
import type { RawCell } from '../../workbook/types';
import { READ_LIMITS, type ReadLimits } from './limits';
import { tooLarge } from './messages';
import { saxStream } from './saxStream';
import { shiftFormula } from './sharedFormula';
import { decodeXstring, localName } from './xml';

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  /** The workbook's dates count from 1904 (WorkbookParts.date1904). */
  date1904?: boolean;
  /** Cell slots used so far by earlier sheets; updated. */
  budget: { cells: number };
  /** Filled with the sheet's hyperlinks (`<hyperlink ref r:id location>`), when given. */
  hyperlinks?: { ref: string; rid: string; location: string }[];
  /** Filled with the formulas that have no cached value (`=SUM(1,2)`), by 1-based row and column. */
  formulas?: { row: number; col: number; formula: string }[];
  limits?: ReadLimits;
}

const EPOCH_OFFSET = 25569; // serial of 1970-01-01
/** Serial 0 of the 1904 date system is serial 1462 of the 1900 one. */
export const DAYS_1900_TO_1904 = 1462;

/**
 * An Excel serial as a Date whose UTC fields are the wall time.
 * @example serialToDate(45123.5).toISOString() === '2023-07-16T12:00:00.000Z'
 */
export const serialToDate = (serial: number): Date => new Date(Math.round((serial - EPOCH_OFFSET) * 86_400_000));

/** `t="d"` cells hold ISO 8601 text; read as wall time. */
function isoToDate(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?/.exec(s.trim());
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0))) : null;
}

function refRowCol(ref: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else if (ch !== 36) break; // $
  }
  if (ref.charCodeAt(i) === 36) i++;
  return { col, row: Number(ref.slice(i)) || 0 };
}

export async function readSheetGrid(stream: Readable, ctx: SheetContext): Promise<RawCell[][]> {
  const limits = ctx.limits ?? READ_LIMITS;
  const grid: RawCell[][] = [];
  let rowNum = 0;
  let colNum = 0;
  let row: RawCell[] | null = null;
  let type = '';
  let style = 0;
  let text = '';
  let inValue = false;
  let inInline = false;
  let phonetic = 0;
  let haveValue = false;
  let inFormula = false;
  let formula = '';
  let shared: { si: string; master: boolean } | null = null;
  /** Shared formulas' masters by `si`: their text and cell. */
  const masters = new Map<string, { formula: string; row: number; col: number }>();

  const finishRow = (): void => {
    if (!row) return;
    if (row.length && rowNum >= 1 && rowNum <= limits.maxRow) {
      ctx.budget.cells += row.length;
      if (ctx.budget.cells > limits.cells) throw tooLarge('cells');
      grid[rowNum - 1] = row;
    }
    row = null;
  };

  const cellValue = (): RawCell => {
    if (!haveValue) return null;
    switch (type) {
      case 's': {
        const s = ctx.sharedStrings[Number(text)];
        return s === undefined || s === '' ? null : s;
      }
      case 'inlineStr':
      case 'str':
        return text === '' ? null : decodeXstring(text);
      case 'b':
        return text.trim() === '1' || text.trim().toLowerCase() === 'true';
      case 'e':
        return text.trim() || null;
      case 'd':
        return isoToDate(text) ?? (text || null);
      default: {
        const t = text.trim();
        if (t === '') return null;
        const n = Number(t);
        if (!Number.isFinite(n)) return t;
        return ctx.dateStyles[style] && n >= 0 && n < 2958466 ? serialToDate(ctx.date1904 ? n + DAYS_1900_TO_1904 : n) : n;
      }
    }
  };

  /** The cell's formula (a shared follower's from its master), remembering shared masters. */
  const formulaText = (): string => {
    const own = formula.trim();
    if (!shared) return own;
    if (shared.master && own) {
      masters.set(shared.si, { formula: own, row: rowNum, col: colNum });
      return own;
    }
    const m = masters.get(shared.si);
    return own || (m ? shiftFormula(m.formula, rowNum - m.row, colNum - m.col) : '');
  };

  await saxStream(stream, {
    open(tag) {
      const n = localName(tag.name);
      if (n === 'c') {
        const a = tag.attributes as Record<string, string>;
        if (a.r) {
          const rc = refRowCol(a.r);
          colNum = rc.col;
          if (rc.row && rc.row !== rowNum) {
            finishRow();
            rowNum = rc.row;
          }
        } else colNum += 1;
        type = a.t ?? 'n';
        style = a.s ? Number(a.s) : 0;
        text = '';
        haveValue = false;
        inInline = false;
        phonetic = 0;
        formula = '';
        shared = null;
      } else if (n === 'f') {
        inFormula = true;
        const a = tag.attributes as Record<string, string>;
        if (a.t === 'shared' && a.si !== undefined) shared = { si: a.si, master: a.ref !== undefined };
      } else if (n === 'v') {
        inValue = true;
        haveValue = true;
      } else if (n === 'is') {
        inInline = true;
        haveValue = true;
      } else if (n === 'rPh') phonetic++;
      else if (n === 'hyperlink' && ctx.hyperlinks && ctx.hyperlinks.length < 10_000) {
        const a = tag.attributes as Record<string, string>;
        const rid = Object.entries(a).find(([k]) => localName(k) === 'id')?.[1] ?? '';
        if (a.ref) ctx.hyperlinks.push({ ref: a.ref, rid, location: a.location ?? '' });
      }
      else if (n === 't' && inInline && phonetic === 0) inValue = true;
      else if (n === 'row') {
        finishRow();
        const r = (tag.attributes as Record<string, string>).r;
        rowNum = r ? Number(r) : rowNum + 1;
        colNum = 0;
        row = [];
      }
    },
    close(tag) {
      const n = localName(tag.name);
      if (n === 'v' || n === 't') inValue = false;
      else if (n === 'f') inFormula = false;
      else if (n === 'rPh') phonetic--;
      else if (n === 'is') inInline = false;
      else if (n === 'c') {
        if (colNum < 1 || colNum > limits.maxCol || rowNum < 1 || rowNum > limits.maxRow) return;
        const text = formulaText();
        const v = cellValue();
        if (v === null) {
          if (text && ctx.formulas && ctx.formulas.length < 10_000) ctx.formulas.push({ row: rowNum, col: colNum, formula: `=${text}` });
          return;
        }
        if (!row) row = [];
        while (row.length < colNum - 1) row.push(null);
        row[colNum - 1] = v;
      } else if (n === 'row') finishRow();
    },
    text(t) {
      if (inValue) text += t;
      else if (inFormula) formula += t;
    },
  });
  finishRow();
  for (let i = 0; i < grid.length; i++) if (!grid[i]) grid[i] = [];
  return grid;
}
