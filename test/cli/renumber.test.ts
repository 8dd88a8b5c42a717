/**
 * Duplicate numbers on the command line (DESIGN.md, Numbering): the later row is renumbered with a
 * number never used before, the import report says so, and the written workbook is clean.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readInput } from '../../src/xlsx/readInput';
import { logFromTable } from '../../src/workbook/readPlan';
import { sbJson, sb, tempDir, writeGridXlsx, type ExportJson, type ImportJson, type ValidateJson } from './helpers';

jest.setTimeout(120_000);

const dir = tempDir('sb-renumber-');
const p = (f: string): string => path.join(dir, f);
const AS_OF = '2024-03-31T23:00';

type ImportWithRenumbered = ImportJson & { renumbered: { row: number; from: string; to: string }[] };

beforeAll(async () => {
  await writeGridXlsx(p('dup.xlsx'), [
    ['工单编号', '受理时间', '客户名称', '沟通事由', '问题描述'],
    ['CS20240304001', '2024-03-04 09:00', '王*', '物流延迟', '订单三天未发货'],
    ['CS20240304005', '2024-03-04 10:00', '李*', '产品咨询', '如何开具发票'],
    ['CS20240304001', '2024-03-04 11:00', '张*', '屏幕故障', '收到的手机屏幕有裂痕'],
    ['', '2024-03-04 12:00', '赵*', '退款进度', '申请退款一周未到账'],
  ]);
});

test('import renumbers the later duplicate after the highest number, reports it, and writes no duplicate', async () => {
  const r = await sbJson<ImportWithRenumbered>('import', p('dup.xlsx'), '-o', p('out.xlsx'), '--as-of', AS_OF, '--json');
  expect(r.renumbered).toEqual([{ row: 4, from: 'CS20240304001', to: 'CS20240304006' }]);
  expect(r.problems.filter((x) => x.code === 'duplicateId')).toEqual([]);

  const { tickets } = await sbJson<ExportJson>('export', p('out.xlsx'));
  expect(tickets.map((t) => [t.id, t.customerName])).toEqual([
    ['CS20240304001', '王*'],
    ['CS20240304005', '李*'],
    ['CS20240304006', '张*'],
    ['CS20240304007', '赵*'],
  ]);
  const v = await sbJson<ValidateJson>('validate', p('out.xlsx'), '--json');
  expect(v.problems.filter((x) => x.code === 'duplicateId')).toEqual([]);

  // The workbook's import report lists the renumbering on the source row.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(p('out.xlsx'));
  const ws = wb.getWorksheet('导入报告');
  expect(ws).toBeDefined();
  const lines: string[] = [];
  ws!.eachRow((row) => lines.push((row.values as unknown[]).slice(1).map((c) => String(c ?? '')).join('|')));
  // Its own kind (重新编号), not a problem: the written workbook has no duplicate left.
  expect(lines.filter((l) => l.includes('编号重复'))).toEqual([`重新编号|4|工单编号|id|编号重复，由 CS20240304001 改为 CS20240304006`]);
});

test('export and validate of the raw sheet still name the duplicate as a problem of the input', async () => {
  const e = await sbJson<ExportJson>('export', p('dup.xlsx'), '--as-of', AS_OF);
  expect(e.problems.filter((x) => x.code === 'duplicateId').map((x) => x.row)).toEqual([4]);
  expect(e.tickets.map((t) => t.id)).toEqual(['CS20240304001', 'CS20240304005', 'CS20240304006', 'CS20240304007']);
  expect((await sb('validate', p('dup.xlsx'))).code).toBe(1);
});

test('refresh of the imported workbook keeps the numbers: nothing left to renumber', async () => {
  const r = await sbJson<{ renumbered: unknown[] }>('refresh', p('out.xlsx'), '-o', p('refreshed.xlsx'), '--as-of', AS_OF, '--json');
  expect(r.renumbered).toEqual([]);
});

test('log lines read from a renumbered row follow it to its new number', async () => {
  await writeGridXlsx(p('dup-log.xlsx'), [
    ['反馈单号', '客户信息', '问题详情', '处理过程'],
    ['CS20240304001', '王*,138****5678', '产品无法开机，紧急程度：高', '2024-03-04 09:00客服专员接收记录;09:15分派至技术部李工'],
    ['CS20240304001', '李*,139****8765', '物流延迟三天，紧急程度：中', '2024-03-04 11:00客服专员接收投诉;11:20联系客户致歉'],
  ]);
  const r = await sbJson<ImportWithRenumbered>('import', p('dup-log.xlsx'), '-o', p('dup-log-out.xlsx'), '--as-of', AS_OF, '--json');
  expect(r.renumbered).toEqual([{ row: 3, from: 'CS20240304001', to: 'CS20240304002' }]);
  const book = await readInput(p('dup-log-out.xlsx'));
  const log = logFromTable(book.tables.get('Ticket_Log')!, []);
  expect(log.map((l) => [l.ticketId, l.at, l.content])).toEqual([
    ['CS20240304001', '2024-03-04T09:00', '客服专员接收记录'],
    ['CS20240304001', '2024-03-04T09:15', '分派至技术部李工'],
    ['CS20240304002', '2024-03-04T11:00', '客服专员接收投诉'],
    ['CS20240304002', '2024-03-04T11:20', '联系客户致歉'],
  ]);
  const { tickets } = await sbJson<ExportJson>('export', p('dup-log-out.xlsx'));
  expect(tickets.map((t) => [t.id, t.customerName, t.progress])).toEqual([
    ['CS20240304001', '王*', '分派至技术部李工'],
    ['CS20240304002', '李*', '联系客户致歉'],
  ]);
});
