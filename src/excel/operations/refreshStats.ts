/**
 * 统计 › 刷新: recomputes the period's figures and rewrites the statistics and summary sheets —
 * found by the tables and names they hold, so a sheet the team renamed is refreshed in place.
 */
import { groupLogsByTicket } from '../../core/engine/completeTable';
import { completeTicket } from '../../core/engine/completeTicket';
import { computeStats, type StatsReport } from '../../core/stats/computeStats';
import type { Period } from '../../core/stats/period';
import { applyPlan } from '../applyPlan';
import { HostError } from '../errors';
import type { Progress } from '../serviceBookHost';
import type { Session } from '../session';
import { loadState } from '../workbookState';
import { asOfFor, planFor, requireFeature, workbookLocale, type OpEnv } from './env';
import { logsOf, ticketsOf } from './ticketRows';

export async function refreshStats(s: Session, env: OpEnv, period: Period, onProgress?: Progress): Promise<StatsReport> {
  requireFeature(env, 'names');
  const state = await loadState(s, { Tickets: 'all', Ticket_Log: 'all' }, onProgress);
  if (!state.structured) throw new HostError('noTicketsTable');
  const { settings } = state;
  const asOf = asOfFor(env, settings);
  const tickets = ticketsOf(state).rows.map((r) => r.ticket);
  const logs = logsOf(state);
  const byId = groupLogsByTicket(logs);
  const current = tickets.map((t) => completeTicket(t, { settings, asOf, log: byId.get(t.id) ?? [] }));
  const stats = computeStats(current, { period, asOf, settings, log: logs });
  await applyPlan(s, planFor(settings, workbookLocale(env, state), current, [], [], stats), { caps: env.caps, only: ['stats', 'pivots'], onProgress });
  return stats;
}
