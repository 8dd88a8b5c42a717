/**
 * The status of a row that states none, from all the evidence in the row and its log (seed 002's
 * compound records, seed 003's ratings): an archive time means 已关闭; a result, a resolution
 * time, the customer's confirmation or a rating means 已完成; an assignment or progress in the
 * log, an acceptance or a first response means 处理中; else the initial status.
 */
import type { Status } from '../schema/enums';
import type { LogEntry } from '../schema/log';
import type { Ticket } from '../schema/ticket';

type Evidence = Pick<Ticket, 'archivedAt' | 'resolvedAt' | 'result' | 'feedback' | 'satisfaction' | 'ratings' | 'firstResponseAt' | 'acceptedAt'>;

/** The customer confirming the outcome (`客户确认收到`, `确认已解决`). */
const CONFIRMED = /确认|確認/;
/** Log kinds that show someone took the ticket on. */
const TAKEN_ON: readonly LogEntry['kind'][] = ['分派', '进度', '沟通', '升级', '结果', '回访'];

/**
 * @example inferStatus({ archivedAt: null, resolvedAt: null, result: '退款已到账', feedback: '', satisfaction: null, ratings: {}, firstResponseAt: null, acceptedAt: null }, [], '待受理') // '已完成'
 */
export function inferStatus(t: Evidence, log: readonly LogEntry[], initial: Status): Status {
  if (t.archivedAt !== null) return '已关闭';
  if (t.resolvedAt !== null || t.result.trim() !== '' || CONFIRMED.test(t.feedback) || t.satisfaction !== null || Object.keys(t.ratings).length > 0) return '已完成';
  const logged = log.map((l) => l.status).filter((s): s is Status => s !== null);
  const lastLogged = logged[logged.length - 1];
  if (lastLogged !== undefined && lastLogged !== '待受理') return lastLogged;
  if (t.firstResponseAt !== null || t.acceptedAt !== null || log.some((l) => TAKEN_ON.includes(l.kind))) return '处理中';
  return initial;
}
