/**
 * Formula cells of a team's workbook: a shared formula's followers read their cached value; a
 * formula with no cached value (openpyxl writes them; a follower of a shared formula without
 * `<v>`) becomes no cell of ours, and its formula text — the follower's shifted from its master —
 * is in the import report with its sheet, row and column.
 */
import * as path from 'path';
import { readInput } from '../../src/xlsx/readInput';
import { sb, tempDir } from '../cli/helpers';
import { rawXlsx, SHARED_FORMULA_CELLS } from '../fixtures/hostile/cases';

interface NotImported {
  row: number | null;
  column: string;
  reason: string;
  detail: string;
  sheet?: string;
}

test('shared formulas: followers read their cached value; one without a value is reported as its formula, never written as one', async () => {
  const d = tempDir();
  const file = path.join(d, 'in.xlsx');
  await rawXlsx(file, SHARED_FORMULA_CELLS);
  const book = await readInput(file);
  expect(book.sheets[0].grid.map((r) => r[5] ?? null)).toEqual([ '字数', '3字', '3字', null]);
  expect(book.notes).toEqual([{ kind: 'formula', sheet: '记录', line: 4, cell: 'F4', formula: '=LEN(D4)&"字"' }]);

  const out = path.join(d, 'out.xlsx');
  const r = await sb('import', file, '-o', out, '--as-of', '2024-03-31T12:00', '--json', '--locale', 'en-US');
  expect(r.err).toBe('');
  const notImported = JSON.parse(r.out).notImported as NotImported[];
  const line = notImported.find((n) => n.reason === 'formula');
  expect(line).toMatchObject({ row: 4, column: 'F4', sheet: '记录' });
  expect(line!.detail).toBe('formula without a value: =LEN(D4)&"字" (sheet 记录, row 4, column F); the cell was left empty');

  const written = await readInput(out);
  const tickets = written.tables.get('Tickets')!;
  const col = tickets.headers.indexOf('字数');
  expect(tickets.rows.map((row) => row[col] ?? null)).toEqual(['3字', '3字', null]);
  expect(written.notes).toEqual([]);
  const report = written.tables.get('Import_Report')!;
  expect(report.rows.some((row) => String(row[4]).includes('=LEN(D4)&"字"'))).toBe(true);
});

test('openpyxl formulas without a cached value: in the report, not in a ticket cell', async () => {
  const d = tempDir();
  const file = path.join(d, 'in.xlsx');
  await rawXlsx(file, {
    A1: '工单编号', B1: '问题描述', C1: '处理状态', D1: '合计',
    A2: 'CS1', B2: '屏幕碎了', C2: '处理中', D2: { xml: '<f>SUM(1,2)</f>' },
  });
  const out = path.join(d, 'out.xlsx');
  const r = await sb('import', file, '-o', out, '--as-of', '2024-03-31T12:00', '--json');
  const notImported = JSON.parse(r.out).notImported as NotImported[];
  expect(notImported.filter((n) => n.reason === 'formula').map((n) => n.detail)).toEqual(['公式没有计算结果：=SUM(1,2)（工作表「记录」第 2 行第 D 列），单元格留空']);
  const tickets = (await readInput(out)).tables.get('Tickets')!;
  expect(tickets.rows.flat().some((v) => typeof v === 'string' && v.includes('SUM(1,2)'))).toBe(false);
});
