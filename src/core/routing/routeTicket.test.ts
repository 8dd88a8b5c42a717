import { makeTicket, rulesTestSettings } from '../engine/testSettings';
import { routeTicket } from './routeTicket';

const s = rulesTestSettings();

describe('routeTicket', () => {
  it('routes by category', () => {
    expect(routeTicket(makeTicket({ category: '故障' }), s)).toEqual({ department: '技术部', owner: '李工' });
    expect(routeTicket(makeTicket({ category: '建议' }), s)).toEqual({ department: '产品部', owner: '王经理' });
  });

  it('lets a keyword rule with * catch any category, first match winning', () => {
    const t = makeTicket({ category: '投诉', description: '物流延迟3天未送达' });
    expect(routeTicket(t, s)).toEqual({ department: '供应链部', owner: '赵协调员' });
    // the 故障 rule comes first, so a fault mentioning 物流 still goes to 技术部
    expect(routeTicket({ ...t, category: '故障' }, s)?.department).toBe('技术部');
  });

  it('matches keywords in subcategory and subject, also in Traditional Chinese', () => {
    expect(routeTicket(makeTicket({ category: '咨询', subcategory: '物流服务' }), s)?.department).toBe('供应链部');
    expect(routeTicket(makeTicket({ category: '咨询', subject: '查詢物流' }), s)?.department).toBe('供应链部');
  });

  it('returns an empty owner when the rule names none', () => {
    expect(routeTicket(makeTicket({ category: '变更' }), s)).toEqual({ department: '业务办理组', owner: '' });
  });

  it('returns null when no rule matches', () => {
    expect(routeTicket(makeTicket({ category: '其他' }), s)).toBeNull();
    expect(routeTicket(makeTicket({ category: null }), s)).toBeNull();
    expect(routeTicket(makeTicket({ category: '故障' }), rulesTestSettings({ routing: [] }))).toBeNull();
  });
});
