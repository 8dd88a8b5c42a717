/**
 * The overdue and due-soon rules, described once as data. The engine evaluates the description
 * (`isOverdue`, `slaStateOf`) and the workbook's red/amber conditional formats are the same
 * description written in Excel's language (`ruleFormula`), so a row is red exactly when the
 * engine says 已超时.
 *
 * - A ticket is **open** unless its status is 已完成/已关闭 (a blank status counts as open).
 * - While it waits for the customer (等待客户) its clock is stopped: never red, never amber.
 * - The **response** is missed when the response due has passed and the ticket is still 待受理
 *   with no first-response time, or when its first response came after the due (the breach
 *   stays until the ticket is done). A ticket past 待受理 whose first-response time is unknown
 *   is neither late nor on time.
 * - The **resolution** is missed when the resolution due has passed.
 * - **Due soon**: not overdue, and an unmet due is at most `SB_WarnHours` clock hours away.
 */
import { wordFor } from '../i18n/vocabulary';
import { DONE_STATUSES, type Status } from '../schema/enums';
import type { Locale } from '../schema/fieldMeta';
import type { Ticket } from '../schema/ticket';
import { toMinutes, type LocalDateTime } from '../time/localDateTime';

/** The ticket fields the rules read. */
export type RuleField = 'status' | 'responseDue' | 'resolveDue' | 'firstResponseAt';
export type RuleTicket = Pick<Ticket, RuleField>;
type TimeField = Exclude<RuleField, 'status'>;

/** A moment: a ticket's time field, or "now" (optionally plus the warning window). */
export type Moment = { field: TimeField } | { now: 'plain' | 'plusWarning' };

export type Rule =
  | { all: Rule[] }
  | { any: Rule[] }
  | { not: Rule }
  | { statusIn: readonly Status[] }
  | { known: TimeField }
  | { before: [Moment, Moment] }
  | { notAfter: [Moment, Moment] };

/** The status that stops the clock. */
export const PAUSED_STATUSES: readonly Status[] = ['等待客户'];
/** The status of a ticket nobody has answered yet. */
export const UNANSWERED_STATUS: Status = '待受理';

const f = (field: TimeField): Moment => ({ field });
const NOW: Moment = { now: 'plain' };
const NOW_PLUS_WARNING: Moment = { now: 'plusWarning' };

const running: Rule = { not: { statusIn: [...DONE_STATUSES, ...PAUSED_STATUSES] } };
const unanswered: Rule = { all: [{ statusIn: [UNANSWERED_STATUS] }, { not: { known: 'firstResponseAt' } }] };
const answeredLate: Rule = { all: [{ known: 'firstResponseAt' }, { before: [f('responseDue'), f('firstResponseAt')] }] };

/** Past the response due without a timely response, or past the resolution due. */
const breached: Rule = {
  any: [
    { all: [{ known: 'responseDue' }, { before: [f('responseDue'), NOW] }, { any: [unanswered, answeredLate] }] },
    { all: [{ known: 'resolveDue' }, { before: [f('resolveDue'), NOW] }] },
  ],
};

/** 已超时 (red). */
export const OVERDUE_RULE: Rule = { all: [running, breached] };

/** 即将超时 (amber): running, not overdue, an unmet due within the warning window. */
export const DUE_SOON_RULE: Rule = {
  all: [
    running,
    { not: breached },
    {
      any: [
        { all: [{ known: 'responseDue' }, unanswered, { notAfter: [f('responseDue'), NOW_PLUS_WARNING] }] },
        { all: [{ known: 'resolveDue' }, { notAfter: [f('resolveDue'), NOW_PLUS_WARNING] }] },
      ],
    },
  ],
};

export interface Clock {
  now: LocalDateTime;
  warningHours: number;
}

/** The minutes of each moment of one evaluation, each time parsed once (100,000 tickets, several leaves each). */
type Minutes = Map<string, number>;

function minutesOf(m: Moment, t: RuleTicket, clock: Clock, seen: Minutes): number {
  const key = 'field' in m ? m.field : m.now;
  let v = seen.get(key);
  if (v === undefined) {
    if ('field' in m) v = t[m.field] === null ? NaN : toMinutes(t[m.field] as string);
    else v = toMinutes(clock.now) + (m.now === 'plusWarning' ? clock.warningHours * 60 : 0);
    seen.set(key, v);
  }
  return v;
}

function evaluate(rule: Rule, t: RuleTicket, clock: Clock, seen: Minutes): boolean {
  if ('all' in rule) return rule.all.every((r) => evaluate(r, t, clock, seen));
  if ('any' in rule) return rule.any.some((r) => evaluate(r, t, clock, seen));
  if ('not' in rule) return !evaluate(rule.not, t, clock, seen);
  if ('statusIn' in rule) return t.status !== null && rule.statusIn.includes(t.status);
  if ('known' in rule) return t[rule.known] !== null;
  const [a, b] = 'before' in rule ? rule.before : rule.notAfter;
  const ma = minutesOf(a, t, clock, seen);
  const mb = minutesOf(b, t, clock, seen);
  return 'before' in rule ? ma < mb : ma <= mb;
}

/**
 * Evaluates a rule for one ticket at `clock.now` (minute precision).
 * @example evaluateRule(OVERDUE_RULE, { status: '待受理', responseDue: '2024-05-09T16:30', resolveDue: null, firstResponseAt: null }, { now: '2024-05-09T16:31', warningHours: 2 }) // true
 */
export function evaluateRule(rule: Rule, t: RuleTicket, clock: Clock): boolean {
  return evaluate(rule, t, clock, new Map());
}

/** Where the formula finds things: a column letter per field and the names of now and the warning hours. */
export interface FormulaRefs {
  columns: Record<RuleField, string>;
  /** 1-based sheet row the formula is written for (relative row references). */
  row: number;
  now: string;
  warningHours: string;
  /** The workbook's language: statuses are compared with its words (core/i18n/vocabulary); zh-CN when absent. */
  locale?: Locale;
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

function momentFormula(m: Moment, refs: FormulaRefs): string {
  if ('field' in m) return `$${refs.columns[m.field]}${refs.row}`;
  return m.now === 'plusWarning' ? `(${refs.now}+${refs.warningHours}/24)` : refs.now;
}

/**
 * The rule as an Excel formula (no leading `=`), for a conditional format or a helper cell.
 * @example ruleFormula({ statusIn: ['已完成'] }, { columns: { status: 'S', responseDue: 'V', resolveDue: 'W', firstResponseAt: 'Y' }, row: 2, now: 'SB_AsOf', warningHours: 'SB_WarnHours' }) // 'OR($S2="已完成")'
 */
export function ruleFormula(rule: Rule, refs: FormulaRefs): string {
  if ('all' in rule) return `AND(${rule.all.map((r) => ruleFormula(r, refs)).join(',')})`;
  if ('any' in rule) return `OR(${rule.any.map((r) => ruleFormula(r, refs)).join(',')})`;
  if ('not' in rule) return `NOT(${ruleFormula(rule.not, refs)})`;
  if ('statusIn' in rule) return `OR(${rule.statusIn.map((s) => `$${refs.columns.status}${refs.row}=${quote(wordFor('status', s, refs.locale ?? 'zh-CN'))}`).join(',')})`;
  if ('known' in rule) return `ISNUMBER($${refs.columns[rule.known]}${refs.row})`;
  const [a, b] = 'before' in rule ? rule.before : rule.notAfter;
  return `${momentFormula(a, refs)}${'before' in rule ? '<' : '<='}${momentFormula(b, refs)}`;
}
