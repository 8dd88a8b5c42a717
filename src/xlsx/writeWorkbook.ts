/**
 * Writes a plan to a file: in memory for ordinary workbooks, streaming for large ones (see
 * writeStreaming.ts). It writes the destination path completely and renames nothing: the
 * command claims its output first (src/cli/outputFile.ts) and hands the claim's temp file here,
 * then commits it, so a failed run never leaves half a workbook behind.
 */
import type { WorkbookPlan } from '../workbook/types';
import { finishPackageFile } from './finishPackage';

/**
 * The exceljs writers, loaded when a workbook is written: exceljs takes most of a second to load,
 * and validate, stats, export and refresh in place never need it.
 */
function writers(): typeof import('./writePlan') & typeof import('./writeStreaming') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return { ...require('./writePlan'), ...require('./writeStreaming') };
}

/** Above this many ticket rows the streaming writer is used (measured: scripts/bench.js). */
export const STREAMING_THRESHOLD = 5_000;

export type WriteProgress = (done: number, total: number, stage: string) => void;

export function ticketRowCount(plan: WorkbookPlan): number {
  for (const s of plan.sheets) for (const b of s.blocks) if (b.kind === 'table' && b.name === 'Tickets') return b.rows.length;
  return 0;
}

export async function writePlanFile(plan: WorkbookPlan, dest: string, onProgress?: WriteProgress, opts: { streaming?: boolean } = {}): Promise<void> {
  // Notes and hyperlinks carried onto table cells (archive) are written by the streaming writer.
  const annotated = plan.sheets.some((s) => s.blocks.some((b) => b.kind === 'table' && b.annotations?.length));
  const streaming = opts.streaming ?? (annotated || ticketRowCount(plan) > STREAMING_THRESHOLD);
  const { writePlanStreaming, writePlanXlsx } = writers();
  if (streaming) await writePlanStreaming(plan, dest, onProgress);
  else {
    onProgress?.(0, 1, 'write');
    await writePlanXlsx(plan, dest);
    onProgress?.(1, 1, 'write');
  }
  // Charts and PivotTables exceljs cannot write (src/xlsx/finishPackage.ts).
  await finishPackageFile(plan, dest);
}
