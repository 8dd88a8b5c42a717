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
 * - **Due soon**: not overdue, and an unmet due is at most `SB_WarnHours` away, counted like the
 *   target it warns about: clock hours for a target in `h`, business time (the calendar's open
 *   windows, holidays and 调休) for a target in `bh` or `wd`. A desk that closes at 18:00 sees a
 *   resolution due Monday 10:00 turn amber on Friday afternoon, not on Monday at 06:00.
 */
import { businessMinutesBetween } from '../calendar/businessMinutesBetween';
import { businessMinutesFormula, type HolidayRefs } from '../calendar/businessMinutesFormula';
import type { BusinessCalendar } from '../calendar/compileCalendar';
import { wordFor } from '../i18n/vocabulary';
import { CUSTOMER_LEVELS, DONE_STATUSES, LEVELS, type Status } from '../schema/enums';
import type { Locale } from '../schema/fieldMeta';
import type { Ticket } from '../schema/ticket';
import type { SlaRule } from '../settings/settings';
import { toMinutes, type LocalDateTime } from '../time/localDateTime';
import { findSlaRule } from './findSlaRule';

/** The ticket fields the rules read. */
export type RuleField = 'status' | 'responseDue' | 'resolveDue' | 'firstResponseAt';
export type RuleTicket = Pick<Ticket, RuleField>;
type TimeField = Exclude<RuleField, 'status'>;

/** A due time the warning window applies to. */
type DueField = 'responseDue' | 'resolveDue';

/** A moment: a ticket's time field, or "now". */
export type Moment = { field: TimeField } | { now: 'plain' };

export type Rule =
  | { all: Rule[] }
  | { any: Rule[] }
  | { not: Rule }
  | { statusIn: readonly Status[] }
  | { known: TimeField }
  | { before: [Moment, Moment] }
  /** The due is at most the warning window after now, counted like its target (clock or business time). */
  | { warnWithin: DueField };

/** The status that stops the clock. */
export const PAUSED_STATUSES: readonly Status[] = ['等待客户'];
/** The status of a ticket nobody has answered yet. */
export const UNANSWERED_STATUS: Status = '待受理';

const f = (field: TimeField): Moment => ({ field });
const NOW: Moment = { now: 'plain' };

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
        { all: [{ known: 'responseDue' }, unanswered, { warnWithin: 'responseDue' }] },
        { all: [{ known: 'resolveDue' }, { warnWithin: 'resolveDue' }] },
      ],
    },
  ],
};

export interface Clock {
  now: LocalDateTime;
  warningHours: number;
  /**
   * The SLA rules and business calendar the warning window is counted on. Without them the
   * window is clock hours (what `isOverdue`, which never warns, passes).
   */
  sla?: readonly SlaRule[];
  calendar?: BusinessCalendar;
}

/** The fields that pick a ticket's SLA rule, when the ticket carries them. */
type RuleKeys = Partial<Pick<Ticket, 'priority' | 'customerLevel'>>;

/** Whether the target behind `field` counts business time (`bh`, `wd`), for the ticket's SLA rule. */
function countsBusinessTime(field: DueField, t: RuleKeys, clock: Clock): boolean {
  if (!clock.sla || !clock.calendar || !t.priority) return false;
  const rule = findSlaRule(t.priority, t.customerLevel ?? null, clock.sla);
  if (!rule) return false;
  return (field === 'responseDue' ? rule.response : rule.resolve).unit !== 'h';
}

function warnWithin(field: DueField, t: RuleTicket & RuleKeys, clock: Clock, seen: Minutes): boolean {
  const due = minutesOf(f(field), t, clock, seen);
  const now = minutesOf(NOW, t, clock, seen);
  const window = clock.warningHours * 60;
  if (countsBusinessTime(field, t, clock)) return due <= now || businessMinutesBetween(clock.now, t[field] as string, clock.calendar!) <= window;
  return due <= now + window;
}

/** The minutes of each moment of one evaluation, each time parsed once (100,000 tickets, several leaves each). */
type Minutes = Map<string, number>;

function minutesOf(m: Moment, t: RuleTicket, clock: Clock, seen: Minutes): number {
  const key = 'field' in m ? m.field : m.now;
  let v = seen.get(key);
  if (v === undefined) {
    if ('field' in m) v = t[m.field] === null ? NaN : toMinutes(t[m.field] as string);
    else v = toMinutes(clock.now);
    seen.set(key, v);
  }
  return v;
}

function evaluate(rule: Rule, t: RuleTicket & RuleKeys, clock: Clock, seen: Minutes): boolean {
  if ('all' in rule) return rule.all.every((r) => evaluate(r, t, clock, seen));
  if ('any' in rule) return rule.any.some((r) => evaluate(r, t, clock, seen));
  if ('not' in rule) return !evaluate(rule.not, t, clock, seen);
  if ('statusIn' in rule) return t.status !== null && rule.statusIn.includes(t.status);
  if ('known' in rule) return t[rule.known] !== null;
  if ('warnWithin' in rule) return warnWithin(rule.warnWithin, t, clock, seen);
  return minutesOf(rule.before[0], t, clock, seen) < minutesOf(rule.before[1], t, clock, seen);
}

/**
 * Evaluates a rule for one ticket at `clock.now` (minute precision).
 * @example evaluateRule(OVERDUE_RULE, { status: '待受理', responseDue: '2024-05-09T16:30', resolveDue: null, firstResponseAt: null }, { now: '2024-05-09T16:31', warningHours: 2 }) // true
 */
export function evaluateRule(rule: Rule, t: RuleTicket & RuleKeys, clock: Clock): boolean {
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
  /**
   * How the warning window counts business time: the SLA rules, the compiled calendar, the
   * priority and customer-level columns, and the holiday table's names. Without it the window
   * is clock hours.
   */
  business?: {
    sla: readonly SlaRule[];
    calendar: BusinessCalendar;
    priority: string;
    customerLevel: string;
    holidays: HolidayRefs;
  };
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

function momentFormula(m: Moment, refs: FormulaRefs): string {
  if ('field' in m) return `$${refs.columns[m.field]}${refs.row}`;
  return refs.now;
}

/**
 * TRUE on the rows whose SLA rule counts `field`'s target in business time, as a formula over the
 * priority and customer-level columns (findSlaRule: the customer's own level beats `*`); the
 * constants TRUE / FALSE when every rule agrees.
 * @example businessTargetFormula('resolveDue', [{ priority: '高', customerLevel: '*', response: { amount: 4, unit: 'h' }, resolve: { amount: 1, unit: 'wd' } }], 'K', 'E', 2, 'zh-CN') // 'OR(AND($K2="高"))'
 */
export function businessTargetFormula(field: DueField, sla: readonly SlaRule[], priorityCol: string, levelCol: string, row: number, locale: Locale): string {
  const business = (r: SlaRule): boolean => (field === 'responseDue' ? r.response : r.resolve).unit !== 'h';
  const isPriority = (p: string): string => `$${priorityCol}${row}=${quote(wordFor('level', p, locale))}`;
  const isLevel = (l: string): string => `$${levelCol}${row}=${quote(wordFor('customerLevel', l, locale))}`;
  const cases: string[] = [];
  let all = true;
  for (const p of LEVELS) {
    // Every level a ticket of this priority can have, and the rule each gets.
    for (const level of [...CUSTOMER_LEVELS, null]) {
      const rule = findSlaRule(p, level, sla);
      if (!rule) continue;
      if (!business(rule)) {
        all = false;
        continue;
      }
      const exact = sla.some((r) => r.priority === p && r.customerLevel === level);
      const others = sla.filter((r) => r.priority === p && r.customerLevel !== '*').map((r) => isLevel(r.customerLevel));
      if (level !== null && exact) cases.push(`AND(${isPriority(p)},${isLevel(level)})`);
      else if (level === null) cases.push(others.length ? `AND(${isPriority(p)},NOT(OR(${others.join(',')})))` : `AND(${isPriority(p)})`);
    }
  }
  if (cases.length === 0) return 'FALSE';
  if (all) return 'TRUE';
  return `OR(${cases.join(',')})`;
}

/** Whether a rule reaches a warning window (which may count business time). */
const countsBusiness = (r: Rule): boolean =>
  'warnWithin' in r || ('all' in r && r.all.some(countsBusiness)) || ('any' in r && r.any.some(countsBusiness)) || ('not' in r && countsBusiness(r.not));

function warnFormula(field: DueField, refs: FormulaRefs): string {
  const due = momentFormula(f(field), refs);
  const clockHours = `${due}<=(${refs.now}+${refs.warningHours}/24)`;
  const b = refs.business;
  if (!b) return clockHours;
  const inBusiness = `OR(${due}<=${refs.now},ROUND(${businessMinutesFormula(b.calendar, refs.now, due, b.holidays)},0)<=${refs.warningHours}*60)`;
  const which = businessTargetFormula(field, b.sla, b.priority, b.customerLevel, refs.row, refs.locale ?? 'zh-CN');
  if (which === 'TRUE') return inBusiness;
  if (which === 'FALSE') return clockHours;
  return `IF(${which},${inBusiness},${clockHours})`;
}

/**
 * The rule as an Excel formula (no leading `=`), for a conditional format or a helper cell.
 * @example ruleFormula({ statusIn: ['已完成'] }, { columns: { status: 'S', responseDue: 'V', resolveDue: 'W', firstResponseAt: 'Y' }, row: 2, now: 'SB_AsOf', warningHours: 'SB_WarnHours' }) // 'OR($S2="已完成")'
 */
export function ruleFormula(rule: Rule, refs: FormulaRefs): string {
  if ('all' in rule) {
    // Counting business time scans the holiday table: only rows the cheap tests let through do it
    // (IF evaluates one branch; AND evaluates every argument).
    const slow = refs.business ? rule.all.filter(countsBusiness) : [];
    const quick = rule.all.filter((r) => !slow.includes(r));
    const and = (rs: Rule[]): string => (rs.length === 1 ? ruleFormula(rs[0], refs) : `AND(${rs.map((r) => ruleFormula(r, refs)).join(',')})`);
    if (slow.length && quick.length) return `IF(${and(quick)},${and(slow)},FALSE)`;
    return `AND(${rule.all.map((r) => ruleFormula(r, refs)).join(',')})`;
  }
  if ('any' in rule) return `OR(${rule.any.map((r) => ruleFormula(r, refs)).join(',')})`;
  if ('not' in rule) return `NOT(${ruleFormula(rule.not, refs)})`;
  if ('statusIn' in rule) return `OR(${rule.statusIn.map((s) => `$${refs.columns.status}${refs.row}=${quote(wordFor('status', s, refs.locale ?? 'zh-CN'))}`).join(',')})`;
  if ('known' in rule) return `ISNUMBER($${refs.columns[rule.known]}${refs.row})`;
  if ('warnWithin' in rule) return warnFormula(rule.warnWithin, refs);
  return `${momentFormula(rule.before[0], refs)}<${momentFormula(rule.before[1], refs)}`;
}
