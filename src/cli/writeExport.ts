/**
 * Writes a data export (`export --format … -o OUT`):
 * - json: OUT is one document `{"tickets": [...], "ticketLog": [...], "subtasks": [...], "problems": [...]}`;
 * - jsonl, csv, parquet: OUT is a folder holding `tickets.<ext>`, `ticket_log.<ext>` and
 *   `subtasks.<ext>` — one folder per export, so `read_parquet('exports/*\/tickets.parquet')`
 *   reads every export's tickets and nothing else.
 * Every file is claimed through outputFile.ts (never an input, refused when it exists unless
 * --force, written beside it and renamed into place once complete).
 */
import { createWriteStream, promises as fs } from 'fs';
import { once } from 'events';
import * as path from 'path';
import type { ExportTable } from '../core/export/exportTables';
import { tableCsvChunks } from '../xlsx/export/csvExport';
import { exportJsonChunks, tableJsonlChunks } from '../xlsx/export/jsonExport';
import { tableToParquet } from '../xlsx/export/parquetExport';
import { batches } from './batches';
import { claimOutput, type OutputClaim } from './outputFile';
import type { JsonProblem } from './pipeline';

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
type FolderFormat = Exclude<ExportFormat, 'json'>;

/** A file's content: bytes at once (Parquet), or text in pieces (JSON, JSON Lines, CSV). */
type Content = Uint8Array | Iterable<string>;

async function tableContent(t: ExportTable, format: FolderFormat): Promise<Content> {
  if (format === 'csv') return tableCsvChunks(t);
  if (format === 'jsonl') return tableJsonlChunks(t);
  return tableToParquet(t);
}

/**
 * Writes text pieces to `file`, about 1 MB per write, waiting whenever the disk falls behind:
 * the text is never one string, so an export larger than a JavaScript string is written whole.
 */
async function writeText(file: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  const failed = once(out, 'error').then(([e]) => Promise.reject(e as Error));
  failed.catch(() => undefined);
  try {
    for (const batch of batches(chunks, 1 << 20)) if (!out.write(batch)) await Promise.race([once(out, 'drain'), failed]);
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
  } catch (e) {
    // The file is the claim's temp file: closed here, removed by the claim's abort.
    out.destroy();
    throw e;
  }
}

/** Writes one file through a claim; returns its path. */
async function writeClaimed(inputs: readonly string[], out: string, force: boolean, content: () => Promise<Content>): Promise<string> {
  const claim: OutputClaim = await claimOutput(inputs, out, force);
  try {
    const c = await content();
    if (c instanceof Uint8Array) await fs.writeFile(claim.tmpPath, c);
    else await writeText(claim.tmpPath, c);
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
    return [await writeClaimed(inputs, out, force, async () => exportJsonChunks(tables, problems))];
  }
  const made = await fs.mkdir(out, { recursive: true });
  const files: string[] = [];
  try {
    // A file that cannot be claimed stops the export; a folder this run made is removed again.
    for (const t of tables) files.push(await writeClaimed(inputs, path.join(out, `${t.name}.${format}`), force, () => tableContent(t, format)));
    return files;
  } catch (e) {
    if (made) await fs.rm(made, { recursive: true, force: true });
    throw e;
  }
}
