/**
 * A statistics formula over Excel's 8,192 characters is written as its value: the import report
 * and `--json` name the sheet and the cell and say why. Forty spellings of one long subcategory
 * (each character in its Simplified or Traditional form: one classification row) make its
 * COUNTIFS sum that long.
 */
import { writeFileSync } from 'fs';
import * as path from 'path';
import { readInput } from '../../src/xlsx/readInput';
import { sb, tempDir } from '../cli/helpers';
import { ooxmlErrors } from '../support/ooxmlValidator';

jest.setTimeout(120_000);

const PAIRS = ['说說', '话話', '问問', '题題', '书書', '车車', '门門', '东東', '开開', '关關'];

/** A CSV of 40 tickets whose subcategory is one long text in 40 Simplified/Traditional spellings. */
function longSpellingsCsv(): { d: string; csv: string } {
  const d = tempDir();
  const spelling = (i: number): string => PAIRS.map((p, b) => p[(i >> b) & 1]).join('') + '的'.repeat(230);
  const rows = [['工单编号', '受理时间', '客户名称', '问题描述', '处理状态', '反馈类型', '具体问题细分']];
  for (let i = 0; i < 40; i++) rows.push([`CS20240301${String(i + 1).padStart(3, '0')}`, '2024-03-01 10:00', `客户${i}`, '问题', '处理中', '投诉', spelling(i)]);
  const csv = path.join(d, 'in.csv');
  writeFileSync(csv, rows.map((r) => r.join(',')).join('\r\n') + '\r\n');
  return { d, csv };
}

test('a classification formula over 8,192 characters: written as its value, named in the report and --json', async () => {
  const { d, csv } = longSpellingsCsv();
  const out = path.join(d, 'out.xlsx');
  const r = await sb('import', csv, '-o', out, '--as-of', '2024-03-31T12:00', '--json');
  expect(r.err).toBe('');
  const lines = (JSON.parse(r.out).notImported as { column: string; reason: string; detail: string; sheet?: string }[]).filter((l) => l.reason === 'formulaTooLong');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ sheet: '统计', column: expect.stringMatching(/^E\d+$/) });
  expect(lines[0].detail).toMatch(new RegExp(`^工作表「统计」${lines[0].column} 单元格的公式有 \\d{4,} 个字符，超过 Excel 的上限 8192：已写为计算结果 40，不会随数据更新$`));
  expect(ooxmlErrors(out)).toEqual([]);
  const report = (await readInput(out)).tables.get('Import_Report')!;
  expect(report.rows.some((row) => String(row[4]) === lines[0].detail)).toBe(true);
});

test('refresh says it too: the formula written as its value is named on stderr and in --json warnings, in the run language', async () => {
  const { d, csv } = longSpellingsCsv();
  const book = path.join(d, 'book.xlsx');
  expect((await sb('import', csv, '-o', book, '--as-of', '2024-03-31T12:00')).code).toBe(0);
  const r = await sb('refresh', book, '-o', path.join(d, 'refreshed.xlsx'), '--as-of', '2024-03-31T12:00', '--period', 'month', '--json');
  expect(r.code).toBe(0);
  expect((JSON.parse(r.out).warnings as string[]).filter((w) => /8192/.test(w))).toEqual([expect.stringMatching(/^工作表「统计」E\d+ 单元格的公式有 \d{4,} 个字符/)]);
  const en = await sb('refresh', book, '-o', path.join(d, 'refreshed-en.xlsx'), '--as-of', '2024-03-31T12:00', '--period', 'month', '--locale', 'en-US');
  expect(en.err).toMatch(/E\d+.*8192/);
  expect(en.err).not.toMatch(/工作表「统计」E\d+ 单元格/);
  expect(ooxmlErrors(path.join(d, 'refreshed.xlsx'))).toEqual([]);
});
