import { shouldProposeReopen } from './shouldProposeReopen';
import { testSettings, ticket } from '../sla/testSettings';

const settings = testSettings(); // reopenAtOrBelow: 2

describe('shouldProposeReopen', () => {
  it.each([
    ['已完成', 2, true],
    ['已关闭', 1, true],
    ['已完成', 3, false],
    ['已完成', null, false],
    ['处理中', 1, false],
    ['重新打开', 1, false],
  ] as const)('%s rated %s → %s', (status, satisfaction, expected) => {
    expect(shouldProposeReopen(ticket({ status, satisfaction }), settings)).toBe(expected);
  });
  it('follows the configured threshold', () => {
    const strict = testSettings({ followUp: { ...settings.followUp, reopenAtOrBelow: 3 } });
    expect(shouldProposeReopen(ticket({ status: '已完成', satisfaction: 3 }), strict)).toBe(true);
  });
});
