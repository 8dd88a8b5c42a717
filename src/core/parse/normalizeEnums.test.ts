import fc from 'fast-check';
import { CATEGORIES, CUSTOMER_LEVELS, LEVELS, STATUSES } from '../schema/enums';
import { matchListValue, normalizeCategory, normalizeCustomerLevel, normalizeLevel, normalizeStatus } from './normalizeEnums';

describe('normalizeCategory', () => {
  test.each([
    ['咨询类', '咨询'],
    ['咨询', '咨询'],
    ['使用指导', '咨询'],
    ['投诉类', '投诉'],
    ['投诉处理', '投诉'],
    ['建议类', '建议'],
    ['功能建议', '建议'],
    ['需求', '建议'],
    ['变更类', '变更'],
    ['问题类', '故障'],
    ['故障维修', '故障'],
    ['故障', '故障'],
    ['其他类', '其他'],
    ['諮詢類', '咨询'],
    ['投訴', '投诉'],
    ['Complaint', '投诉'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeCategory(input)).toBe(expected);
  });

  test('subcategories are not categories', () => {
    expect(normalizeCategory('产品功能')).toBeNull();
    expect(normalizeCategory('物流服务')).toBeNull();
    expect(normalizeCategory('')).toBeNull();
  });
});

describe('normalizeStatus', () => {
  test.each([
    ['待处理', '待受理'],
    ['待受理', '待受理'],
    ['处理中', '处理中'],
    ['協調中', '协调中'],
    ['等待客户', '等待客户'],
    ['待客户确认', '等待客户'],
    ['已解决', '已完成'],
    ['已完成', '已完成'],
    ['关闭', '已关闭'],
    ['已關閉', '已关闭'],
    ['重新打开', '重新打开'],
    ['重开', '重新打开'],
    ['Closed', '已关闭'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeStatus(input)).toBe(expected);
  });
});

describe('normalizeLevel and normalizeCustomerLevel', () => {
  test.each([
    ['紧急', '高'],
    ['重要', '中'],
    ['一般', '低'],
    ['高', '高'],
    ['中', '中'],
    ['低', '低'],
    ['高优先级（紧急）', '高'],
    ['中优先级（常规）', '中'],
    ['低優先級', '低'],
    ['urgent', '高'],
  ])('level %s → %s', (input, expected) => {
    expect(normalizeLevel(input)).toBe(expected);
  });

  test.each([
    ['VIP', 'VIP'],
    ['vip', 'VIP'],
    ['ＶＩＰ客户', 'VIP'],
    ['会员', 'VIP'],
    ['普通', '普通'],
    ['普通客户', '普通'],
  ])('customer level %s → %s', (input, expected) => {
    expect(normalizeCustomerLevel(input)).toBe(expected);
  });

  test('unknown words are null', () => {
    expect(normalizeLevel('随便')).toBeNull();
    expect(normalizeCustomerLevel('金牌')).toBeNull();
    expect(normalizeStatus('??')).toBeNull();
  });
});

test('canonical values map to themselves, and any input gives a canonical value or null', () => {
  for (const c of CATEGORIES) expect(normalizeCategory(c)).toBe(c);
  for (const s of STATUSES) expect(normalizeStatus(s)).toBe(s);
  for (const l of LEVELS) expect(normalizeLevel(l)).toBe(l);
  for (const l of CUSTOMER_LEVELS) expect(normalizeCustomerLevel(l)).toBe(l);
  fc.assert(
    fc.property(fc.anything(), (v) => {
      const c = normalizeCategory(v);
      const s = normalizeStatus(v);
      expect(c === null || CATEGORIES.includes(c)).toBe(true);
      expect(s === null || STATUSES.includes(s)).toBe(true);
    }),
  );
});

test('matchListValue meets Traditional and full-width spellings of a list entry', () => {
  expect(matchListValue('在線客服', ['电话', '在线客服'])).toBe('在线客服');
  expect(matchListValue('ＡＰＰ留言', ['APP留言'])).toBe('APP留言');
  expect(matchListValue('微信', ['电话'])).toBeNull();
});
