/** What `servicebook archive --json` prints, and a pooled statistics report without its list of sources (tests of issue 13). */
import type { StatsReport } from '../cli/helpers';

type Counts = { tickets: number; logLines: number; subtasks: number };

export interface ArchiveJson {
  moved: number;
  alreadyArchived: number;
  keptBack: number;
  before: Record<'working' | 'archive', Counts>;
  after: Record<'working' | 'archive', Counts>;
}

export type Pooled = StatsReport & { sources?: unknown; teams?: unknown; duplicates?: unknown };

/** The report of several files as one workbook's would read. */
export const report = ({ sources, teams, duplicates, ...rest }: Pooled): StatsReport => (void sources, void teams, void duplicates, rest);
