import type { SlaRule } from '../settings/settings';
import { findSlaRule } from './findSlaRule';

const rule = (priority: SlaRule['priority'], customerLevel: SlaRule['customerLevel'], hours: number): SlaRule => ({
  priority,
  customerLevel,
  response: { amount: hours, unit: 'h' },
  resolve: { amount: hours * 4, unit: 'h' },
});

describe('findSlaRule', () => {
  const any中 = rule('中', '*', 8);
  const vip中 = rule('中', 'VIP', 4);
  const any高 = rule('高', '*', 4);

  it('prefers the exact customer level over *, whatever the order', () => {
    expect(findSlaRule('中', 'VIP', [any中, vip中, any高])).toBe(vip中);
    expect(findSlaRule('中', 'VIP', [vip中, any中])).toBe(vip中);
  });

  it('falls back to * for another level or no level', () => {
    expect(findSlaRule('中', '普通', [vip中, any中])).toBe(any中);
    expect(findSlaRule('中', null, [vip中, any中])).toBe(any中);
  });

  it('never uses another priority, and is undefined when nothing fits', () => {
    expect(findSlaRule('高', 'VIP', [vip中, any高])).toBe(any高);
    expect(findSlaRule('低', null, [vip中, any中, any高])).toBeUndefined();
    expect(findSlaRule('中', '普通', [vip中])).toBeUndefined();
  });
});
