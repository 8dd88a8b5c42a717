/**
 * validate runs every check refresh relies on, in the user's language: a workbook refresh would
 * reject or misread is never called clean.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { sb, sbIn, sbJson, tempDir, writeGridXlsx } from '../cli/helpers';
import type { JsonProblem } from '../../src/cli/pipeline';

jest.setTimeout(60_000);
const dir = tempDir('sb-rules-config-');

/** A new workbook with one Config_Meta / Config_Numbering value changed (found by its key or header). */
async function bookWith(name: string, edit: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const book = path.join(dir, `${name}.xlsx`);
  expect((await sb('init', '-o', book, '--sample', '5', '--as-of', '2024-03-31T23:00')).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  edit(wb.getWorksheet('配置')!);
  const out = path.join(dir, `${name}-edited.xlsx`);
  await wb.xlsx.writeFile(out);
  return out;
}

/** The cell right of the key cell two columns over (Config_Meta: key, label, value). */
function setMeta(ws: ExcelJS.Worksheet, key: string, value: ExcelJS.CellValue): void {
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (c.value === key) ws.getCell(Number(c.row), Number(c.col) + 2).value = value;
    }),
  );
}

test('a workbook of a newer schema version is refused with one clear line, in the user’s language', async () => {
  const book = await bookWith('schema', (ws) => setMeta(ws, 'schemaVersion', 999));
  const zh = await sb('validate', book);
  expect(zh.code).toBe(2);
  expect(zh.err.trim().split('\n')).toHaveLength(1);
  expect(zh.err).toContain('999');
  expect(zh.err).toMatch(/较新版本/);
  const en = await sbIn({}, 'refresh', book, '-o', path.join(dir, 'never.xlsx'), '--locale', 'en-US');
  expect(en.code).toBe(2);
  expect(en.err).toMatch(/newer ServiceBook/);
});

test('validate reports a mistyped time zone and a pattern without {seq:N}, each in the user’s language', async () => {
  const book = await bookWith('tz', (ws) => {
    setMeta(ws, 'timeZone', 'Asia/Shanghia');
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.value === 'CS{yyyyMMdd}{seq:3}') c.value = 'CS{yyyyMMdd}';
      }),
    );
  });
  const r = await sb('validate', book, '--json', '--locale', 'en-US');
  expect(r.code).toBe(1);
  const problems = (JSON.parse(r.out) as { problems: JsonProblem[] }).problems;
  const messages = problems.map((p) => p.message).join('\n');
  expect(messages).toMatch(/“Asia\/Shanghia” is not a known time zone/);
  expect(messages).toMatch(/needs exactly one sequence \{seq:N\}/);
  // refresh runs with the kept values instead of failing or silently using UTC.
  const out = path.join(dir, 'tz-refreshed.xlsx');
  expect((await sb('refresh', book, '-o', out, '--as-of', '2024-03-31T23:00')).code).toBe(0);
  const exported = await sbJson<{ tickets: { id: string }[] }>('export', out, '--json');
  expect(exported.tickets.every((t) => /^CS\d{11}$/.test(t.id))).toBe(true);
});

test('a ticket in a year the holiday table does not cover is reported, saying how to add the year', async () => {
  const grid = [
    ['沟通日期', '沟通时间', '客户姓名', '问题描述', '处理状态'],
    ['2023-10-02', '10:00', '王*', '产品无法开机', '处理中'],
    ['2031-02-03', '10:00', '李*', '产品无法开机', '处理中'],
  ];
  const file = path.join(dir, 'years.xlsx');
  await writeGridXlsx(file, grid);
  const r = await sb('validate', file, '--json');
  const messages = (JSON.parse(r.out) as { problems: JsonProblem[] }).problems.map((p) => p.message).join('\n');
  // 2023 ships with the calendar (every year chinese-days knows); 2031 does not.
  expect(messages).not.toMatch(/2023 年/);
  expect(messages).toMatch(/2031 年/);
  expect(messages).toMatch(/Config_Holidays/);
  const en = await sb('validate', file, '--json', '--locale', 'en-US');
  expect((JSON.parse(en.out) as { problems: JsonProblem[] }).problems.map((p) => p.message).join('\n')).toMatch(/holidays of 2031/);
});
