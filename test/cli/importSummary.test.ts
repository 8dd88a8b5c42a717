/** The import's summary names what was not imported as is, so nobody has to open the report to learn it. */
import { writeFileSync } from 'fs';
import * as path from 'path';
import { sb, tempDir } from './helpers';

test('skipped rows and changed cells are counted in the summary line and listed in --json', async () => {
  const d = tempDir();
  const csv = path.join(d, 'in.csv');
  writeFileSync(csv, '工单编号,受理时间,问题描述,处理状态\r\nCS1,2024-03-01 10:00,"屏幕碎了,处理中\r\n注：客户来电要求加急处理\r\nCS2,2024-03-02 10:00,x,处理中\r\n');
  const text = await sb('import', csv, '-o', path.join(d, 'a.xlsx'), '--as-of', '2024-03-31T12:00');
  expect(text.out).toContain('未按原样导入 2 处');
  const json = await sb('import', csv, '-o', path.join(d, 'b.xlsx'), '--as-of', '2024-03-31T12:00', '--json');
  const notImported = JSON.parse(json.out).notImported as { row: number | null; detail: string }[];
  expect(notImported.map((n) => n.detail).join('\n')).toMatch(/引号没有配对[\s\S]*说明行/);
});
