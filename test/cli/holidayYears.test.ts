/**
 * A ticket in a year the holiday table does not cover (issue 8): every command that computes due
 * times or statistics says so, in the user's language, with how to add that year — import,
 * refresh and stats on stderr (and in --json `problems` where the command has them), validate as
 * a problem — and the statistics sheet carries a visible note line.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { knownHolidayYears } from '../../src/core/calendar/chinaHolidays';
import { SHEET_NAMES } from '../../src/workbook/labels';
import { sb, sbIn, tempDir, writeGridGbCsv, type ImportJson, type ValidateJson } from './helpers';

const dir = tempDir('sb-holiday-years-');
const p = (f: string): string => path.join(dir, f);
// The first year the package does not know: Spring Festival there counts as working days.
const YEAR = knownHolidayYears().to + 1;
const AS_OF = `${YEAR}-02-20T12:00`;
const zhCN = new RegExp(`Config_Holidays 没有 ${YEAR} 年的节假日与调休.*请在 Config_Holidays 中加入 ${YEAR} 年`);
const enUS = new RegExp(`Config_Holidays has no holidays of ${YEAR}.*Add the ${YEAR} public holidays`);

beforeAll(() => {
  writeGridGbCsv(p('rows.csv'), [
    ['受理时间', '客户名称', '问题描述', '需求类型', '处理状态'],
    [`${YEAR}-02-10 10:00`, '王女士', '春节期间无法登录', '故障', '处理中'],
    ['2024-03-01 10:00', '李先生', '发票抬头错误', '咨询', '已完成'],
  ]);
});

/** The texts of the statistics sheet's cells. */
async function statsSheetTexts(book: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  const texts: string[] = [];
  wb.getWorksheet(SHEET_NAMES.stats['zh-CN'])!.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
  return texts;
}

test('import warns on stderr and in --json problems, and the statistics sheet has a note line', async () => {
  const r = await sb('import', p('rows.csv'), '-o', p('book.xlsx'), '--as-of', AS_OF, '--json');
  expect(r.code).toBe(0);
  expect(r.err).toMatch(zhCN);
  const json = JSON.parse(r.out) as ImportJson;
  expect(json.problems.some((x) => zhCN.test(x.message))).toBe(true);
  expect((await statsSheetTexts(p('book.xlsx'))).some((x) => zhCN.test(x))).toBe(true);
});

test('refresh and stats warn on stderr; refresh keeps the note line on the statistics sheet', async () => {
  const refreshed = await sb('refresh', p('book.xlsx'), '-o', p('refreshed.xlsx'), '--as-of', AS_OF);
  expect(refreshed.code).toBe(0);
  expect(refreshed.err).toMatch(zhCN);
  expect((await statsSheetTexts(p('refreshed.xlsx'))).some((x) => zhCN.test(x))).toBe(true);
  const stats = await sb('stats', p('refreshed.xlsx'), '--as-of', AS_OF, '--json');
  expect(stats.code).toBe(0);
  expect(stats.err).toMatch(zhCN);
  expect(() => JSON.parse(stats.out)).not.toThrow();
});

test('validate reports it as a problem; every command words it in the chosen language', async () => {
  const v = await sb('validate', p('book.xlsx'), '--json');
  expect((JSON.parse(v.out) as ValidateJson).problems.some((x) => zhCN.test(x.message))).toBe(true);
  const en = await sbIn({}, 'stats', p('book.xlsx'), '--as-of', AS_OF, '--locale', 'en-US');
  expect(en.err).toMatch(enUS);
  const tw = await sbIn({ LANG: 'zh_TW.UTF-8' }, 'refresh', p('book.xlsx'), '-o', p('tw.xlsx'), '--as-of', AS_OF);
  expect(tw.err).toMatch(new RegExp(`Config_Holidays 沒有 ${YEAR} 年`));
});

test('a workbook whose years are all covered gets no such warning and no note line', async () => {
  writeGridGbCsv(p('covered.csv'), [
    ['受理时间', '客户名称', '问题描述', '需求类型', '处理状态'],
    ['2024-03-01 10:00', '李先生', '发票抬头错误', '咨询', '已完成'],
  ]);
  const r = await sb('import', p('covered.csv'), '-o', p('covered.xlsx'), '--as-of', '2024-03-20T12:00');
  expect(r.err).not.toMatch(/Config_Holidays/);
  expect((await statsSheetTexts(p('covered.xlsx'))).some((x) => x.includes('Config_Holidays'))).toBe(false);
});
