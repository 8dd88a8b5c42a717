/**
 * Hostile text in, a well-formed workbook out: control characters, U+FFFE/U+FFFF, a cell over
 * 32,767 characters and headers differing only in case, imported from a CSV (which can carry
 * them), written, and opened by openpyxl (which refuses malformed XML) and the Open XML SDK.
 */
import { writeFileSync } from 'fs';
import * as path from 'path';
import { python } from '../support/fixtures';
import { ooxmlErrors } from '../support/ooxmlValidator';
import { readInput } from '../../src/xlsx/readInput';
import { sb, tempDir } from './helpers';

test('control characters, U+FFFE/U+FFFF, a 40,000-character cell and case-only header twins are written within Excel limits and reported', async () => {
  const d = tempDir();
  const csv = path.join(d, 'hostile.csv');
  const long = '长'.repeat(40_000);
  const rows = [
    ['工单编号', '受理时间', '问题描述', '处理状态', 'Tag', 'tag', '标\u0001签'],
    ['CS1', '2024-03-01 10:00', `含控制字符\u0000\u0007与\uFFFE\uFFFF`, '处理中', 'a', 'b', 'c'],
    ['CS2', '2024-03-01 11:00', long, '处理中', 'd', 'e', 'f'],
  ];
  writeFileSync(csv, rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n'));
  const out = path.join(d, 'out.xlsx');
  const r = await sb('import', csv, '-o', out, '--as-of', '2024-03-31T12:00');
  expect(r.code).toBe(0);
  const loaded = python(
    'import openpyxl,sys,json\nwb=openpyxl.load_workbook(sys.argv[1])\nws=wb[[n for n in wb.sheetnames if n=="工单"][0]]\nprint(json.dumps([len(str(c.value or "")) for c in ws["C"]][:3] + [c.value for c in ws[1]]))',
    out,
  );
  const cells = JSON.parse(loaded) as (string | number)[];
  expect(cells.slice(0, 3).every((n) => typeof n === 'number' && n <= 32_767)).toBe(true);
  expect(ooxmlErrors(out)).toEqual([]);
  const book = await readInput(out);
  const headers = book.tables.get('Tickets')!.headers.map((h) => h.toLowerCase());
  expect(new Set(headers).size).toBe(headers.length);
  const report = book.tables.get('Import_Report')!.rows.map((row) => String(row[4]));
  expect(report.some((t) => t.includes('控制字符'))).toBe(true);
  expect(report.some((t) => t.includes('32767'))).toBe(true);
}, 120_000);
