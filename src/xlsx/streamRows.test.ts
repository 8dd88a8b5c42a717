/**
 * Rows written as XML directly (streamRows.ts) are byte for byte what exceljs's Row and Cell
 * objects write for the same plan: every part of the two packages is the same, on the sample
 * workbook's sheets (tables, cross-tabs, grids, key/value blocks, PivotTable sources) and on a
 * sheet with every cell kind — text, text that looks like a formula, numbers with column and row
 * formats, dates (typed columns and PlanDateTime), formulas with text, number, boolean and no
 * result, booleans, blank styled cells, captions, wrapped rows, page breaks.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { completeTicket } from '../core/engine/completeTicket';
import { getPreset } from '../core/presets';
import { computeStats } from '../core/stats/computeStats';
import { periodContaining } from '../core/stats/period';
import { sampleWorkbook } from '../cli/sample';
import { buildWorkbookPlan } from '../workbook/plan';
import { TEXT_FORMAT } from '../workbook/ticketTable';
import type { SheetPlan, WorkbookPlan } from '../workbook/types';
import { lastPlanRow, visitRow } from './streamRows';
import { writePlanStreaming, type RowsWriter } from './writeStreaming';

jest.setTimeout(120_000);

const dir = mkdtempSync(path.join(tmpdir(), 'sb-streamrows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const AS_OF = '2024-03-31T23:00';

function samplePlan(n: number): WorkbookPlan {
  const settings = getPreset('standard').settings;
  const base = sampleWorkbook(n, settings);
  const tickets = base.tickets.map((t) => completeTicket(t, { settings, asOf: AS_OF }));
  const stats = computeStats(tickets, { period: periodContaining('month', AS_OF), asOf: AS_OF, settings });
  return buildWorkbookPlan({
    settings,
    locale: 'zh-CN',
    tickets,
    logs: base.logs,
    subtasks: base.subtasks,
    stats,
    fixedAsOf: AS_OF,
  });
}

/** A sheet with every kind of cell the plan can hold. */
function edgeSheet(like: SheetPlan): SheetPlan {
  return {
    key: like.key,
    name: 'Edge cases',
    tabColor: 'C00000',
    showGridLines: false,
    pageSetup: like.pageSetup,
    widths: { 12: 30 },
    hiddenColumns: [13],
    rowBreaks: [4, 9],
    blocks: [
      { kind: 'cells', id: 'title', top: 1, left: 1, style: 'title', rows: [['标题 <&> "quoted"', null, true]] },
      {
        kind: 'table',
        name: 'Edge_Table',
        top: 3,
        left: 1,
        style: 'TableStyleMedium2',
        caption: '说明 & caption',
        rowNumFmts: [null, '0.0%', null, '0.00'],
        columns: [
          { key: 'text', header: '文本 <h>', type: 'text', numFmt: TEXT_FORMAT, width: 12 },
          { key: 'n', header: '数', type: 'number', width: 8 },
          { key: 'i', header: 'int', type: 'integer', width: 8 },
          { key: 'at', header: '时间', type: 'datetime', numFmt: 'yyyy-mm-dd hh:mm', width: 16 },
          { key: 'd', header: '日期', type: 'date', numFmt: 'yyyy-mm-dd', width: 12 },
          { key: 'f', header: '公式', type: 'number', width: 10 },
          { key: 'w', header: '描述', type: 'text', width: 10, wrap: true },
          { key: 'b', header: 'bool', type: 'text', width: 6 },
        ],
        rows: [
          ['=SUM(A1:A3)', 1.5, 3, '2024-03-01T09:30', '2024-03-02', { formula: 'B5*2', result: 3 }, '短', true],
          [
            '+cmd|x',
            0.25,
            null,
            'not a date',
            null,
            { formula: 'IF(B6>0,"yes","no")', result: 'yes' },
            '很长的描述 '.repeat(20),
            false,
          ],
          ['\u0007控制 _x0041_', -2, 0, null, '2024-02-29', { formula: 'B7>0', result: false }, 'a\nb\nc', null],
          ['', 1e21, 7, '2024-03-31T23:59', null, { formula: 'NOW()' }, null, 'x'],
        ],
      },
      {
        kind: 'cells',
        id: 'kv',
        top: 10,
        left: 1,
        style: 'keyValue',
        numFmt: '0.00',
        columnNumFmts: [null, '0%'],
        rows: [
          ['键', 0.5, { datetime: '2024-03-01T08:00', numFmt: 'yyyy-mm-dd hh:mm' }],
          ['公式', { formula: 'SUM(B10)', result: 0.5, numFmt: '0.000' }, { formula: 'TODAY()', result: null }],
          [null, null, ''],
        ],
      },
      { kind: 'cells', id: 'note', top: 14, left: 1, style: 'note', rows: [['第一行\n第二行'], [null]] },
      {
        kind: 'cells',
        id: 'cross',
        top: 17,
        left: 1,
        style: 'crossTab',
        rows: [['交叉表'], ['', '甲', '乙'], ['行一', 1, 2], ['行二', null, 4], ['合计', 1, 6]],
      },
      {
        kind: 'cells',
        id: 'grid',
        top: 17,
        left: 6,
        style: 'grid',
        rows: [['网格'], ['', 'A'], ['x', { formula: 'A1', result: 'text' }], ['y', null]],
      },
    ],
  };
}

async function parts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort())
    if (!zip.files[name].dir) out.set(name, await zip.files[name].async('string'));
  return out;
}

/** A sheet's rows through exceljs Row and Cell objects (the reference for streamRows.ts). */
const exceljsRows: RowsWriter = (ws, sheet, onRow) => {
  const breaks = new Set((sheet.rowBreaks ?? []).map((r) => r - 1));
  for (let r = 1; r <= lastPlanRow(sheet); r++) {
    const row = ws.getRow(r);
    const { any, planRows } = visitRow(sheet, r, {
      cell: (c, value, style) => {
        const cell = row.getCell(c);
        cell.value = value;
        Object.assign(cell, style);
      },
      body: (c, value, style) => {
        const cell = row.getCell(c);
        cell.value = value;
        cell.style = style;
      },
      height: (h, replace) => {
        row.height = replace ? h : Math.max(row.height ?? 0, h);
      },
    });
    if (breaks.has(r)) row.addPageBreak();
    if (any || breaks.has(r)) row.commit();
    onRow(r, planRows);
  }
};

test('direct rows are byte for byte the rows exceljs writes, on the sample sheets and every cell kind', async () => {
  const plan = samplePlan(300);
  const withEdges: WorkbookPlan = { ...plan, sheets: [...plan.sheets, edgeSheet(plan.sheets[0])] };
  const direct = path.join(dir, 'direct.xlsx');
  const reference = path.join(dir, 'exceljs.xlsx');
  await writePlanStreaming(withEdges, direct);
  await writePlanStreaming(withEdges, reference, undefined, { rows: exceljsRows });
  const a = await parts(direct);
  const b = await parts(reference);
  expect([...a.keys()]).toEqual([...b.keys()]);
  // docProps/core.xml holds the time of writing.
  const differing = [...a.keys()].filter((k) => k !== 'docProps/core.xml' && a.get(k) !== b.get(k));
  expect(differing).toEqual([]);
  // The edge sheet's cells are all there.
  const edge = [...a.entries()].find(
    ([k, v]) => k.startsWith('xl/worksheets/sheet') && v.includes('IF(B6&gt;0,&quot;yes&quot;,&quot;no&quot;)'),
  );
  expect(edge).toBeDefined();
  expect(edge![1]).toContain('<rowBreaks');
});
