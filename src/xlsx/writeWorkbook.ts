/**
 * Writes a plan to a file: in memory for ordinary workbooks, streaming for large ones (see
 * writeStreaming.ts). The file appears only once complete (written beside it, then renamed),
 * so a failed run never leaves half a workbook behind.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { WorkbookPlan } from '../workbook/types';
import { writePlanXlsx } from './writePlan';
import { writePlanStreaming } from './writeStreaming';

/** Above this many ticket rows the streaming writer is used (measured: scripts/bench.js). */
export const STREAMING_THRESHOLD = 5_000;

export type WriteProgress = (done: number, total: number, stage: string) => void;

export function ticketRowCount(plan: WorkbookPlan): number {
  for (const s of plan.sheets) for (const b of s.blocks) if (b.kind === 'table' && b.name === 'Tickets') return b.rows.length;
  return 0;
}

export async function writePlanFile(plan: WorkbookPlan, out: string, onProgress?: WriteProgress, opts: { streaming?: boolean } = {}): Promise<void> {
  const tmp = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.tmp`);
  const streaming = opts.streaming ?? ticketRowCount(plan) > STREAMING_THRESHOLD;
  try {
    if (streaming) await writePlanStreaming(plan, tmp, onProgress);
    else {
      onProgress?.(0, 1, 'write');
      await writePlanXlsx(plan, tmp);
      onProgress?.(1, 1, 'write');
    }
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
