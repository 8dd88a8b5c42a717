/**
 * A status change and the Ticket_Log line (kind 变更) that records it. Two kinds of change, kept
 * apart on purpose (never invent a time):
 * - `applyStatusChange`: the agent changes the status in 更新 at a known moment `at`; that moment
 *   becomes the first response (leaving 待受理), the resolution (reaching 已完成/已关闭) and the
 *   last update, since it is when it really happened.
 * - `noticeStatusChange`: a status typed into the grid, found by 检查 or Table.onChanged. When it
 *   really changed is unknown, so no ticket time is set (first response and resolution stay as
 *   they are, blank when blank); the line is dated when the check noticed it and is by
 *   CHECK_AUTHOR, whose lines never give a ticket its times (completeTicket).
 * Either way a reopen clears the resolution and the rating, and the line keeps the earlier rating.
 * The derived fields (due times, slaState, escalation) are left to completeTicket, which the host
 * calls next with the log including this line (a reopen restarts resolution from the reopen
 * time, which only the log knows).
 */
import { displayWord } from '../i18n/vocabulary';
import { word } from '../i18n/words';
import { DONE_STATUSES, type Status } from '../schema/enums';
import type { Locale } from '../schema/fieldMeta';
import type { LogEntry } from '../schema/log';
import type { Ticket } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import { toMinutes, type LocalDateTime } from '../time/localDateTime';
import { CHECK_AUTHOR } from './checkAuthor';

export interface StatusChangeOptions {
  by?: string;
  channel?: string;
  note?: string;
  nextStep?: string;
  /**
   * The rating as the row held it before this edit, for the log of a reopen, when the edit itself
   * already cleared it (the 更新 form reopens before it saves). Default: the given ticket's.
   */
  earlier?: Pick<Ticket, 'satisfaction' | 'ratings'>;
  /** The language of the log line (the workbook's). Default: zh-CN. */
  locale?: Locale;
}

type Change = { ticket: Ticket; log: LogEntry };

const isDone = (s: Status | null): boolean => s !== null && DONE_STATUSES.includes(s);

/**
 * What a reopen leaves in the log: the earlier rating, which belongs to the earlier resolution.
 * @example earlierRating({ satisfaction: 2, ratings: { 服务态度: 2 } }) // → ['原满意度 2', '原分项评分 服务态度2']
 * @example earlierRating({ satisfaction: 2, ratings: {} }, 'en-US') // → ['Earlier satisfaction 2']
 */
export function earlierRating(t: Pick<Ticket, 'satisfaction' | 'ratings'>, locale: Locale = 'zh-CN'): string[] {
  const notes: string[] = [];
  if (t.satisfaction !== null) notes.push(word('log.earlierSatisfaction', locale, { value: t.satisfaction }));
  const dims = Object.entries(t.ratings);
  if (dims.length > 0) notes.push(word('log.earlierRatings', locale, { ratings: dims.map(([k, v]) => `${k}${v}`).join(word('list.join', locale)) }));
  return notes;
}

function changeStatus(t: Ticket, newStatus: Status, at: LocalDateTime, settings: Settings, opts: StatusChangeOptions, moment: 'known' | 'noticed'): Change {
  const from = t.status ?? settings.initialStatus;
  const locale = opts.locale ?? 'zh-CN';
  const ticket: Ticket = { ...t, status: newStatus };
  const notes: string[] = [];

  if (moment === 'known') {
    if (ticket.firstResponseAt === null && newStatus !== '待受理') ticket.firstResponseAt = at;
    // Reaching done sets the resolution time; 已完成 → 已关闭 keeps the original one.
    if (isDone(newStatus) && (!isDone(from) || ticket.resolvedAt === null)) ticket.resolvedAt = at;
    if (ticket.lastUpdateAt === null || toMinutes(at) > toMinutes(ticket.lastUpdateAt)) ticket.lastUpdateAt = at;
  }
  if (newStatus === '重新打开') {
    ticket.resolvedAt = null;
    notes.push(...earlierRating(opts.earlier ?? t, locale));
    ticket.satisfaction = null;
    ticket.ratings = {};
    ticket.revisitDue = null;
  }

  const change = word('log.statusChange', locale, { from: displayWord(from, locale), to: displayWord(newStatus, locale) });
  const content = [change, ...notes, opts.note ?? ''].filter((s) => s !== '').join(word('log.join', locale));
  const by = moment === 'noticed' ? CHECK_AUTHOR : (opts.by ?? t.owner);
  const log: LogEntry = { ticketId: t.id, at, kind: '变更', channel: opts.channel ?? '', content, nextStep: opts.nextStep ?? '', by, status: newStatus };
  return { ticket, log };
}

/**
 * The agent changes the status at the known moment `at` (更新): that moment is recorded.
 * @example applyStatusChange({ ...t, status: '待受理', firstResponseAt: null }, '处理中', '2024-05-08T09:30', settings).ticket.firstResponseAt // → '2024-05-08T09:30'
 */
export function applyStatusChange(t: Ticket, newStatus: Status, at: LocalDateTime, settings: Settings, opts: StatusChangeOptions = {}): Change {
  return changeStatus(t, newStatus, at, settings, opts, 'known');
}

/**
 * A check noticed at `noticedAt` a status typed into the grid: no ticket time is set.
 * @example noticeStatusChange({ ...t, status: '待受理', firstResponseAt: null }, '已完成', '2024-05-08T17:00', settings).ticket.resolvedAt // → null
 */
export function noticeStatusChange(t: Ticket, newStatus: Status, noticedAt: LocalDateTime, settings: Settings, locale: Locale = 'zh-CN'): Change {
  return changeStatus(t, newStatus, noticedAt, settings, { locale }, 'noticed');
}
