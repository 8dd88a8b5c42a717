import { ticketColumnRoles, ticketColumns } from './ticketTable';

describe('ticketColumns', () => {
  it('names an extra column without a header in the workbook’s language', () => {
    const last = (locale: 'zh-CN' | 'zh-TW' | 'en-US'): string =>
      ticketColumns(locale, [], ['备注', '']).at(-1)!.header;
    expect([last('zh-CN'), last('zh-TW'), last('en-US')]).toEqual(['列2', '欄2', 'Column 2']);
  });
});

describe('rating-dimension columns', () => {
  it('are headed in the workbook’s language and read back from any of the three', () => {
    const header = (locale: 'zh-CN' | 'zh-TW' | 'en-US'): string =>
      ticketColumns(locale, ['解决效率', '自定义维度'], [])
        .filter((c) => c.key.startsWith('rating:'))
        .map((c) => c.header)
        .join(' | ');
    expect(header('zh-CN')).toBe('分项评分·解决效率 | 分项评分·自定义维度');
    expect(header('en-US')).toMatch(/·Resolution \| .*·自定义维度$/);
    expect(header('zh-TW')).toMatch(/·解決效率 \| /);
    for (const locale of ['zh-CN', 'zh-TW', 'en-US'] as const) {
      const cols = ticketColumns(locale, ['解决效率', '自定义维度'], []);
      const roles = ticketColumnRoles(cols.map((c) => c.header));
      expect(roles.filter((r) => 'rating' in r)).toEqual([{ rating: '解决效率' }, { rating: '自定义维度' }]);
    }
  });
});
