import fc from 'fast-check';
import { CATEGORIES, CUSTOMER_LEVELS, LEVELS, type Category, type CustomerLevel, type Level } from '../schema/enums';
import { makeTicket, rulesTestSettings } from '../engine/testSettings';
import { derivePriority, priorityReasonText, type PriorityReason } from './derivePriority';
import { containsKeyword, foldText } from './matchText';
import { defaultSettings } from '../presets';

const s = rulesTestSettings();

describe('derivePriority', () => {
  it('is 高 when urgency is 高', () => {
    const r = derivePriority(makeTicket({ urgency: '高', category: '咨询', description: '请问发票怎么开' }), s);
    expect(r.level).toBe('高');
    expect(r.reasons[0]).toBe('紧急程度为高');
    expect(r.details[0]).toEqual({ code: 'urgency', level: '高' });
  });

  it.each([
    ['上周提交的系统维护需求未收到回复，影响公司业务开展', '影响公司业务', '业务停摆'],
    ['充电器插上后冒烟，有安全隐患', '安全隐患', '安全隐患'],
    ['产线停机两小时', '停机', '业务停摆'],
    ['涉及资金纠纷，要求赔偿', '资金纠纷', '重大损失'],
  ])('is 高 for a 高 keyword: %s', (description, keyword, reason) => {
    const r = derivePriority(makeTicket({ urgency: '低', category: '投诉', description }), s);
    expect(r.level).toBe('高');
    expect(r.reasons).toContain(`关键词「${keyword}」（${reason}）`);
    expect(r.details).toContainEqual({ code: 'keyword', keyword, reason });
  });

  it('finds keywords in subject, expectation and feedback too', () => {
    expect(derivePriority(makeTicket({ subject: '强烈投诉物流' }), s).level).toBe('高');
    expect(derivePriority(makeTicket({ expectation: '否则向媒体曝光' }), s).level).toBe('高');
    expect(derivePriority(makeTicket({ feedback: '造成重大损失' }), s).level).toBe('高');
  });

  it('matches keywords written in Traditional Chinese and full-width', () => {
    const r = derivePriority(makeTicket({ category: '投诉', description: '設備存在安全隱患，客戶強烈投訴' }), s);
    expect(r.level).toBe('高');
    expect(r.reasons).toEqual(['关键词「安全隐患」（安全隐患）', '关键词「强烈投诉」（强烈投诉）']);
    // The keyword stays as configured (Simplified), not as the customer wrote it.
    expect(r.details).toEqual([
      { code: 'keyword', keyword: '安全隐患', reason: '安全隐患' },
      { code: 'keyword', keyword: '强烈投诉', reason: '强烈投诉' },
    ]);
    expect(containsKeyword(foldText('Ｂｕｇ 停 機'), '停机')).toBe(true);
  });

  it('is 低 for an information request with a 低 keyword, even with urgency 中', () => {
    const r = derivePriority(makeTicket({ category: '咨询', urgency: '中', subject: '查询订单物流' }), s);
    expect(r).toEqual({
      level: '低',
      reasons: ['咨询类', '关键词「查询」（信息查询）'],
      details: [
        { code: 'category', category: '咨询' },
        { code: 'keyword', keyword: '查询', reason: '信息查询' },
      ],
    });
  });

  it('is 低 for a suggestion without urgency', () => {
    expect(derivePriority(makeTicket({ category: '建议', description: '希望增加夜间模式' }), s)).toEqual({
      level: '低',
      reasons: ['建议类，未注明紧急程度'],
      details: [{ code: 'categoryNoUrgency', category: '建议' }],
    });
  });

  it('a 高 keyword beats the plain-request rule', () => {
    expect(derivePriority(makeTicket({ category: '咨询', description: '请问停机什么时候恢复' }), s).level).toBe('高');
  });

  it('a 低 keyword does not lower a complaint', () => {
    expect(
      derivePriority(makeTicket({ category: '投诉', urgency: '中', description: '查询了三次都没结果' }), s).level,
    ).toBe('中');
  });

  it('otherwise follows urgency, else 中', () => {
    expect(derivePriority(makeTicket({ category: '故障', urgency: '低' }), s).level).toBe('低');
    expect(derivePriority(makeTicket({ category: '故障' }), s)).toEqual({
      level: '中',
      reasons: ['默认为中'],
      details: [{ code: 'default', level: '中' }],
    });
    expect(derivePriority(makeTicket({ category: '故障', urgency: '低' }), s).details).toEqual([{ code: 'urgency', level: '低' }]);
    expect(derivePriority(makeTicket({ category: '咨询', urgency: '中', description: '发票抬头' }), s).level).toBe(
      '中',
    );
  });

  it('raises VIP customers one level when the setting is on', () => {
    const vip = makeTicket({ category: '故障', urgency: '中', customerLevel: 'VIP' });
    expect(derivePriority(vip, s)).toEqual({
      level: '高',
      reasons: ['紧急程度为中', 'VIP客户，提升一级'],
      details: [{ code: 'urgency', level: '中' }, { code: 'vip' }],
    });
    expect(derivePriority({ ...vip, urgency: '高' }, s).details).not.toContainEqual({ code: 'vip' });
    expect(derivePriority({ ...vip, urgency: '低' }, s).level).toBe('中');
    expect(derivePriority({ ...vip, urgency: '高' }, s).reasons).not.toContain('VIP客户，提升一级');
    expect(derivePriority(vip, rulesTestSettings({ vipRaisesPriority: false })).level).toBe('中');
  });

  it('reads only the keyword list of the settings', () => {
    const none = rulesTestSettings({ priorityKeywords: [] });
    expect(derivePriority(makeTicket({ category: '投诉', urgency: '中', description: '安全隐患' }), none).level).toBe(
      '中',
    );
  });

  it('keeps a keyword with no configured reason word, with reason empty', () => {
    const own = rulesTestSettings({ priorityKeywords: [{ level: '高', keyword: 'Outage', reason: '' }] });
    const r = derivePriority(makeTicket({ category: '故障', description: 'total outage at HQ' }), own);
    expect(r).toEqual({
      level: '高',
      reasons: ['关键词「Outage」'],
      details: [{ code: 'keyword', keyword: 'Outage', reason: '' }],
    });
  });

  it('words every reason shape in zh-CN as before', () => {
    const cases: [PriorityReason, string][] = [
      [{ code: 'urgency', level: '低' }, '紧急程度为低'],
      [{ code: 'keyword', keyword: '无法开机', reason: '业务停摆' }, '关键词「无法开机」（业务停摆）'],
      [{ code: 'keyword', keyword: '无法开机', reason: '' }, '关键词「无法开机」'],
      [{ code: 'category', category: '咨询' }, '咨询类'],
      [{ code: 'categoryNoUrgency', category: '建议' }, '建议类，未注明紧急程度'],
      [{ code: 'default', level: '中' }, '默认为中'],
      [{ code: 'vip' }, 'VIP客户，提升一级'],
    ];
    for (const [r, text] of cases) expect(priorityReasonText(r)).toBe(text);
  });

  it('always gives at least one reason, and the zh-CN reasons are the details worded', () => {
    const level = fc.constantFrom<Level | null>(null, ...LEVELS);
    fc.assert(
      fc.property(
        level,
        fc.constantFrom<Category | null>(null, ...CATEGORIES),
        fc.constantFrom<CustomerLevel>(...CUSTOMER_LEVELS),
        fc.constantFrom('', '请问发票怎么开', '产线停机两小时', '查询订单物流', '希望增加夜间模式', '强烈投诉'),
        (urgency, category, customerLevel, description) => {
          const r = derivePriority(makeTicket({ urgency, category, customerLevel, description }), s);
          expect(r.details.length).toBeGreaterThan(0);
          expect(r.reasons).toEqual(r.details.map(priorityReasonText));
          expect(r.details.some((d) => d.code === 'vip')).toBe(
            customerLevel === 'VIP' && r.details[0].code !== 'keyword' && !(urgency === '高'),
          );
        },
      ),
    );
  });
});

describe('derivePriority reads negation, word boundaries and fields (default keywords)', () => {
  const d = defaultSettings();
  const level = (fields: Parameters<typeof makeTicket>[0]): string => derivePriority(makeTicket({ urgency: '中', category: '故障', ...fields }), d).level;

  it('does not raise a ticket that says there is no safety risk', () => {
    expect(level({ description: '经检查没有安全隐患，只是外壳有划痕' })).toBe('中');
    expect(level({ description: '现场确认无安全隐患' })).toBe('中');
    expect(level({ description: '充电器冒烟，有安全隐患' })).toBe('高');
    // A negated mention does not hide a plain one elsewhere.
    expect(level({ description: '门店说没有安全隐患，但是插头发烫，存在安全隐患' })).toBe('高');
  });

  it('matches 12315 as a number of its own, not inside an order number', () => {
    expect(level({ description: '订单号2024123150001未发货' })).toBe('中');
    expect(level({ description: '客户表示要打12315投诉' })).toBe('高');
  });

  it('never matches across the boundary of two fields', () => {
    // subject ends with 安全, description starts with 问题: 安全问题 is in neither.
    expect(level({ subject: '咨询账户安全', description: '问题已说明' })).toBe('中');
  });

  it('knows 停产 and 宕机 as a business stoppage', () => {
    expect(level({ description: '工厂因设备故障停产' })).toBe('高');
    expect(level({ description: '服务器宕机两小时' })).toBe('高');
  });
});
