/**
 * Reads an input file into grids of plain cells (`string | number | boolean | Date | null`):
 * .xlsx through exceljs (formula results, rich text and hyperlinks flattened; tables located by
 * name) and .csv (UTF-8 with or without BOM, else GB18030 as Chinese Excel writes it).
 * Anything that cannot be read throws `UnusableInputError` (the CLI's exit code 2).
 */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { RawCell, TableData } from '../workbook/types';
import { decodeCsvBytes, parseCsv } from './csv';

export class UnusableInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnusableInputError';
  }
}

export interface SheetGrid {
  name: string;
  grid: RawCell[][];
}

export interface InputBook {
  kind: 'xlsx' | 'csv';
  sheets: SheetGrid[];
  /** Excel tables by name (empty for CSV). */
  tables: Map<string, TableData>;
}

/** One exceljs cell value as a plain cell. */
export function flattenCell(v: ExcelJS.CellValue | undefined): RawCell {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('') || null;
    if ('formula' in v || 'sharedFormula' in v) return flattenCell((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('hyperlink' in v && 'text' in v) return flattenCell((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
    if ('error' in v) return null;
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return null;
}

function sheetGrid(ws: ExcelJS.Worksheet): RawCell[][] {
  const grid: RawCell[][] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: RawCell[] = new Array(width).fill(null);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells[c - 1] = flattenCell(cell.value);
    });
    grid[r - 1] = cells;
  });
  for (let i = 0; i < grid.length; i++) if (!grid[i]) grid[i] = new Array(width).fill(null);
  // Trim trailing empty columns.
  let w = 0;
  for (const r of grid) for (let c = r.length - 1; c >= w; c--) if (r[c] !== null && r[c] !== '') w = c + 1;
  return grid.map((r) => r.slice(0, w));
}

function decodeRef(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { left: col(m[1]), top: +m[2], right: col(m[3]), bottom: +m[4] };
}

function tableFromGrid(name: string, sheet: string, grid: RawCell[][], box: { top: number; left: number; bottom: number; right: number }): TableData {
  const at = (r: number, c: number): RawCell => grid[r - 1]?.[c - 1] ?? null;
  const headers: string[] = [];
  for (let c = box.left; c <= box.right; c++) headers.push(String(at(box.top, c) ?? ''));
  const rows: RawCell[][] = [];
  for (let r = box.top + 1; r <= box.bottom; r++) {
    const row: RawCell[] = [];
    for (let c = box.left; c <= box.right; c++) row.push(at(r, c));
    rows.push(row);
  }
  return { name, sheet, headerRow: box.top, headers, rows };
}

function tablesOf(ws: ExcelJS.Worksheet, grid: RawCell[][], out: Map<string, TableData>): void {
  const tables = (ws as unknown as { tables?: Record<string, { table?: { tableRef?: string; ref?: string; name?: string } }> }).tables ?? {};
  for (const [name, t] of Object.entries(tables)) {
    const ref = t.table?.tableRef ?? t.table?.ref;
    const box = ref ? decodeRef(ref) : null;
    if (box) out.set(name, tableFromGrid(name, ws.name, grid, box));
  }
}

/** Above this file size the streaming reader is used (exceljs's in-memory model needs ~40× the file). */
export const STREAMING_READ_BYTES = 2 * 1024 * 1024;

export async function readXlsx(path: string, opts: { streaming?: boolean } = {}): Promise<InputBook> {
  let streaming = opts.streaming;
  if (streaming === undefined) streaming = (await fs.stat(path)).size > STREAMING_READ_BYTES;
  try {
    return streaming ? await readXlsxStreaming(path) : await readXlsxInMemory(path);
  } catch (e) {
    if (e instanceof UnusableInputError) throw e;
    throw new UnusableInputError(`无法读取工作簿（不是有效的 .xlsx 文件）：${path}`);
  }
}

async function readXlsxInMemory(path: string): Promise<InputBook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheets: SheetGrid[] = [];
  const tables = new Map<string, TableData>();
  wb.eachSheet((ws) => {
    const grid = sheetGrid(ws);
    sheets.push({ name: ws.name, grid });
    tablesOf(ws, grid, tables);
  });
  if (sheets.length === 0) throw new UnusableInputError(`工作簿中没有工作表：${path}`);
  return { kind: 'xlsx', sheets, tables };
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]);
const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : null;
};

/** Relationship id → target (resolved against `base`, e.g. `xl/`). */
async function rels(zip: JSZip, file: string, base: string): Promise<Map<string, string>> {
  const xml = await zip.file(file)?.async('string');
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const tag of xml.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (!id || !target) continue;
    const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
    const norm: string[] = [];
    for (const p of parts) {
      if (p === '..') norm.pop();
      else if (p !== '.') norm.push(p);
    }
    out.set(id, norm.join('/'));
  }
  return out;
}

/** Table name, ref and sheet name from the package parts (the streaming reader skips tables). */
async function tableParts(zip: JSZip): Promise<{ name: string; ref: string; sheet: string }[]> {
  const wbXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const wbRels = await rels(zip, 'xl/_rels/workbook.xml.rels', 'xl/');
  const out: { name: string; ref: string; sheet: string }[] = [];
  for (const tag of wbXml.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attr(tag, 'name');
    const target = wbRels.get(attr(tag, 'r:id') ?? '');
    if (!name || !target) continue;
    const dirName = target.slice(0, target.lastIndexOf('/') + 1);
    const relFile = `${dirName}_rels/${target.slice(dirName.length)}.rels`;
    for (const t of (await rels(zip, relFile, dirName)).values()) {
      if (!/tables\/[^/]+\.xml$/.test(t)) continue;
      const xml = (await zip.file(t)?.async('string')) ?? '';
      const tableTag = /<table\b[^>]*>/.exec(xml)?.[0] ?? '';
      const tname = attr(tableTag, 'name') ?? attr(tableTag, 'displayName');
      const ref = attr(tableTag, 'ref');
      if (tname && ref) out.push({ name: tname, ref, sheet: name });
    }
  }
  return out;
}

/** Rows streamed by exceljs's WorkbookReader (dates recognised from the styles), tables from the package. */
export async function readXlsxStreaming(path: string): Promise<InputBook> {
  const zip = await JSZip.loadAsync(await fs.readFile(path));
  const parts = await tableParts(zip);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  const sheets: SheetGrid[] = [];
  for await (const ws of reader) {
    const grid: RawCell[][] = [];
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as ExcelJS.CellValue[];
      const cells: RawCell[] = [];
      for (let c = 1; c < values.length; c++) cells.push(flattenCell(values[c]));
      grid[row.number - 1] = cells;
    }
    for (let i = 0; i < grid.length; i++) if (!grid[i]) grid[i] = [];
    sheets.push({ name: (ws as unknown as { name: string }).name, grid });
  }
  if (sheets.length === 0) throw new UnusableInputError(`工作簿中没有工作表：${path}`);
  const tables = new Map<string, TableData>();
  for (const t of parts) {
    const grid = sheets.find((s) => s.name === t.sheet)?.grid;
    const box = decodeRef(t.ref);
    if (!grid || !box) continue;
    tables.set(t.name, tableFromGrid(t.name, t.sheet, grid, box));
  }
  return { kind: 'xlsx', sheets, tables };
}

export async function readCsvFile(path: string): Promise<InputBook> {
  const bytes = await fs.readFile(path);
  const text = decodeCsvBytes(bytes);
  const grid: RawCell[][] = parseCsv(text);
  const name = path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return { kind: 'csv', sheets: [{ name, grid }], tables: new Map() };
}

/** Reads .xlsx or .csv by content (a zip starts with PK), falling back to the extension. */
export async function readInput(path: string): Promise<InputBook> {
  let head: Buffer;
  try {
    const fh = await fs.open(path, 'r');
    try {
      head = Buffer.alloc(4);
      await fh.read(head, 0, 4, 0);
    } finally {
      await fh.close();
    }
  } catch {
    throw new UnusableInputError(`无法打开输入文件：${path}`);
  }
  const isZip = head[0] === 0x50 && head[1] === 0x4b;
  if (isZip) return readXlsx(path);
  if (/\.(csv|txt)$/i.test(path)) return readCsvFile(path);
  throw new UnusableInputError(`不是工作簿或 CSV 文件：${path}`);
}
