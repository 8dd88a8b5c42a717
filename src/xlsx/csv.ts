/**
 * CSV as spreadsheet programs write it: RFC 4180 quoting (quoted fields may hold commas,
 * doubled quotes and newlines), CRLF or LF rows, UTF-8 with or without BOM, or GB18030/GBK
 * (what Excel in a Chinese locale saves as "CSV"). Every cell is text; header recognition and
 * the parsers decide what it means. A cell like `=1+1` stays the text `=1+1`.
 */
import { isUtf8 as bufferIsUtf8 } from 'buffer';
import iconv from 'iconv-lite';

/** Whether bytes are valid UTF-8 (Node's validator: no string is made). */
const isUtf8 = (b: Buffer): boolean => bufferIsUtf8(b);

/**
 * Decodes CSV bytes: UTF-8 when they are valid UTF-8 (BOM dropped), GB18030 when no line is
 * UTF-8 beyond ASCII; a file that mixes them (a GB18030 row pasted into a UTF-8 file) is decoded
 * line by line, each line in its own encoding, and the GB18030 lines are listed (1-based) — never
 * a silent U+FFFD. (A line feed never occurs inside a GB18030 character, so lines split safely.)
 * @example decodeCsv(Buffer.from('a,b\n')) // → { text: 'a,b\n', gbLines: [] }
 */
export function decodeCsv(bytes: Uint8Array): { text: string; gbLines: number[] } {
  let b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  if (bom) b = b.subarray(3);
  if (isUtf8(b)) return { text: b.toString('utf8'), gbLines: [] };
  const lines: Buffer[] = [];
  for (let start = 0; start < b.length; ) {
    const nl = b.indexOf(0x0a, start);
    const end = nl < 0 ? b.length : nl + 1;
    lines.push(b.subarray(start, end));
    start = end;
  }
  const nonAscii = (l: Buffer): boolean => l.some((x) => x >= 0x80);
  const utf8Lines = lines.filter((l) => nonAscii(l) && isUtf8(l)).length;
  if (!bom && utf8Lines === 0) return { text: iconv.decode(b, 'gb18030'), gbLines: [] };
  const gbLines: number[] = [];
  const text = lines
    .map((l, i) => {
      if (isUtf8(l)) return l.toString('utf8');
      gbLines.push(i + 1);
      return iconv.decode(l, 'gb18030');
    })
    .join('');
  return { text, gbLines };
}

/** Decodes bytes as UTF-8 when they are valid UTF-8 (BOM dropped), else as GB18030 (see decodeCsv). */
export const decodeCsvBytes = (bytes: Uint8Array): string => decodeCsv(bytes).text;

/** Encodes text as Chinese Excel's CSV would (GB18030). */
export const encodeGb18030 = (text: string): Buffer => iconv.encode(text, 'gb18030');

/** Guesses the delimiter from the first line: comma, tab or semicolon. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', '\t', ';'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0][0];
}

/** Something the CSV reader changed or guessed, by 1-based line of the file. */
export interface CsvNote {
  line: number;
  kind: 'unbalancedQuote';
}

/**
 * Reads CSV text into rows. A quote that opens a field but never closes properly (the file
 * ends inside it, or its closing quote is followed by more text) would swallow the following
 * rows into one field: such a quote is read as an ordinary character instead, the row is read
 * again from its start, and the line is noted. Quoted fields that span lines legitimately are
 * kept whole.
 * @example readCsvText('a,b\n1,"x\n2,y\n').rows // → [['a','b'],['1','"x'],['2','y']]
 */
export function readCsvText(text: string, delimiter = delimiterOf(text)): { rows: string[][]; notes: CsvNote[] } {
  const rows: string[][] = [];
  const notes: CsvNote[] = [];
  const literal = new Set<number>();
  const n = text.length;
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteAt = -1;
  let quoteLine = 0;
  let line = 1;
  // Where the current row started: offset, line; a bad quote rewinds here.
  let rowStart = 0;
  let rowLine = 1;
  let i = 0;
  const endRow = (): void => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  const rewind = (): void => {
    literal.add(quoteAt);
    notes.push({ line: quoteLine, kind: 'unbalancedQuote' });
    row = [];
    field = '';
    quoted = false;
    i = rowStart;
    line = rowLine;
  };
  const delim = delimiter.charCodeAt(0);
  for (;;) {
    if (i >= n) {
      // The file ended inside a quoted field: that quote was a character.
      if (quoted) {
        rewind();
        continue;
      }
      break;
    }
    if (quoted) {
      // Up to the next quote in one piece (the text between is the field's, new lines included).
      const q = text.indexOf('"', i);
      const to = q < 0 ? n : q;
      for (let nl = text.indexOf('\n', i); nl >= 0 && nl < to; nl = text.indexOf('\n', nl + 1)) line++;
      field += text.slice(i, to);
      i = to;
      if (q < 0) continue;
      if (text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      const next = text[i + 1];
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
        rewind();
        continue;
      }
      quoted = false;
      i++;
      continue;
    }
    const ch = text[i];
    if (ch === '"' && field === '' && !literal.has(i)) {
      quoted = true;
      quoteAt = i;
      quoteLine = line;
      i++;
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowStart = i;
      rowLine = line;
    } else {
      // Up to the next delimiter or line end in one piece: a quote inside an unquoted field is a character.
      let j = i + 1;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === delim || c === 13 || c === 10) break;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return { rows, notes };
}

export const parseCsv = (text: string, delimiter = delimiterOf(text)): string[][] => readCsvText(text, delimiter).rows;

/** Quotes a field when it needs it. */
const quote = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
export const toCsv = (rows: readonly (readonly string[])[]): string => rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
