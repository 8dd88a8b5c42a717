/**
 * 开始 › 导入: the active sheet's rows become the Tickets table of a structured workbook. The
 * source sheet is never touched: a plan sheet whose name it has takes a free name.
 */
import { completeTable } from '../../core/engine/completeTable';
import type { TableGuess } from '../../core/headers/types';
import { computeStats } from '../../core/stats/computeStats';
import { periodContaining } from '../../core/stats/period';
import { importReportOf, readSource } from '../../workbook/readSource';
import { applyPlan } from '../applyPlan';
import { HostError } from '../errors';
import type { ImportSummary, Progress } from '../serviceBookHost';
import type { Session } from '../session';
import { loadState } from '../workbookState';
import { asOfFor, planFor, requireFeature, type OpEnv } from './env';
import { readActiveGrid } from './ticketRows';

export async function convertCurrentSheet(s: Session, env: OpEnv, guess: TableGuess, presetId: string, onProgress?: Progress): Promise<ImportSummary> {
  requireFeature(env, 'names');
  const state = await loadState(s, {});
  if (state.structured) throw new HostError('alreadyConverted');
  const { sheet, grid } = await readActiveGrid(s);
  const locale = env.displayLocale();
  const { settings, result } = readSource(grid, guess, presetId, sheet, 1, locale);
  const asOf = asOfFor(env, settings);
  // The same table rule as the command line: later duplicates renumbered, rows numbered,
  // log lines parsed before numbering re-attached.
  const rows = result.tickets.map((ticket, index) => ({ index, row: result.sourceRows[index] ?? index + 2, ticket }));
  const done = completeTable(rows, result.logs, { settings, asOf, progressFromLog: true });
  const tickets = done.completed.map((c) => c.ticket);
  const numbered = result.tickets.filter((t) => !t.id).length;
  const stats = computeStats(tickets, { period: periodContaining('week', asOf), asOf, settings, log: done.logs });
  const plan = planFor(settings, locale, tickets, done.logs, [], stats, importReportOf(result, done.renumbered, locale));
  const r = await applyPlan(s, plan, { caps: env.caps, onProgress });
  return { imported: tickets.length, numbered, problems: result.problems, redactions: result.redactions.length, unmapped: result.unmapped, renamed: r.renamed, skipped: r.skipped };
}
