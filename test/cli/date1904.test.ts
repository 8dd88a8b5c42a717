/**
 * A workbook in Excel's 1904 date system (Excel for Mac's option, XlsxWriter's `date_1904`):
 * its serials count from 1904-01-01, 1462 days after the 1900 system's. Read as 1900 serials
 * every date was four years and a day early (2024-03-29 read as 2020-03-28), and refresh wrote
 * 1900 serials into it.
 */
import * as path from 'path';
import { sb, sbJson, tempDir, type ExportJson } from './helpers';
import { python } from '../support/fixtures';

jest.setTimeout(120_000);

const AS_OF = '2024-03-31T23:00';

test('dates of a 1904 workbook read as written, and refresh writes dates the 1904 way', async () => {
  const dir = tempDir('sb-1904-');
  const src = path.join(dir, 'mac.xlsx');
  python(
    `import xlsxwriter, sys, datetime
wb = xlsxwriter.Workbook(sys.argv[1], {'date_1904': True}); ws = wb.add_worksheet('台账')
f = wb.add_format({'num_format': 'yyyy-mm-dd hh:mm'})
ws.add_table('A1:G3', {'name': 'Tickets', 'columns': [{'header': '工单编号'}, {'header': '受理时间', 'format': f}, {'header': '客户名称'}, {'header': '问题描述'}, {'header': '处理状态'}, {'header': '解决时间', 'format': f}, {'header': '响应时限', 'format': f}],
  'data': [['CS20240329001', datetime.datetime(2024, 3, 29, 15, 0), '李*', '退款', '已关闭', datetime.datetime(2024, 3, 30, 10, 0), None], ['CS20240330001', datetime.datetime(2024, 3, 30, 9, 0), '王*', '登录', '处理中', None, None]]})
wb.close()`,
    src,
  );
  const before = await sbJson<ExportJson>('export', src, '--json');
  expect(before.tickets.map((t) => [t.receivedAt, t.resolvedAt])).toEqual([
    ['2024-03-29T15:00', '2024-03-30T10:00'],
    ['2024-03-30T09:00', null],
  ]);
  const out = path.join(dir, 'out.xlsx');
  expect((await sb('refresh', src, '-o', out, '--as-of', AS_OF)).code).toBe(0);
  const after = await sbJson<ExportJson>('export', out, '--json');
  expect(after.tickets.map((t) => [t.receivedAt, t.resolvedAt])).toEqual([
    ['2024-03-29T15:00', '2024-03-30T10:00'],
    ['2024-03-30T09:00', null],
  ]);
  // The response deadline refresh computed and wrote is in 2024, read back through the 1904 system.
  expect(after.tickets.every((t) => String(t.responseDue).startsWith('2024-0'))).toBe(true);
  // Excel's own reading of the written serial (openpyxl honours date1904).
  const cell = python(
    `import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])['台账']
print(ws['G2'].value.strftime('%Y'))`,
    out,
  ).trim();
  expect(cell).toBe('2024');
});
