/**
 * The rows of a worksheet part, edited as text: rows outside the edited range are copied as
 * they are (same bytes); rows inside it are rebuilt from their original cells plus the edit.
 * Works for any namespace prefix the writer chose (`<x:row>`), rows without `r` attributes and
 * an empty `<sheetData/>`. Row attributes (height, hidden, outline, style) stay; `spans`, a
 * hint, is dropped on rebuilt rows.
 */
import { colLetters, colNumber } from '../read/cellRef';

export interface CellItem {
  col: number;
  xml: string;
  style: number | null;
  hasFormula: boolean;
}

export interface RowItem {
  row: number;
  start: number;
  end: number;
  /** Attributes of the row element, without r and spans (leading space included). */
  attrs: string;
  inner: string;
}

export interface SheetXml {
  /**
   * The worksheet's text; when `binary`, its UTF-8 bytes one per character (decoded as latin1): a
   * 100,000-row sheet is then a one-byte string half the size, its tags and attributes read the
   * same, and its rows are copied back byte for byte.
   */
  xml: string;
  binary: boolean;
  prefix: string;
  /** Offsets of the sheetData content (between its tags), or of `<sheetData/>` itself when empty. */
  dataStart: number;
  dataEnd: number;
  selfClosingData: boolean;
  rows: RowItem[];
  byRow: Map<number, RowItem>;
}

/** The prefix of the worksheet's main namespace (`x:`), or ''. @example prefixOf('<x:worksheet xmlns:x="…">') === 'x:' */
export function prefixOf(xml: string): string {
  return /<([A-Za-z_][\w.-]*:)?worksheet\b/.exec(xml)?.[1] ?? '';
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Text made elsewhere (a new cell) as the sheet holds its text: UTF-8 bytes as characters when
 * the sheet is binary.
 * @example inSheetText({ binary: true }, '工') === '\u00e5\u00b7\u00a5'
 */
export const inSheetText = (sheet: Pick<SheetXml, 'binary'>, s: string): string => (sheet.binary ? Buffer.from(s, 'utf8').toString('latin1') : s);

export function parseSheetXml(xml: string, opts: { binary?: boolean } = {}): SheetXml {
  const prefix = prefixOf(xml);
  const p = escapeRe(prefix);
  const open = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(xml);
  if (!open) throw new Error('worksheet without sheetData');
  const selfClosingData = open[1] === '/';
  const dataStart = selfClosingData ? open.index : open.index + open[0].length;
  const dataEnd = selfClosingData ? open.index + open[0].length : xml.indexOf(`</${prefix}sheetData>`, dataStart);
  const rows: RowItem[] = [];
  const byRow = new Map<number, RowItem>();
  if (!selfClosingData) {
    const re = new RegExp(`<${p}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}row>)`, 'g');
    re.lastIndex = dataStart;
    let prev = 0;
    for (let m = re.exec(xml); m && m.index < dataEnd; m = re.exec(xml)) {
      const rAttr = /\sr="(\d+)"/.exec(m[1]);
      const row = rAttr ? Number(rAttr[1]) : prev + 1;
      prev = row;
      const item = { row, start: m.index, end: m.index + m[0].length, attrs: m[1].replace(/\s(?:r|spans)="[^"]*"/g, ''), inner: m[2] ?? '' };
      rows.push(item);
      byRow.set(row, item);
    }
  }
  return { xml, binary: opts.binary ?? false, prefix, dataStart, dataEnd, selfClosingData, rows, byRow };
}

/** The cell and formula patterns of a namespace prefix, made once per prefix (cellsOf runs once per row). */
const cellPatterns = new Map<string, { cell: RegExp; formula: RegExp }>();
function patternsOf(prefix: string): { cell: RegExp; formula: RegExp } {
  let m = cellPatterns.get(prefix);
  if (!m) {
    const p = escapeRe(prefix);
    m = { cell: new RegExp(`<${p}c\\b([^>]*?)(?:/>|>[\\s\\S]*?</${p}c>)`, 'g'), formula: new RegExp(`<${p}f\\b`) };
    cellPatterns.set(prefix, m);
  }
  return m;
}

/** The cells of a row, in order (a cell without `r` follows the previous one). */
export function cellsOf(inner: string, prefix: string): CellItem[] {
  const { cell: re, formula } = patternsOf(prefix);
  re.lastIndex = 0;
  const out: CellItem[] = [];
  let prev = 0;
  for (let m = re.exec(inner); m; m = re.exec(inner)) {
    const r = /\sr="\$?([A-Za-z]+)\$?\d*"/.exec(m[1]);
    const col = r ? colNumber(r[1].toUpperCase()) : prev + 1;
    prev = col;
    const s = /\ss="(\d+)"/.exec(m[1]);
    out.push({ col, xml: m[0], style: s ? Number(s[1]) : null, hasFormula: formula.test(m[0]) });
  }
  return out;
}

/**
 * A cell's XML addressed to another row (its `r` rewritten or added).
 * @example readdress('<c r="B3" s="1"><v>2</v></c>', 2, 9) === '<c r="B9" s="1"><v>2</v></c>'
 */
export function readdress(cellXml: string, col: number, row: number): string {
  const ref = `${colLetters(col)}${row}`;
  if (/^<[^>]*?\sr="[^"]*"/.test(cellXml)) return cellXml.replace(/^(<[^>]*?\sr=")[^"]*"/, `$1${ref}"`);
  return cellXml.replace(/^<([\w.-]+:)?c\b/, (m) => `${m} r="${ref}"`);
}

export interface RowOut {
  attrs: string;
  cells: string[];
}

/** Rebuilt worksheet text is handed on in UTF-8 pieces of about this many characters, never as one huge string. */
export const PIECE_CHARS = 1 << 20;

/**
 * The text of pieces (a worksheet rebuilt by `rewriteRows`).
 * @example piecesText([Buffer.from('<a>'), Buffer.from('</a>')]) === '<a></a>'
 */
export const piecesText = (pieces: readonly Buffer[]): string => Buffer.concat(pieces).toString('utf8');

/**
 * Rebuilds rows lo..hi with `build(row)` (null: no row element); every other row is copied as
 * it was. Returns the new worksheet text as UTF-8 pieces of about PIECE_CHARS characters, each
 * ending at a row's end (or the end of the text before or after the rows), so a regular
 * expression over one cell never spans two pieces.
 */
export function rewriteRows(sheet: SheetXml, lo: number, hi: number, build: (row: number) => RowOut | null): Buffer[] {
  const { xml, prefix } = sheet;
  const pieces: Buffer[] = [];
  let pending: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (pending.length) pieces.push(Buffer.from(pending.join(''), sheet.binary ? 'latin1' : 'utf8'));
    pending = [];
    size = 0;
  };
  const push = (s: string): void => {
    pending.push(s);
    size += s.length;
    if (size >= PIECE_CHARS) flush();
  };
  /** xml[from, to) in pieces cut at the ends of the rows it holds. */
  const pushSlice = (from: number, to: number, rows: readonly RowItem[]): void => {
    let at = from;
    for (const r of rows) {
      if (r.end - at + size >= PIECE_CHARS && r.end <= to) {
        push(xml.slice(at, r.end));
        at = r.end;
      }
    }
    if (to > at) push(xml.slice(at, to));
  };
  const before = sheet.rows.filter((r) => r.row < lo);
  const after = sheet.rows.filter((r) => r.row > hi);
  const headEnd = sheet.selfClosingData ? sheet.dataStart : before.length ? before[before.length - 1].end : sheet.dataStart;
  pushSlice(0, headEnd, before);
  if (sheet.selfClosingData) push(`<${prefix}sheetData>`);
  for (let r = lo; r <= hi; r++) {
    const out = build(r);
    if (!out) continue;
    if (out.cells.length === 0 && !out.attrs.trim()) continue;
    push(out.cells.length ? `<${prefix}row r="${r}"${out.attrs}>${out.cells.join('')}</${prefix}row>` : `<${prefix}row r="${r}"${out.attrs}/>`);
  }
  if (sheet.selfClosingData) {
    push(`</${prefix}sheetData>`);
    pushSlice(sheet.dataEnd, xml.length, []);
  } else pushSlice(after.length ? after[0].start : sheet.dataEnd, xml.length, after);
  flush();
  return pieces;
}
