/**
 * Several inputs read as one: each workbook (a working workbook, its archives, other teams'
 * workbooks) completed by the engine with its own settings and tagged with its team — the
 * workbook's Config_Meta `team`, else its file name without the extension. Statistics pool
 * them (poolSources in core); exports keep a team and a source column.
 */
import * as path from 'path';
import type { LogEntry, Subtask } from '../core/schema/log';
import type { Ticket } from '../core/schema/ticket';
import type { LocalDateTime } from '../core/time/localDateTime';
import { completeAll, load, type Loaded } from './pipeline';

export interface Source {
  path: string;
  team: string;
  loaded: Loaded;
}

export interface CompletedSource extends Source {
  tickets: Ticket[];
  logs: LogEntry[];
  subtasks: Subtask[];
}

/**
 * The team of a workbook: its Config_Meta team, else the file name without extension.
 * @example teamOf('/data/客服一组.xlsx', undefined) // '客服一组'
 */
export const teamOf = (file: string, configured: string | undefined): string => configured?.trim() || path.basename(file).replace(/\.(xlsx|xlsm|csv)$/i, '');

export async function loadSources(paths: readonly string[]): Promise<Source[]> {
  const out: Source[] = [];
  for (const p of paths) {
    const loaded = await load(p);
    out.push({ path: p, team: teamOf(p, loaded.settings.team), loaded });
  }
  return out;
}

/**
 * Each source completed as of `asOf` (the latest log note becomes the progress). Secrets, and
 * contacts when masking is on, were redacted as the tables were read.
 */
export function completeSources(sources: readonly Source[], asOf: LocalDateTime): CompletedSource[] {
  return sources.map((s) => {
    const { tickets, logs } = completeAll(s.loaded, asOf, true);
    return { ...s, tickets, logs, subtasks: s.loaded.subtasks };
  });
}
