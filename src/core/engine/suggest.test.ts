import { suggestForTicket } from './suggest';
import { makeTicket, rulesTestSettings } from './testSettings';

const s = rulesTestSettings();

describe('suggestForTicket', () => {
  it('suggests category, priority, routing and complaint scripts', () => {
    const r = suggestForTicket(makeTicket({ description: '物流延迟3天未送达，非常不满', urgency: '中' }), s);
    expect(r).toMatchObject({
      category: '投诉',
      subcategory: '物流服务',
      priority: '中',
      department: '供应链部',
      owner: '赵协调员',
    });
    expect(r.scripts.map((x) => x.scenario)).toEqual(['开场', '致歉', '问题确认']);
    expect(r.vipGreeting).toBeUndefined();
    expect(r.suggestion).toBe('要求物流方实时同步数据，设置异常预警机制');
  });

  it('greets VIP customers from the scripts table and raises their priority', () => {
    const r = suggestForTicket(makeTicket({ subject: '请问发票怎么开', customerLevel: 'VIP' }), s);
    expect(r.category).toBe('咨询');
    expect(r.vipGreeting).toBe('尊敬的客户，感谢您一直以来的支持，很高兴为您服务。');
    expect(r.priority).toBe('中');
    expect(r.priorityReasons).toContain('VIP客户，提升一级');
    // The inferred category (咨询) feeds the priority, and the reasons come as data for the pane too.
    expect(r.priorityReasonDetails).toEqual([
      { code: 'category', category: '咨询' },
      { code: 'keyword', keyword: '请问', reason: '信息查询' },
      { code: 'vip' },
    ]);
    expect(r.scripts.map((x) => x.scenario)).toEqual(['开场', '咨询解答']);
  });

  it('keeps what the ticket already has', () => {
    const r = suggestForTicket(
      makeTicket({ category: '建议', description: '希望首页增加入口', department: '运营部', owner: '' }),
      s,
    );
    expect(r).toMatchObject({
      category: '建议',
      subcategory: '功能建议',
      department: '运营部',
      owner: '王经理',
      suggestion: '纳入产品迭代评估',
    });
  });

  it('suggests nothing it cannot know', () => {
    const r = suggestForTicket(makeTicket({ description: '王女士 5678' }), s);
    expect(r).toMatchObject({ category: null, subcategory: '', department: '', owner: '', priority: '中' });
    expect(r.scripts.map((x) => x.scenario)).toEqual(['开场']);
  });
});
