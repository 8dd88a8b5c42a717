/**
 * A zh-TW or en-US workbook speaks its language in its cells — list values, Config_Lists, log
 * kinds, cross-tab heads, classification — and the engine reads every vocabulary back to the
 * canonical values: the same tickets, 0 problems, the same statistics as the zh-CN workbook.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { sb, sbJson, tempDir, type ExportJson, type StatsReport, type ValidateJson } from './helpers';

jest.setTimeout(120_000);

const dir = tempDir('sb-locale-book-');
const p = (f: string): string => path.join(dir, f);
const AS_OF = '2024-03-31T23:00';
const LOCALES = ['zh-CN', 'zh-TW', 'en-US'] as const;

async function sheetValues(file: string, sheet: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(typeof c.value === 'object' && c.value && 'result' in c.value ? String(c.value.result) : String(c.value))));
  return out;
}

beforeAll(async () => {
  for (const l of LOCALES) expect((await sb('init', '-o', p(`${l}.xlsx`), '--sample', '40', '--as-of', AS_OF, '--locale', l)).code).toBe(0);
});

test.each(LOCALES)('%s: the workbook validates with 0 problems and exports the canonical tickets of zh-CN', async (l) => {
  const v = await sbJson<ValidateJson>('validate', p(`${l}.xlsx`), '--json');
  expect(v.problems).toEqual([]);
  const mine = await sbJson<ExportJson>('export', p(`${l}.xlsx`));
  const zh = await sbJson<ExportJson>('export', p('zh-CN.xlsx'));
  expect(mine.tickets).toEqual(zh.tickets);
  const s = await sbJson<StatsReport>('stats', p(`${l}.xlsx`), '--as-of', AS_OF, '--json');
  const z = await sbJson<StatsReport>('stats', p('zh-CN.xlsx'), '--as-of', AS_OF, '--json');
  expect(s).toEqual(z);
});

test('en-US cells hold English list values; zh-TW cells Traditional ones', async () => {
  const en = await sheetValues(p('en-US.xlsx'), 'Tickets');
  expect(en).toEqual(expect.arrayContaining(['In progress', 'Resolved', 'Phone']));
  expect(en).not.toEqual(expect.arrayContaining(['处理中']));
  const cfgEn = await sheetValues(p('en-US.xlsx'), 'Settings');
  expect(cfgEn).toEqual(expect.arrayContaining(['Online chat', 'Inquiry', 'Waiting for customer', 'Customer service', 'Regular']));
  const logEn = await sheetValues(p('en-US.xlsx'), 'Ticket log');
  expect(logEn).toEqual(expect.arrayContaining(['Intake']));
  const pivEn = await sheetValues(p('en-US.xlsx'), 'Pivots');
  expect(pivEn).toEqual(expect.arrayContaining(['Category × status', 'Inquiry', 'Complaint', 'In progress', 'Online chat', 'High', 'Overdue', 'Calm']));
  for (const zh of ['咨询', '处理中', '在线客服', '高', '已超时', '平和']) expect(pivEn).not.toContain(zh);

  const tw = await sheetValues(p('zh-TW.xlsx'), '工單');
  expect(tw).toEqual(expect.arrayContaining(['處理中', '電話']));
  expect(tw).not.toEqual(expect.arrayContaining(['处理中']));
  const cfgTw = await sheetValues(p('zh-TW.xlsx'), '配置');
  expect(cfgTw).toEqual(expect.arrayContaining(['線上客服', '諮詢', '等待客戶']));
});

test('Config and the classification give the presets’ suggestions (处理建议) and subcategories in the workbook’s language', async () => {
  const zhComplaint = '24小时内回电致歉并说明方案，复盘原因，3个工作日内回访';
  const enCfg = await sheetValues(p('en-US.xlsx'), 'Settings');
  const enStats = await sheetValues(p('en-US.xlsx'), 'Statistics');
  for (const cells of [enCfg, enStats]) {
    expect(cells).toEqual(expect.arrayContaining(['Call back within 24 h to apologise and explain the fix; find the cause; follow up within 3 working days']));
    expect(cells).not.toContain(zhComplaint);
  }
  expect(enCfg).toEqual(expect.arrayContaining(['Product quality', 'Logistics']));
  // Every subcategory of the classification is an English word (the sample's are all preset ones).
  expect(enStats).toEqual(expect.arrayContaining(['Logistics']));
  for (const zh of ['物流服务', '产品质量', '功能建议']) expect(enStats).not.toContain(zh);

  const twCfg = await sheetValues(p('zh-TW.xlsx'), '配置');
  const twStats = await sheetValues(p('zh-TW.xlsx'), '統計');
  for (const cells of [twCfg, twStats]) {
    expect(cells).toEqual(expect.arrayContaining(['24小時內回電致歉並說明方案，複盤原因，3個工作日內回訪', '物流服務']));
    expect(cells).not.toContain(zhComplaint);
    expect(cells).not.toContain('物流服务');
  }
});

test('Config_Scripts gives the presets’ scripts (话术) and their scenarios in the workbook’s language', async () => {
  const zhOpening = '您好，这里是公司客服中心，我是客服{agent}，很高兴为您服务，请问有什么可以帮您？';
  const en = await sheetValues(p('en-US.xlsx'), 'Settings');
  expect(en).toEqual(expect.arrayContaining(['Opening', 'Hello, this is the customer service centre; I am {agent} and glad to help. What can I do for you?']));
  const tw = await sheetValues(p('zh-TW.xlsx'), '配置');
  expect(tw).toEqual(expect.arrayContaining(['開場白', '您好，這裡是公司客服中心，我是客服{agent}，很高興為您服務，請問有什麼可以幫您？']));
  for (const cells of [en, tw]) for (const zh of [zhOpening, '开场白', '结束语']) expect(cells).not.toContain(zh);
});

test('the statistics name the rating dimensions in the workbook’s language (summary, figures, chart)', async () => {
  const enStats = await sheetValues(p('en-US.xlsx'), 'Statistics');
  expect(enStats).toEqual(expect.arrayContaining(['Service attitude', 'Satisfaction · Service attitude']));
  const twStats = await sheetValues(p('zh-TW.xlsx'), '統計');
  expect(twStats).toEqual(expect.arrayContaining(['服務態度', '分項滿意度·服務態度']));
  for (const cells of [enStats, twStats]) for (const zh of ['服务态度', '解决效率', '分项满意度·服务态度']) expect(cells).not.toContain(zh);
});

test('the overdue colour rule compares the status with the workbook’s own words', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(p('en-US.xlsx'));
  const formulas = JSON.stringify((wb.getWorksheet('Tickets') as unknown as { conditionalFormattings: unknown }).conditionalFormattings);
  expect(formulas).toMatch(/=\\"Resolved\\"/);
  expect(formulas).toMatch(/=\\"Closed\\"/);
  expect(formulas).not.toContain('已完成');
});

test('refresh keeps a workbook’s language and its values', async () => {
  expect((await sb('refresh', p('en-US.xlsx'), '-o', p('en-r.xlsx'), '--as-of', AS_OF)).code).toBe(0);
  const a = await sbJson<ExportJson>('export', p('en-r.xlsx'));
  const b = await sbJson<ExportJson>('export', p('en-US.xlsx'));
  expect(a.tickets).toEqual(b.tickets);
  expect(await sheetValues(p('en-r.xlsx'), 'Tickets')).toEqual(expect.arrayContaining(['In progress']));
});
