/** A workbook with one sheet of records per month: every sheet of the same layout is imported. */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readInput } from '../../src/xlsx/readInput';
import { sb, tempDir } from './helpers';

const H = ['工单编号', '受理时间', '客户名称', '问题描述', '处理状态'];

test('three monthly sheets: all 15 tickets imported, each naming its sheet; a notes sheet is reported', async () => {
  const d = tempDir();
  const file = path.join(d, 'months.xlsx');
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet('说明');
  notes.getCell('A1').value = '本工作簿每月一张表';
  for (const m of [1, 2, 3]) {
    const ws = wb.addWorksheet(`${m}月`);
    ws.addRow(H);
    for (let i = 1; i <= 5; i++) ws.addRow([`CS2024${m}0${i}`, `2024-0${m}-0${i} 10:00`, `客户${m}-${i}`, `问题${m}-${i}`, '处理中']);
  }
  await wb.xlsx.writeFile(file);
  const out = path.join(d, 'out.xlsx');
  const r = await sb('import', file, '-o', out, '--as-of', '2024-03-31T12:00', '--json');
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).tickets).toBe(15);
  const book = await readInput(out);
  const tickets = book.tables.get('Tickets')!;
  const col = tickets.headers.indexOf('来源工作表');
  expect(col).toBeGreaterThanOrEqual(0);
  expect(new Set(tickets.rows.map((row) => row[col]))).toEqual(new Set(['1月', '2月', '3月']));
  const report = book.tables.get('Import_Report')!;
  expect(report.rows.some((row) => String(row[4]).includes('工作表「说明」未导入'))).toBe(true);
});
