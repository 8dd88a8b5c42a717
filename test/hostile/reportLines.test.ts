/**
 * Import-report lines a person can act on: a cell cut at 32,767 characters is named by file,
 * sheet, row and column with the start of its text quoted (masked like the rest of the report);
 * with several sheets imported, every line names its sheet and the row within that sheet.
 */
import { writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readInput } from '../../src/xlsx/readInput';
import { sb, tempDir } from '../cli/helpers';

interface Line {
  row: number | null;
  column: string;
  reason: string;
  detail: string;
  sheet?: string;
}

const H = ['工单编号', '受理时间', '客户名称', '问题描述', '处理状态'];

test('a cell cut at 32,767 characters: file, sheet, row, column and the start of its text (masked)', async () => {
  const d = tempDir();
  const csv = path.join(d, 'calls.csv');
  const long = `客户手机13812345678反映屏幕${'长'.repeat(40_000)}`;
  writeFileSync(csv, [H, ['CS1', '2024-03-01 10:00', '客户1', long, '处理中']].map((r) => r.join(',')).join('\r\n') + '\r\n');
  const r = await sb('import', csv, '-o', path.join(d, 'out.xlsx'), '--as-of', '2024-03-31T12:00', '--json', '--locale', 'en-US');
  expect(r.err).toBe('');
  const cut = (JSON.parse(r.out).notImported as Line[]).filter((l) => l.detail.includes('cut'));
  expect(cut).toHaveLength(1);
  expect(cut[0]).toMatchObject({ row: 2, column: '问题描述', sheet: 'calls' });
  expect(cut[0].detail).toMatch(/^calls\.csv, sheet calls, row 2, column “问题描述”: 40019 characters, over the cell limit, cut to the first 32767; the text starts “客户手机138\*{4}5678反映屏幕长…”$/);
  expect(cut[0].detail).not.toContain('13812345678');
});

test('three monthly sheets: every report line names its sheet and the row within it', async () => {
  const d = tempDir();
  const file = path.join(d, 'months.xlsx');
  const wb = new ExcelJS.Workbook();
  for (const m of [1, 2, 3]) {
    const ws = wb.addWorksheet(`${m}月`);
    ws.addRow(H);
    for (let i = 1; i <= 4; i++) ws.addRow([`CS2024${m}0${i}`, m === 2 && i === 2 ? '下周二' : `2024-0${m}-0${i} 10:00`, `客户${m}-${i}`, `问题${m}-${i}`, '处理中']);
    if (m === 3) ws.addRow(['注：客户来电要求加急处理']);
  }
  await wb.xlsx.writeFile(file);
  const out = path.join(d, 'out.xlsx');
  const r = await sb('import', file, '-o', out, '--as-of', '2024-03-31T12:00', '--json');
  expect(r.err).toBe('');
  const summary = JSON.parse(r.out) as { problems: { row: number; sheet?: string; message: string; code: string }[]; notImported: Line[] };
  const bad = summary.problems.filter((p) => p.code === 'invalidDateTime');
  expect(bad).toEqual([expect.objectContaining({ row: 3, sheet: '2月' })]);
  expect(bad[0].message).toContain('第 3 行');
  const note = summary.notImported.find((l) => l.detail.includes('加急'));
  expect(note).toMatchObject({ row: 6, sheet: '3月' });
  const report = (await readInput(out)).tables.get('Import_Report')!;
  const rowed = report.rows.filter((row) => row[1] !== null && row[1] !== '');
  expect(rowed.length).toBeGreaterThan(0);
  for (const row of rowed) expect(String(row[4])).toMatch(new RegExp(`^工作表「[123]月」第 ${row[1]} 行：`));
  expect(rowed.some((row) => row[1] === 3 && String(row[4]).startsWith('工作表「2月」第 3 行：第 3 行'))).toBe(true);
});
