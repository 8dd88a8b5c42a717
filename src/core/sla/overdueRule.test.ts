import { DUE_SOON_RULE, evaluateRule, OVERDUE_RULE, businessTargetFormula, ruleFormula, type RuleTicket } from './overdueRule';
import { compileCalendar } from '../calendar/compileCalendar';
import { testSettings } from './testSettings';

const due = { responseDue: '2024-05-09T16:30', resolveDue: '2024-05-11T16:30' };
const t = (fields: Partial<RuleTicket>): RuleTicket => ({ status: '处理中', firstResponseAt: null, ...due, ...fields });
const at = (now: string) => ({ now, warningHours: 2 });

describe('OVERDUE_RULE', () => {
  it('is red past the response due while nobody answered (待受理)', () => {
    expect(evaluateRule(OVERDUE_RULE, t({ status: '待受理' }), at('2024-05-09T16:31'))).toBe(true);
    expect(evaluateRule(OVERDUE_RULE, t({ status: '待受理' }), at('2024-05-09T16:30'))).toBe(false);
  });
  it('stays red after a late answer', () => {
    expect(evaluateRule(OVERDUE_RULE, t({ firstResponseAt: '2024-05-10T09:00' }), at('2024-05-10T10:00'))).toBe(true);
  });
  it('does not call an unknown response late', () => {
    expect(evaluateRule(OVERDUE_RULE, t({ status: '处理中', firstResponseAt: null }), at('2024-05-10T10:00'))).toBe(false);
  });
  it('is never red while waiting for the customer, nor once done', () => {
    expect(evaluateRule(OVERDUE_RULE, t({ status: '等待客户' }), at('2024-05-12T10:00'))).toBe(false);
    expect(evaluateRule(OVERDUE_RULE, t({ status: '已关闭' }), at('2024-05-12T10:00'))).toBe(false);
    expect(evaluateRule(OVERDUE_RULE, t({ status: null }), at('2024-05-12T10:00'))).toBe(true);
  });
});

describe('DUE_SOON_RULE', () => {
  it('is amber within the warning window of an unmet due, not once overdue', () => {
    expect(evaluateRule(DUE_SOON_RULE, t({ status: '待受理' }), at('2024-05-09T14:30'))).toBe(true);
    expect(evaluateRule(DUE_SOON_RULE, t({ status: '待受理' }), at('2024-05-09T14:29'))).toBe(false);
    expect(evaluateRule(DUE_SOON_RULE, t({ status: '待受理' }), at('2024-05-09T16:31'))).toBe(false);
    expect(evaluateRule(DUE_SOON_RULE, t({ status: '等待客户' }), at('2024-05-11T15:00'))).toBe(false);
  });
});

describe('ruleFormula', () => {
  const refs = { columns: { status: 'S', responseDue: 'V', resolveDue: 'W', firstResponseAt: 'Y' }, row: 2, now: 'SB_AsOf', warningHours: 'SB_WarnHours' };
  it('writes the overdue rule in Excel terms', () => {
    expect(ruleFormula(OVERDUE_RULE, refs)).toBe(
      'AND(NOT(OR($S2="已完成",$S2="已关闭",$S2="等待客户")),OR(AND(ISNUMBER($V2),$V2<SB_AsOf,OR(AND(OR($S2="待受理"),NOT(ISNUMBER($Y2))),AND(ISNUMBER($Y2),$V2<$Y2))),AND(ISNUMBER($W2),$W2<SB_AsOf)))',
    );
  });
  it('uses the warning window for due soon', () => {
    expect(ruleFormula(DUE_SOON_RULE, { ...refs, row: 7 })).toContain('$W7<=(SB_AsOf+SB_WarnHours/24)');
  });
});

describe('DUE_SOON_RULE counts the warning window like the target it warns about', () => {
  const settings = testSettings();
  const calendar = compileCalendar(settings.calendar);
  const clock = (now: string) => ({ now, warningHours: 4, sla: settings.sla, calendar });
  it('business time for a target in working days: Friday 17:00 warns of Monday 10:00 (2 open hours away)', () => {
    // 中 resolves in 3 wd: business time. Friday 2024-05-17 17:00 → Monday 2024-05-20 10:00 is 65 clock hours, 2 open hours.
    const ticket = { ...t({ status: '处理中', resolveDue: '2024-05-20T10:00', responseDue: '2024-05-15T10:00', firstResponseAt: '2024-05-15T09:00' }), priority: '中' as const, customerLevel: null };
    expect(evaluateRule(DUE_SOON_RULE, ticket, clock('2024-05-17T17:00'))).toBe(true);
    // Friday 13:59 is 5 open hours away (13:59–18:00 is 4 h 01 min, plus Monday 09:00–10:00).
    expect(evaluateRule(DUE_SOON_RULE, ticket, clock('2024-05-17T13:59'))).toBe(false);
    expect(evaluateRule(DUE_SOON_RULE, ticket, clock('2024-05-17T15:00'))).toBe(true);
  });
  it('skips a holiday: before Labour Day 2024 (May 1–5 off, Saturday May 11 a make-up day)', () => {
    const ticket = { ...t({ status: '处理中', resolveDue: '2024-05-06T10:00', responseDue: '2024-04-29T10:00', firstResponseAt: '2024-04-29T09:00' }), priority: '中' as const, customerLevel: null };
    expect(evaluateRule(DUE_SOON_RULE, ticket, clock('2024-04-30T16:00'))).toBe(true);
    expect(evaluateRule(DUE_SOON_RULE, ticket, clock('2024-04-30T14:00'))).toBe(false);
  });
  it('clock hours for a target in clock hours: 高 resolves in 24 h, so Friday 17:00 does not warn of Saturday 10:00', () => {
    const ticket = { ...t({ status: '处理中', resolveDue: '2024-05-18T10:00', responseDue: '2024-05-17T12:00', firstResponseAt: '2024-05-17T09:00' }), priority: '高' as const, customerLevel: null };
    expect(evaluateRule(DUE_SOON_RULE, ticket, clock('2024-05-17T17:00'))).toBe(false);
    expect(evaluateRule(DUE_SOON_RULE, ticket, clock('2024-05-18T06:00'))).toBe(true);
  });
  it('follows the customer level: a VIP 中 ticket responds in 4 bh', () => {
    expect(businessTargetFormula('responseDue', settings.sla, 'K', 'E', 2, 'zh-CN')).toContain('AND($K2="中",$E2="VIP")');
    expect(businessTargetFormula('responseDue', [{ priority: '高', customerLevel: '*', response: { amount: 4, unit: 'h' }, resolve: { amount: 1, unit: 'wd' } }], 'K', 'E', 2, 'zh-CN')).toBe('FALSE');
    expect(businessTargetFormula('resolveDue', [{ priority: '高', customerLevel: '*', response: { amount: 4, unit: 'h' }, resolve: { amount: 1, unit: 'wd' } }], 'K', 'E', 2, 'en-US')).toBe('TRUE');
  });
});
