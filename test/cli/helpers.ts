/** Shared helpers of the command-line integration tests: run `servicebook` in-process and write inputs. */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import type { JsonProblem } from '../../src/cli/pipeline';
import type { Ticket } from '../../src/core/schema/ticket';
import type { StatsReport } from '../../src/core/stats/computeStats';
import { encodeGb18030, toCsv } from '../../src/xlsx/csv';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs the command with `args` (without `node servicebook`), capturing stdout and stderr. */
export async function sb(...args: string[]): Promise<CliResult> {
  return sbIn({}, ...args);
}

/** Runs the command in an environment (LANG, LC_ALL, …); `sb` runs it with none set, so messages are zh-CN. */
export async function sbIn(env: Record<string, string>, ...args: string[]): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await run(['node', 'servicebook', ...args], { out: (s) => (out += s), err: (s) => (err += s), isTTY: false }, env);
  return { code, out, err };
}

/** Runs a command that prints JSON and parses it (fails the test on a non-zero exit). */
export async function sbJson<T>(...args: string[]): Promise<T> {
  const r = await sb(...args);
  if (r.code !== 0) throw new Error(`servicebook ${args.join(' ')} exited ${r.code}: ${r.err}`);
  return JSON.parse(r.out) as T;
}

export const tempDir = (prefix = 'sb-test-'): string => mkdtempSync(path.join(tmpdir(), prefix));

/** Writes a grid of host cells to a one-sheet .xlsx. */
export async function writeGridXlsx(file: string, grid: unknown[][], sheet = 'Sheet1'): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  grid.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    }),
  );
  await wb.xlsx.writeFile(file);
}

/** Writes a grid as a GB18030 CSV, as Excel in a Chinese locale saves it. */
export function writeGridGbCsv(file: string, grid: unknown[][]): void {
  const text = toCsv(grid.map((r) => r.map((v) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 16).replace('T', ' ') : String(v)))));
  writeFileSync(file, encodeGb18030(text));
}

export interface ExportJson {
  tickets: Ticket[];
  problems: JsonProblem[];
}
export interface ImportJson {
  preset: string;
  headerRow: number;
  tickets: number;
  numbered: number;
  numberPattern: string;
  logLines: number;
  overdue: number;
  problems: JsonProblem[];
  redactions: { row: number | null; column: string; field: string; detail: string }[];
  unmapped: string[];
  splits: { column: string; into: string[] }[];
  kept: string[];
}
export interface ValidateJson {
  ok: boolean;
  tickets: number;
  problems: JsonProblem[];
}
export type { StatsReport };

export const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
