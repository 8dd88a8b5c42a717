import { periodLabel } from './periodLabel';

describe('periodLabel', () => {
  it('names a month as seed 003 does, and in English', () => {
    const p = { kind: 'month' as const, start: '2024-03-01T00:00', end: '2024-04-01T00:00' };
    expect(periodLabel(p, 'zh-CN')).toBe('2024年3月');
    expect(periodLabel(p, 'zh-TW')).toBe('2024年3月');
    expect(periodLabel(p, 'en-US')).toBe('Mar 2024');
  });

  it('names a quarter', () => {
    const p = { kind: 'quarter' as const, start: '2024-10-01T00:00', end: '2025-01-01T00:00' };
    expect(periodLabel(p, 'zh-CN')).toBe('2024年第4季度');
    expect(periodLabel(p, 'zh-TW')).toBe('2024年第4季');
    expect(periodLabel(p, 'en-US')).toBe('Q4 2024');
  });

  it('names a week or a custom range by its first and last day', () => {
    expect(periodLabel({ kind: 'week', start: '2024-12-30T00:00', end: '2025-01-06T00:00' })).toBe('2024-12-30 至 2025-01-05');
    expect(periodLabel({ kind: 'custom', start: '2024-03-10T00:00', end: '2024-03-13T00:00' }, 'en-US')).toBe('2024-03-10 – 2024-03-12');
  });
});
