/**
 * 检查: completes every row (numbers, later duplicates renumbered, derived fields, status changes
 * the log has not seen) and the Ticket_Log and Subtasks lines as refresh does (maskSideTables),
 * validates them and sorts the open tickets into the check lists. When co-authors moved rows
 * while it wrote, it runs again (twice at most) over the rows as they are.
 */
import { completeTable } from '../../core/engine/completeTable';
import { calendarYearProblems } from '../../workbook/calendarYears';
import { knownTickets } from '../../workbook/readPlan';
import { localeOfHeaders } from '../../workbook/ticketTable';
import { unreadableCells } from '../../workbook/unreadableCells';
import { checkLists, checkProblems } from '../checks';
import type { CheckReport, Progress } from '../serviceBookHost';
import type { Session } from '../session';
import { loadState } from '../workbookState';
import { asOfFor, workbookLocale, type OpEnv } from './env';
import { lineProblemsOf, logsOf, privacyProblemsOf, ticketsOf } from './ticketRows';
import { writeCompleted } from './writeCompleted';

const ROUNDS = 3;

export async function checkRows(s: Session, env: OpEnv, onProgress?: Progress, round = 1): Promise<CheckReport> {
  const state = await loadState(s, { Tickets: 'all', Ticket_Log: 'all', Subtasks: 'all' }, onProgress, env.caps.conditionalFormats);
  const asOf = asOfFor(env, state.settings);
  if (!state.structured) return { asOf, problems: [], completed: 0, renumbered: [], overdue: [], dueSoon: [], escalated: [], needsProgress: [], revisitsDue: [], configProblems: state.configProblems };
  const { rows, problems: cellProblems } = ticketsOf(state);
  const logs = logsOf(state);
  const out = completeTable(rows, logs, { settings: state.settings, asOf, allIds: state.ids.Tickets ?? [], usedIds: state.ids.Ticket_Log, record: true, locale: workbookLocale(env, state) });
  const changed = out.completed.filter((c) => JSON.stringify(c.ticket) !== JSON.stringify(c.before));
  // The lines are completed as refresh completes them: naming a completed ticket, in the language of the Tickets headers.
  const toComplete = { known: knownTickets(out.completed.map((c) => c.ticket), state.settings.numbering), locale: localeOfHeaders(state.data.Tickets?.headers ?? []) };
  const w = await writeCompleted(s, env.caps, workbookLocale(env, state), state, changed, out.newLog, unreadableCells(cellProblems), onProgress, toComplete);
  if (w.moved > 0 && round < ROUNDS) {
    const again = await checkRows(s, env, onProgress, round + 1);
    return { ...again, completed: again.completed + w.written, renumbered: [...out.renumbered, ...again.renumbered] };
  }
  const tickets = out.completed.map((c) => c.ticket);
  return {
    asOf,
    problems: [...cellProblems, ...privacyProblemsOf(state), ...checkProblems(out.completed, state.settings)].sort((a, b) => a.row - b.row),
    completed: w.written,
    renumbered: out.renumbered,
    ...checkLists(tickets, [...logs, ...out.newLog], state.settings, asOf),
    configProblems: [...state.configProblems, ...lineProblemsOf(state, rows), ...calendarYearProblems(tickets, state.settings.calendar)],
  };
}
