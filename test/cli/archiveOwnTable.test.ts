/**
 * `archive` on a team's own table named Tickets (made by XlsxWriter, no ServiceBook configuration):
 * refresh adds nothing to such a workbook (schemaUpgrade), so the refusal must not send the user
 * to refresh — it names import, which makes a structured workbook that can be archived.
 */
import * as path from 'path';
import { sb, tempDir } from './helpers';
import { python } from '../support/fixtures';

jest.setTimeout(120_000);

const AS_OF = '2024-03-31T23:00';

test('a workbook with only a Tickets table: archive refuses with advice that works (import), and import then archive does', async () => {
  const dir = tempDir('sb-own-table-');
  const src = path.join(dir, 'own.xlsx');
  python(
    `import xlsxwriter, sys
wb = xlsxwriter.Workbook(sys.argv[1]); ws = wb.add_worksheet('台账')
ws.add_table('J1:K2', {'name': 'Table1', 'columns': [{'header': '周'}, {'header': '件数'}], 'data': [['W1', 3]]})
ws.add_table('A1:F3', {'name': 'Tickets', 'columns': [{'header': h} for h in ['工单编号', '受理时间', '客户名称', '问题描述', '处理状态', '解决时间']],
  'data': [['CS20240105001', '2024-01-05 09:00', '王*', '无法登录', '已关闭', '2024-01-05 15:00'], ['CS20240329001', '2024-03-29 15:00', '李*', '退款', '处理中', '']]})
wb.close()`,
    src,
  );
  for (const locale of ['zh-CN', 'zh-TW', 'en-US']) {
    const r = await sb('archive', src, '--before', '2024-03-01', '-o', path.join(dir, `a-${locale}.xlsx`), '--as-of', AS_OF, '--locale', locale);
    expect(r.code).toBe(2);
    expect(r.err).toContain('servicebook import');
    expect(r.err).not.toContain('servicebook refresh');
  }
  // The advice works: the imported workbook archives its January ticket.
  const imported = path.join(dir, 'imported.xlsx');
  expect((await sb('import', src, '-o', imported, '--as-of', AS_OF)).code).toBe(0);
  const r = await sb('archive', imported, '--before', '2024-03-01', '-o', path.join(dir, 'archive.xlsx'), '--as-of', AS_OF);
  expect(r.code).toBe(0);
});
