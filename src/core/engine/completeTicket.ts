/**
 * Completes a row: the one function both hosts (the task pane and the command line) call, so a
 * row completed in Excel and one completed headless are the same. It fills what is empty and
 * recomputes what is derived; it never overwrites what an agent wrote. Idempotent:
 * completeTicket(completeTicket(t)) deep-equals completeTicket(t) for the same context.
 *
 * Order matters: category before priority (咨询/建议 are 低) and routing (rules by category);
 * priority before the due times. The priority looks at the urgency as written, before the
 * default urgency is filled in, so "no urgency given" still reads as such.
 */
import { DONE_STATUSES, type Status } from '../schema/enums';
import type { LogEntry } from '../schema/log';
import type { Ticket } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import type { LocalDateTime } from '../time/localDateTime';
import { toMinutes } from '../time/localDateTime';
import type { NumberAllocator } from '../numbering/nextTicketNumber';
import { derivePriority } from '../priority/derivePriority';
import { routeTicket } from '../routing/routeTicket';
import { redactTicket } from '../privacy/redactTicket';
import { computeDueTimes } from '../sla/computeDueTimes';
import { slaStateOf } from '../sla/slaStateOf';
import { escalationOf } from '../followup/escalationOf';
import { revisitDueOf } from '../followup/revisitDueOf';
import { inferCategory, inferSubcategory } from './inferCategory';
import { inferStatus } from './inferStatus';
import { isNoticedLine } from './checkAuthor';
import { satisfactionOfRatings } from '../parse/parseSatisfaction';

export interface CompleteContext {
  settings: Settings;
  /** "Now" for the live fields (slaState, escalation); fixed by --as-of for reproducible runs. */
  asOf: LocalDateTime;
  /** Hands out a number when the row has none; without it the id stays empty. */
  allocator?: NumberAllocator;
  /** The ticket's Ticket_Log lines (others are ignored): pauses, reopen, response times. */
  log?: readonly LogEntry[];
}

const isDone = (s: Status | null): boolean => s !== null && DONE_STATUSES.includes(s);
const byTime = (a: LogEntry, b: LogEntry): number => toMinutes(a.at!) - toMinutes(b.at!);

/** When the ticket first left 待受理 according to its log (lines a check noticed say nothing of when), else null. */
function firstResponseFromLog(log: readonly LogEntry[]): LocalDateTime | null {
  const hit = log.filter((e) => e.at !== null && e.status !== null && e.status !== '待受理' && !isNoticedLine(e)).sort(byTime)[0];
  return hit?.at ?? null;
}

/** When the ticket last reached 已完成/已关闭 according to its log (after any reopen), else null; a check's noticing is no time. */
function resolvedFromLog(log: readonly LogEntry[]): LocalDateTime | null {
  const changes = log.filter((e) => e.at !== null && e.status !== null).sort(byTime);
  let at: LocalDateTime | null = null;
  for (const e of changes) {
    if (isDone(e.status)) at = at ?? (isNoticedLine(e) ? null : e.at);
    else at = null;
  }
  return at;
}

export function completeTicket(input: Ticket, ctx: CompleteContext): Ticket {
  const { settings, asOf } = ctx;
  // Secrets masked in every text, contacts too when masking is on (core/privacy).
  const clean = redactTicket(input, { contacts: settings.masking.contacts }).ticket;
  const t: Ticket = { ...clean, coOwners: [...clean.coOwners], ratings: { ...clean.ratings }, extra: { ...clean.extra } };

  // Satisfaction from the rating dimensions whenever they are entered and it is not.
  t.satisfaction = t.satisfaction ?? satisfactionOfRatings(t.ratings);
  const ownLog = (ctx.log ?? []).filter((e) => t.id === '' || e.ticketId === t.id);
  t.status = t.status ?? inferStatus(t, [...ownLog].filter((e) => e.at !== null).sort(byTime), settings.initialStatus);

  const text = [t.subcategory, t.subject, t.description].join('\n');
  if (t.category === null) {
    const guess = inferCategory(text, settings);
    if (guess) {
      t.category = guess.category;
      if (t.subcategory.trim() === '') t.subcategory = guess.subcategory;
    }
  } else if (t.subcategory.trim() === '') {
    t.subcategory = inferSubcategory(text, t.category, '');
  }

  if (t.priority === null) t.priority = derivePriority(t, settings).level;
  t.urgency = t.urgency ?? settings.defaultUrgency;

  if (t.department.trim() === '' || t.owner.trim() === '') {
    const route = routeTicket(t, settings);
    if (route && t.department.trim() === '') {
      t.department = route.department;
      if (t.owner.trim() === '') t.owner = route.owner;
    } else if (route && route.department === t.department && t.owner.trim() === '') {
      t.owner = route.owner;
    }
  }

  if (t.id.trim() === '' && ctx.allocator) t.id = ctx.allocator.next(t.receivedAt ?? asOf);

  const log = (ctx.log ?? []).filter((e) => t.id === '' || e.ticketId === t.id);
  if (t.status !== '待受理' && t.firstResponseAt === null) {
    // Never invent a time (not the latest progress note, not the clock): unknown stays unknown.
    t.firstResponseAt = firstResponseFromLog(log) ?? t.acceptedAt ?? null;
  }
  if (isDone(t.status) && t.resolvedAt === null) t.resolvedAt = resolvedFromLog(log) ?? t.lastUpdateAt ?? null;

  const dues = computeDueTimes(t, settings, log, asOf);
  t.responseDue = dues.responseDue;
  t.resolveDue = dues.resolveDue;
  t.slaState = slaStateOf(t, asOf, settings);
  t.escalation = escalationOf(t, asOf, settings, log);
  t.revisitDue = revisitDueOf(t, settings);
  return t;
}
