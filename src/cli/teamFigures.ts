/**
 * What `stats` adds when it reads several workbooks: the files it read (team, tickets) and the
 * main figures of each team over the same period, so teams can be compared side by side.
 */
import type { Settings } from '../core/settings/settings';
import { computeStats } from '../core/stats/computeStats';
import { poolSources } from '../core/stats/combineSources';
import type { Period } from '../core/stats/period';
import type { PeriodFigures } from '../core/stats/types';
import type { LocalDateTime } from '../core/time/localDateTime';
import type { CompletedSource } from './sources';

export interface SourceSummary {
  path: string;
  team: string;
  tickets: number;
  logLines: number;
  subtasks: number;
}

export type TeamFigures = { team: string; csatMean: number | null } & Pick<PeriodFigures, 'received' | 'resolved' | 'backlog' | 'overdueOpen' | 'onTimeResponseRate' | 'onTimeResolutionRate'>;

export const sourceSummaries = (sources: readonly CompletedSource[]): SourceSummary[] =>
  sources.map((s) => ({ path: s.path, team: s.team, tickets: s.tickets.length, logLines: s.logs.length, subtasks: s.subtasks.length }));

/** Each team's figures for `period` (the pooled report's period), in order of first appearance. */
export function teamFigures(sources: readonly CompletedSource[], period: Period, asOf: LocalDateTime, settings: Settings): TeamFigures[] {
  const teams = [...new Set(sources.map((s) => s.team))];
  return teams.map((team) => {
    const pooled = poolSources(sources.filter((s) => s.team === team));
    const r = computeStats(pooled.tickets, { period, asOf, settings, log: pooled.logs });
    return { team, received: r.received, resolved: r.resolved, backlog: r.backlog, overdueOpen: r.overdueOpen, onTimeResponseRate: r.onTimeResponseRate, onTimeResolutionRate: r.onTimeResolutionRate, csatMean: r.csat.mean };
  });
}
