/**
 * Writes a data export (`export --format … -o OUT`):
 * - json: OUT is one document `{"tickets": [...], "ticketLog": [...], "subtasks": [...], "problems": [...]}`;
 * - jsonl, csv, parquet: OUT is a folder holding `tickets.<ext>`, `ticket_log.<ext>` and
 *   `subtasks.<ext>` — one folder per export, so `read_parquet('exports/*\/tickets.parquet')`
 *   reads every export's tickets and nothing else.
 * Every file is claimed through outputFile.ts (never an input, refused when it exists unless
 * --force, written beside it and renamed into place once complete).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { ExportTable } from '../core/export/exportTables';
import { tableToCsv } from '../xlsx/export/csvExport';
import { exportJsonText, tableToJsonl } from '../xlsx/export/jsonExport';
import { tableToParquet } from '../xlsx/export/parquetExport';
import { claimOutput, type OutputClaim } from './outputFile';
import type { JsonProblem } from './pipeline';

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
type FolderFormat = Exclude<ExportFormat, 'json'>;

async function tableBytes(t: ExportTable, format: FolderFormat): Promise<string | Uint8Array> {
  if (format === 'csv') return tableToCsv(t);
  if (format === 'jsonl') return tableToJsonl(t);
  return tableToParquet(t);
}

/** Writes one file through a claim; returns its path. */
async function writeClaimed(inputs: readonly string[], out: string, force: boolean, bytes: () => Promise<string | Uint8Array>): Promise<string> {
  const claim: OutputClaim = await claimOutput(inputs, out, force);
  try {
    await fs.writeFile(claim.tmpPath, await bytes());
    await claim.commit();
    return out;
  } catch (e) {
    await claim.abort();
    throw e;
  }
}

/** The export written to `out`; returns the files written (for the summary line). */
export async function writeExport(format: ExportFormat, out: string, inputs: readonly string[], force: boolean, tables: readonly ExportTable[], problems: readonly JsonProblem[]): Promise<string[]> {
  if (format === 'json') {
    return [await writeClaimed(inputs, out, force, async () => exportJsonText(tables, problems))];
  }
  const made = await fs.mkdir(out, { recursive: true });
  const files: string[] = [];
  try {
    // A file that cannot be claimed stops the export; a folder this run made is removed again.
    for (const t of tables) files.push(await writeClaimed(inputs, path.join(out, `${t.name}.${format}`), force, () => tableBytes(t, format)));
    return files;
  } catch (e) {
    if (made) await fs.rm(made, { recursive: true, force: true });
    throw e;
  }
}
