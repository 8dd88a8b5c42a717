/**
 * What a host must implement so the shared code can build and read a structured workbook.
 * Two hosts implement it: the file host (src/xlsx, exceljs) and the Office.js host (src/excel).
 * Kept deliberately small: everything else (settings, tickets, statistics) is derived from
 * `readTable` results by `readPlanTables`, and written through one `applyPlan`.
 */
import type { TableData, WorkbookPlan } from './types';

export type PlanProgress = (done: number, total: number, stage: string) => void;

export interface WorkbookPort {
  /** Names of the tables the workbook holds (any sheet). */
  listTables(): Promise<string[]>;
  /**
   * One table's header texts and body rows, or null when the workbook has no table of that name.
   * Dates come as `Date` (wall time in the UTC fields) or Excel serial numbers; formula cells as
   * their cached results; rich text flattened to plain strings.
   */
  readTable(name: string): Promise<TableData | null>;
  /**
   * Creates or replaces the sheets, tables, names, validations and conditional formats of the
   * plan. A host that cannot build a feature (e.g. pivots without ExcelApi 1.8) skips it and says
   * so through `onProgress(…, 'skipped:<feature>')`; it never throws for a missing feature.
   */
  applyPlan(plan: WorkbookPlan, onProgress?: PlanProgress): Promise<void>;
}

/** Reads every table of `names` that exists; missing ones are absent from the result. */
export async function readTables(port: WorkbookPort, names: readonly string[]): Promise<Map<string, TableData>> {
  const present = new Set(await port.listTables());
  const out = new Map<string, TableData>();
  for (const n of names) {
    if (!present.has(n)) continue;
    const t = await port.readTable(n);
    if (t) out.set(n, t);
  }
  return out;
}
