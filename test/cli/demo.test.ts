/**
 * The first five minutes: `npm run demo` writes a merged workbook that passes its own
 * `servicebook validate` with 0 problems, keeps every real paper number, numbers the records that
 * had none after the real ones, and fills the owner list from the records.
 */
import { execFileSync } from 'child_process';
import { readdirSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readInput } from '../../src/xlsx/readInput';
import { sb, sbJson, tempDir, type ExportJson, type ValidateJson } from './helpers';

// opencc-js is an ES module package; its UMD build loads under CommonJS jest.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js/cn2t') as { Converter: (o: { from: string; to: string }) => (s: string) => string };
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

jest.setTimeout(300_000);

const ROOT = path.join(__dirname, '..', '..');
const out = tempDir('sb-demo-');
const book = path.join(out, 'servicebook-demo.xlsx');
let printed = '';

beforeAll(() => {
  // The demo runs the compiled command: compile the current sources first.
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT });
  printed = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'demo.js')], { cwd: ROOT, env: { ...process.env, SERVICEBOOK_DEMO_OUT: out }, encoding: 'utf8' });
});

test('the demo workbook and every seed workbook pass validate with 0 problems', async () => {
  const v = await sbJson<ValidateJson>('validate', book, '--json');
  expect(v.problems).toEqual([]);
  expect(v.tickets).toBe(27);
  const r = await sb('validate', path.join(out, 'seeds', 'seed004-售后服务单跟踪.xlsx'));
  expect(r.code).toBe(0);
});

test('real paper numbers are kept; records without one are numbered after them', async () => {
  const { tickets } = await sbJson<ExportJson>('export', book);
  const ids = tickets.map((t) => t.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const real of ['CS20240304001', 'CS20240304002', 'CS20240318001', 'CS20240325001', 'CW202402200001', 'CW202402200002', 'CW202403270001', '202402-0031', '202403-0007'])
    expect(ids).toContain(real);
  const seed002 = tickets.filter((t) => t.extra['来源'] === 'seed002-问题反馈处理记录表.xlsx').map((t) => t.id);
  expect(seed002).toEqual(expect.arrayContaining(['CS20240304001', 'CS20240304002', 'CS20240318001', 'CS20240325001']));
  expect(seed002).toHaveLength(5);
  expect(printed).not.toMatch(/编号重复/);
});

test('the owner list in Config_Lists holds the people the records name', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  const ws = wb.getWorksheet('配置')!;
  const values: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => values.push(String(c.value))));
  const { tickets } = await sbJson<ExportJson>('export', book);
  for (const owner of new Set(tickets.map((t) => t.owner).filter(Boolean))) expect(values).toContain(owner);
});

test('the demo writes the merged workbook in zh-TW and en-US too, each valid, in its own words', async () => {
  for (const [locale, sheet, source] of [['zh-TW', '工單', '來源'], ['en-US', 'Tickets', 'Source']] as const) {
    const file = path.join(out, `servicebook-demo.${locale}.xlsx`);
    const v = await sbJson<ValidateJson>('validate', file, '--json');
    expect({ locale, problems: v.problems, tickets: v.tickets }).toEqual({ locale, problems: [], tickets: 27 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const header: string[] = [];
    wb.getWorksheet(sheet)!.getRow(1).eachCell((c) => header.push(String(c.value)));
    expect(header).toContain(source);
  }
});

test('the zh-TW and en-US demo workbooks’ import reports hold no zh-CN words of ours', async () => {
  const examples = path.join(ROOT, 'examples');
  const files = readdirSync(examples).filter((f) => /\.(xlsx|csv)$/.test(f));
  const source: string[] = [...files];
  for (const f of files) for (const s of (await readInput(path.join(examples, f))).sheets) source.push(s.name, ...s.grid.flatMap((r) => r.map((c) => (typeof c === 'string' ? c : ''))));
  const ours = (text: string): string[] => (text.match(/[\u3400-\u9fff]+/g) ?? []).filter((run) => !source.some((s) => s.includes(run)));
  for (const locale of ['zh-TW', 'en-US']) {
    const report = (await readInput(path.join(out, `servicebook-demo.${locale}.xlsx`))).tables.get('Import_Report')!;
    const texts = report.rows.flatMap((r) => r.map((c) => (typeof c === 'string' ? c : '')));
    expect(texts.length).toBeGreaterThan(0);
    const left = texts.flatMap(ours).filter((run) => locale === 'en-US' || toTaiwan(run) !== run);
    expect({ locale, left }).toEqual({ locale, left: [] });
  }
});
