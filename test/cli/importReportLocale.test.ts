/**
 * The import report speaks the run's language: imported with `--locale en-US`, no Chinese is left
 * in it but what the team's own file holds (a header, a note row, a value quoted); with
 * `--locale zh-TW`, none of our words is in Simplified-only characters.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readInput } from '../../src/xlsx/readInput';
import { sb, tempDir } from './helpers';

jest.setTimeout(120_000);

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
const FILES = ['seed000-客户服务沟通记录表.xlsx', 'seed001-客户服务需求记录表.xlsx', 'seed002-问题反馈处理记录表.xlsx', 'seed003-客服溝通記錄.csv', 'seed004-售后服务单跟踪.xlsx'];
const dir = tempDir('sb-report-locale-');

const HAN_RUN = /[\u3400-\u9fff]+/g;
// opencc-js is an ES module package; its UMD build loads under CommonJS jest.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js/cn2t') as { Converter: (o: { from: string; to: string }) => (s: string) => string };
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** A run written in Simplified characters: OpenCC's cn→tw converter changes it. */
const simplified = (line: string): boolean => {
  const run = line.split(' ← ')[0];
  return toTaiwan(run) !== run;
};

/** Every text of the input (cells and sheet names): what the report may quote. */
async function sourceTexts(file: string): Promise<string[]> {
  const book = await readInput(file);
  return [path.basename(file), ...book.sheets.flatMap((s) => [s.name, ...s.grid.flatMap((r) => r.map((c) => (c === null || c === undefined ? '' : c instanceof Date ? '' : String(c))))])];
}

/** The Chinese runs of the report that are not quoted from the input. */
async function ourChinese(input: string, out: string): Promise<string[]> {
  const source = await sourceTexts(input);
  const report = (await readInput(out)).tables.get('Import_Report');
  expect(report).toBeDefined();
  const cells = report!.rows.flatMap((r) => r.map((c) => (typeof c === 'string' ? c : '')));
  return cells.flatMap((text) => (text.match(HAN_RUN) ?? []).filter((run) => !source.some((s) => s.includes(run))).map((run) => `${run} ← ${text}`));
}

async function importIn(input: string, locale: string, out: string): Promise<void> {
  const r = await sb('import', input, '-o', out, '--locale', locale, '--as-of', '2024-03-31T23:00');
  expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: expect.any(String) });
}

describe.each(FILES)('%s', (name) => {
  const input = path.join(EXAMPLES, name);

  it('en-US: the report holds no Chinese but the file’s own', async () => {
    const out = path.join(dir, `${name}.en-US.xlsx`);
    await importIn(input, 'en-US', out);
    expect(await ourChinese(input, out)).toEqual([]);
  });

  it('zh-TW: the report’s own words are in Traditional characters', async () => {
    const out = path.join(dir, `${name}.zh-TW.xlsx`);
    await importIn(input, 'zh-TW', out);
    expect((await ourChinese(input, out)).filter(simplified)).toEqual([]);
  });
});

describe('lines the examples do not have', () => {
  /** Two sheets of tickets with a repeated number, a notes sheet, and a cell beside the table. */
  async function oddBook(file: string): Promise<void> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('一月');
    ws.addRow(['工单编号', '受理时间', '客户名称', '问题描述', '处理状态', '满意度']);
    ws.addRow(['CS20240101001', '2024-01-01 10:00', '甲公司', '无法登录', '处理中', 9]);
    ws.addRow(['CS20240101001', '2024-01-02 10:00', '乙公司', '发票抬头错误', '已完成', null]);
    ws.addRow(['CS20240101002', '2024-01-03 10:00', '丙公司', '身份证 110105199001011232 无法验证', '待受理', null]);
    const other = wb.addWorksheet('备注');
    other.addRow(['本工作簿记录一月工单']);
    await wb.xlsx.writeFile(file);
  }

  it.each(['en-US', 'zh-TW'])('%s: renumbered, skipped sheets, problems and redactions speak the locale', async (locale) => {
    const input = path.join(dir, 'odd.xlsx');
    await oddBook(input);
    const out = path.join(dir, `odd.${locale}.xlsx`);
    await importIn(input, locale, out);
    const runs = await ourChinese(input, out);
    const bad = locale === 'en-US' ? runs : runs.filter(simplified);
    expect(bad).toEqual([]);
    const report = (await readInput(out)).tables.get('Import_Report')!;
    expect(report.rows.length).toBeGreaterThanOrEqual(4);
  });
});
