/**
 * Reads an input file into grids of plain cells (`string | number | boolean | Date | null`):
 * .xlsx through the streaming reader in read/ (tables located by name), .csv (UTF-8 with or
 * without BOM, else GB18030 as Chinese Excel writes it). Anything that cannot be used throws
 * `UnusableInputError` (the CLI's exit code 2, one line): devices, directories and pipes are
 * refused before reading; legacy .xls/.et and password-protected files get one line saying how
 * to save them as .xlsx (we do not convert them ourselves: LibreOffice may not be installed, and
 * the user should see and keep the converted file).
 */
import { promises as fs } from 'fs';
import type { RawCell, TableData } from '../workbook/types';
import { decodeCsv, readCsvText } from './csv';
import { READ_LIMITS, type ReadLimits } from './read/limits';
import { cannotOpen, legacyOrEncrypted, notAFile, notWorkbookOrCsv } from './read/messages';
import { readXlsxPackage, type FormulaNote, type HyperlinkNote, type SheetGrid } from './read/readXlsx';
import { UnusableInputError } from './read/unusable';

export { UnusableInputError };
export type { SheetGrid };

export interface InputBook {
  kind: 'xlsx' | 'csv';
  sheets: SheetGrid[];
  /** Excel tables by name (empty for CSV). */
  tables: Map<string, TableData>;
  /** What reading changed or guessed (CSV: a stray quote, a line in another encoding), by file line. */
  notes?: ReadNote[];
}

export type ReadNote =
  | {
      sheet: string;
      /** 1-based line of the file. */
      line: number;
      kind: 'unbalancedQuote' | 'gb18030Line';
    }
  | HyperlinkNote
  | FormulaNote;

/** Refuses anything that is not a regular file (a device such as /dev/zero, a directory, a FIFO). */
export async function assertRegularFile(path: string): Promise<number> {
  let st;
  try {
    st = await fs.stat(path);
  } catch {
    throw cannotOpen(path);
  }
  if (!st.isFile()) throw notAFile(path);
  return st.size;
}

export async function readXlsx(path: string, limits: ReadLimits = READ_LIMITS): Promise<InputBook> {
  await assertRegularFile(path);
  return readXlsxPackage(path, limits);
}

export async function readCsvFile(path: string): Promise<InputBook> {
  const bytes = await fs.readFile(path);
  const { text, gbLines } = decodeCsv(bytes);
  const { rows, notes } = readCsvText(text);
  const grid: RawCell[][] = rows;
  const name = path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const all: ReadNote[] = [...gbLines.map((line) => ({ sheet: name, line, kind: 'gb18030Line' as const })), ...notes.map((n) => ({ sheet: name, ...n }))];
  return { kind: 'csv', sheets: [{ name, grid }], tables: new Map(), notes: all };
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Reads .xlsx or .csv by content (a zip starts with PK), falling back to the extension. */
export async function readInput(path: string, limits: ReadLimits = READ_LIMITS): Promise<InputBook> {
  await assertRegularFile(path);
  const head = Buffer.alloc(8);
  try {
    const fh = await fs.open(path, 'r');
    try {
      await fh.read(head, 0, 8, 0);
    } finally {
      await fh.close();
    }
  } catch {
    throw cannotOpen(path);
  }
  if (head[0] === 0x50 && head[1] === 0x4b) return readXlsxPackage(path, limits);
  if (OLE_MAGIC.every((b, i) => head[i] === b) || /\.(xls|et|ett|xlt)$/i.test(path)) throw legacyOrEncrypted(path);
  if (/\.(csv|txt)$/i.test(path)) return readCsvFile(path);
  throw notWorkbookOrCsv(path);
}
