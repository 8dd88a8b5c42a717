/**
 * Writes a data export (`export --format … -o OUT`):
 * - json: OUT is one document `{"tickets": [...], "ticketLog": [...], "subtasks": [...], "problems": [...]}`;
 * - jsonl, csv, parquet: OUT is a folder holding `tickets.<ext>`, `ticket_log.<ext>` and
 *   `subtasks.<ext>` — one folder per export, so `read_parquet('exports/*\/tickets.parquet')`
 *   reads every export's tickets and nothing else.
 * Everything is written beside OUT first and renamed into place once complete.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { ExportTable } from '../core/export/exportTables';
import { tableToCsv } from '../xlsx/export/csvExport';
import { tableObjects, tableToJsonl } from '../xlsx/export/jsonExport';
import { tableToParquet } from '../xlsx/export/parquetExport';
import type { JsonProblem } from './pipeline';

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file a table goes to inside an export folder. */
export const tableFile = (table: ExportTable['name'], format: Exclude<ExportFormat, 'json'>): string => `${table}.${format}`;

async function tableBytes(t: ExportTable, format: Exclude<ExportFormat, 'json'>): Promise<string | Uint8Array> {
  if (format === 'csv') return tableToCsv(t);
  if (format === 'jsonl') return tableToJsonl(t);
  return tableToParquet(t);
}

/** The export written to `out`; returns the files written (for the summary line). */
export async function writeExport(format: ExportFormat, out: string, tables: readonly ExportTable[], problems: readonly JsonProblem[]): Promise<string[]> {
  const target = path.resolve(out);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    if (format === 'json') {
      const [tickets, log, subtasks] = tables;
      const doc = { tickets: tableObjects(tickets), ticketLog: tableObjects(log), subtasks: tableObjects(subtasks), problems };
      await fs.writeFile(tmp, JSON.stringify(doc) + '\n');
      await fs.rm(target, { recursive: true, force: true });
      await fs.rename(tmp, target);
      return [out];
    }
    await fs.mkdir(tmp, { recursive: true });
    const files: string[] = [];
    for (const t of tables) {
      const name = tableFile(t.name, format);
      await fs.writeFile(path.join(tmp, name), await tableBytes(t, format));
      files.push(path.join(out, name));
    }
    await fs.rm(target, { recursive: true, force: true });
    await fs.rename(tmp, target);
    return files;
  } catch (e) {
    await fs.rm(tmp, { recursive: true, force: true });
    throw e;
  }
}
