/**
 * Statistics across workbooks: a working workbook and its archives, or several teams'
 * workbooks, pooled so the figures equal those of one workbook holding all their tickets.
 * - Within one team, a number seen in two files is one ticket (an archive run stopped between
 *   writing the archive and updating the workbook leaves it in both): the first file's copy
 *   counts, and its log lines; the later copy is reported as a duplicate.
 * - Across teams, equal numbers are different tickets: they are told apart as `team:number`, so
 *   each keeps its own log lines (reopens).
 */
import type { LogEntry, Subtask } from '../schema/log';
import type { Ticket } from '../schema/ticket';

export interface StatsSource {
  team: string;
  tickets: readonly Ticket[];
  logs: readonly LogEntry[];
  subtasks?: readonly Subtask[];
}

export interface Pooled {
  tickets: Ticket[];
  logs: LogEntry[];
  subtasks: Subtask[];
  /** Tickets left out because the same team had them in an earlier file. */
  duplicates: number;
}

/**
 * @example poolSources([{ team: 'A', tickets: [a1], logs: [] }, { team: 'A', tickets: [a1], logs: [] }]).duplicates // 1
 */
export function poolSources(sources: readonly StatsSource[]): Pooled {
  const teamsOf = new Map<string, Set<string>>();
  for (const s of sources) for (const t of s.tickets) if (t.id) (teamsOf.get(t.id) ?? teamsOf.set(t.id, new Set()).get(t.id)!).add(s.team);
  const shared = (id: string): boolean => (teamsOf.get(id)?.size ?? 0) > 1;
  const seen = new Map<string, Set<string>>();
  const tickets: Ticket[] = [];
  const logs: LogEntry[] = [];
  const subtasks: Subtask[] = [];
  let duplicates = 0;
  for (const s of sources) {
    const teamSeen = seen.get(s.team) ?? seen.set(s.team, new Set()).get(s.team)!;
    const skipped = new Set<string>();
    const key = (id: string): string => (shared(id) ? `${s.team}:${id}` : id);
    for (const t of s.tickets) {
      if (t.id && teamSeen.has(t.id)) {
        duplicates++;
        skipped.add(t.id);
        continue;
      }
      if (t.id) teamSeen.add(t.id);
      tickets.push(t.id && shared(t.id) ? { ...t, id: key(t.id) } : t);
    }
    for (const l of s.logs) {
      if (skipped.has(l.ticketId)) continue;
      logs.push(shared(l.ticketId) ? { ...l, ticketId: key(l.ticketId) } : l);
    }
    for (const x of s.subtasks ?? []) {
      if (skipped.has(x.ticketId)) continue;
      subtasks.push(shared(x.ticketId) ? { ...x, ticketId: key(x.ticketId) } : x);
    }
  }
  return { tickets, logs, subtasks, duplicates };
}
