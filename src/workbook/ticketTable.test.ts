import { ticketColumns } from './ticketTable';

describe('ticketColumns', () => {
  it('names an extra column without a header in the workbook’s language', () => {
    const last = (locale: 'zh-CN' | 'zh-TW' | 'en-US'): string => ticketColumns(locale, [], ['备注', '']).at(-1)!.header;
    expect([last('zh-CN'), last('zh-TW'), last('en-US')]).toEqual(['列2', '欄2', 'Column 2']);
  });
});
