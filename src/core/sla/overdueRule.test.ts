import { DUE_SOON_RULE, evaluateRule, OVERDUE_RULE, ruleFormula, type RuleTicket } from './overdueRule';

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
