/**
 * Rows a team types below Ticket_Log and Subtasks (openpyxl, like LibreOffice, WPS and scripts,
 * does not grow an Excel table) are taken into the table by `refresh` and completed as Tickets
 * rows are: a time typed as text becomes a date cell with the table's date format, a list word in
 * another accepted spelling becomes the workbook's own, contacts are masked and ID-card numbers
 * redacted. A line naming no ticket, and a time nobody can read, are kept exactly as typed and
 * reported (validate, refresh --json) with sheet, row, column and value. ServiceBook's list
 * dropdowns widen over a Tickets table that grew past them; a team's own dropdown stays byte for
 * byte. The Open XML SDK validator checks the result.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { readXlsx } from '../../src/xlsx/readInput';
import { sb, sbJson, tempDir } from '../cli/helpers';
import { appendTicketRowsPy, libreOfficeRoundTrip, python } from '../support/fixtures';
import { ooxmlErrors } from '../support/ooxmlValidator';

jest.setTimeout(300_000);

const AS_OF = '2024-03-31T23:00';
const ID_CARD = '11010519491231002X';
const BANK_CARD = '4111111111111111';
const dir = tempDir('sb-grow-');
const p = (f: string): string => path.join(dir, f);

interface RefreshJson {
  adopted: { row: number; id: string }[];
  adoptedLines: { table: string; sheet: string; row: number }[];
  problems: { row: number; column: string; message: string; sheet?: string; code: string }[];
}

/** The worksheet part holding a table, by table name. */
async function sheetOfTable(file: string, table: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const n of Object.keys(zip.files).filter((x) => /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(x))) {
    const rels = await zip.file(n)!.async('string');
    for (const m of rels.matchAll(/Target="([^"]*tables\/table\d+\.xml)"/g)) {
      const t = await zip.file(`xl/tables/${m[1].replace(/^.*tables\//, '')}`)!.async('string');
      if (new RegExp(`\\sname="${table}"`).test(t)) return zip.file(n.replace('_rels/', '').replace(/\.rels$/, ''))!.async('string');
    }
  }
  throw new Error(`no table ${table}`);
}

const validations = (xml: string): { sqref: string; formula: string; whole: string }[] =>
  [...xml.matchAll(/<dataValidation\b[^>]*?\ssqref="([^"]*)"[^>]*>([\s\S]*?)<\/dataValidation>/g)].map((m) => ({ sqref: m[1], formula: /<formula1>([\s\S]*?)<\/formula1>/.exec(m[2])?.[1] ?? '', whole: m[0] }));
const bottom = (sqref: string): number => Math.max(...[...sqref.matchAll(/(\d+)(?=\s|$)/g)].map((m) => Number(m[1])));

describe('rows typed below Ticket_Log and Subtasks, and a Tickets table grown past its dropdowns', () => {
  const edited = p('edited.xlsx');
  const out = p('out.xlsx');
  let json: RefreshJson;
  let known: string;
  let logTop: number;
  let subTop: number;
  let ticketsBody: number;

  beforeAll(async () => {
    const base = p('base.xlsx');
    expect((await sb('init', '-o', base, '--sample', '20', '--as-of', AS_OF)).code).toBe(0);
    const book = await readXlsx(base);
    const t = book.tables.get('Tickets')!;
    known = String(t.rows[0][t.headers.indexOf('工单编号')]);
    const log = book.tables.get('Ticket_Log')!;
    const sub = book.tables.get('Subtasks')!;
    logTop = log.headerRow + log.rows.length + 1;
    subTop = sub.headerRow + sub.rows.length + 1;
    ticketsBody = t.rows.length;
    python(
      `
import sys, openpyxl
from openpyxl.worksheet.datavalidation import DataValidation
wb = openpyxl.load_workbook(sys.argv[1])
known = sys.argv[3]
def put(ws, row, values):
    head = [c.value for c in ws[1]]
    for k, v in values.items(): ws.cell(row=row, column=head.index(k) + 1, value=v)
for ws in wb.worksheets:
    if 'Ticket_Log' in ws.tables:
        r = ws.max_row + 1
        put(ws, r, {'工单编号': known, '时间': '2024/3/5 14:30', '类型': 'Contact', '渠道': '線上客服', '内容': '客户来电 13912345678，身份证 ${ID_CARD}', '下一步': '退款到卡 ${BANK_CARD}', '记录人': '张三'})
        put(ws, r + 1, {'工单编号': 'CS-NOPE-1', '时间': '2024-03-05 15:00', '类型': 'Revisit', '内容': '打错的编号'})
        put(ws, r + 2, {'工单编号': known, '时间': '下周一上午', '类型': '溝通', '内容': '约好回电'})
    if 'Subtasks' in ws.tables:
        r = ws.max_row + 1
        put(ws, r, {'工单编号': known, '子任务': '换货 13812345678', '负责人': '李四', '状态': 'Doing', '截止时间': '2024-03-06 10:00', '协调需求': '需跨部門協調'})
    if 'Tickets' in ws.tables:
${appendTicketRowsPy(600, '2024-03-30')}
        # a team's own dropdown on the Tickets sheet
        dv = DataValidation(type='list', formula1='"甲,乙"', allow_blank=True)
        dv.add('AR2:AR30')
        ws.add_data_validation(dv)
wb.save(sys.argv[2])
`,
      base,
      edited,
      known,
    );
    json = await sbJson<RefreshJson>('refresh', edited, '-o', out, '--as-of', AS_OF, '--json');
  });

  const lines = async (name: string): Promise<{ headers: string[]; row: (sheetRow: number) => Record<string, unknown> }> => {
    const t = (await readXlsx(out)).tables.get(name)!;
    return { headers: t.headers, row: (r) => Object.fromEntries(t.headers.map((h, j) => [h, t.rows[r - t.headerRow - 1]?.[j]])) };
  };

  test('Ticket_Log: the typed lines are in the table; time a date cell, words in the workbook’s language, secrets masked', async () => {
    const log = await lines('Ticket_Log');
    const good = log.row(logTop);
    expect(good['时间']).toEqual(new Date(Date.UTC(2024, 2, 5, 14, 30)));
    expect(good['类型']).toBe('沟通');
    expect(good['渠道']).toBe('在线客服');
    expect(String(good['内容'])).toContain('139****5678');
    expect(String(good['内容'])).not.toContain(ID_CARD);
    expect(String(good['下一步'])).toContain('退款到卡');
    expect(String(good['下一步'])).not.toContain(BANK_CARD);
    expect(good['记录人']).toBe('张三');
    // The date cell carries the table's date format (the style of the column's other dates).
    const xml = await sheetOfTable(out, 'Ticket_Log');
    const style = (ref: string): string | undefined => new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)?.[1];
    expect(style(`B${logTop}`)).toBe(style('B2'));
    // A cell refresh did not change (记录人, as typed) takes its column's format too.
    expect(style(`G${logTop}`)).toBe(style('G2'));
    expect(style('G2')).toBeDefined();
    expect(json.adoptedLines).toEqual(expect.arrayContaining([expect.objectContaining({ table: 'Ticket_Log', row: logTop })]));
  });

  test('Ticket_Log: a line naming no ticket and an unreadable time are kept exactly as typed and reported', async () => {
    const log = await lines('Ticket_Log');
    const orphan = log.row(logTop + 1);
    expect(orphan['工单编号']).toBe('CS-NOPE-1');
    expect(orphan['时间']).toBe('2024-03-05 15:00');
    expect(orphan['类型']).toBe('Revisit');
    const unreadable = log.row(logTop + 2);
    expect(unreadable['时间']).toBe('下周一上午');
    expect(unreadable['内容']).toBe('约好回电');
    const reported = (ps: RefreshJson['problems']): void => {
      expect(ps.find((q) => q.row === logTop + 1 && q.column === '工单编号')?.message).toContain('CS-NOPE-1');
      expect(ps.find((q) => q.row === logTop + 2 && q.column === '时间')?.message).toContain('下周一上午');
    };
    reported(json.problems);
    const v = await sb('validate', out, '--json');
    expect(v.code).toBe(1);
    reported(JSON.parse(v.out).problems);
    const en = await sb('validate', out, '--json', '--locale', 'en-US');
    expect(JSON.parse(en.out).problems.find((q: { row: number; column: string }) => q.row === logTop + 1 && q.column === '工单编号').message).toMatch(/no ticket/i);
  });

  test('Subtasks: the typed line is completed (status, cross-department word, due date) and masked', async () => {
    const sub = await lines('Subtasks');
    const s = sub.row(subTop);
    expect(s['状态']).toBe('进行中');
    expect(s['协调需求']).toBe('需跨部门协调');
    expect(s['截止时间']).toEqual(new Date(Date.UTC(2024, 2, 6, 10, 0)));
    expect(String(s['子任务'])).toContain('138****5678');
    expect(json.adoptedLines).toEqual(expect.arrayContaining([expect.objectContaining({ table: 'Subtasks', row: subTop })]));
  });

  test('Tickets: the typed time is a date cell; ServiceBook’s dropdowns cover the grown table, the team’s stays as it was', async () => {
    const t = (await readXlsx(out)).tables.get('Tickets')!;
    expect(t.rows).toHaveLength(ticketsBody + 600);
    expect(t.rows[ticketsBody][t.headers.indexOf('受理时间')]).toEqual(new Date(Date.UTC(2024, 2, 30, 9, 0)));
    const before = validations(await sheetOfTable(edited, 'Tickets'));
    const after = validations(await sheetOfTable(out, 'Tickets'));
    const ours = after.filter((v) => v.formula.startsWith('SB_List_'));
    expect(ours.length).toBeGreaterThan(5);
    for (const v of ours) expect(bottom(v.sqref)).toBeGreaterThanOrEqual(1 + ticketsBody + 600 + 500);
    const team = before.find((v) => v.sqref === 'AR2:AR30')!;
    expect(after.find((v) => v.sqref === 'AR2:AR30')?.whole).toBe(team.whole);
  });

  test('the same edits saved through LibreOffice: lines completed, dropdowns widened, valid for Excel', async () => {
    const [lo] = libreOfficeRoundTrip([edited]);
    const loOut = p('lo-out.xlsx');
    const r = await sbJson<RefreshJson>('refresh', lo, '-o', loOut, '--as-of', AS_OF, '--json');
    const book = await readXlsx(loOut);
    const log = book.tables.get('Ticket_Log')!;
    const good = log.rows[logTop - log.headerRow - 1];
    expect(good[log.headers.indexOf('时间')]).toEqual(new Date(Date.UTC(2024, 2, 5, 14, 30)));
    expect(good[log.headers.indexOf('类型')]).toBe('沟通');
    expect(r.problems.find((q) => q.row === logTop + 1 && q.column === '工单编号')?.message).toContain('CS-NOPE-1');
    const ours = validations(await sheetOfTable(loOut, 'Tickets')).filter((v) => v.formula.startsWith('SB_List_'));
    expect(ours.length).toBeGreaterThan(5);
    for (const v of ours) expect(bottom(v.sqref)).toBeGreaterThanOrEqual(1 + ticketsBody + 600 + 500);
    expect(ooxmlErrors(loOut)).toEqual([]);
  });

  test('the refreshed workbook is valid for Excel, and refreshing it again changes no cell of the three tables', async () => {
    expect(ooxmlErrors(out)).toEqual([]);
    // No part of the file keeps a secret typed in the lines (shared strings no cell uses are emptied).
    const zip = await JSZip.loadAsync(readFileSync(out));
    const text = (await Promise.all(Object.values(zip.files).map((f) => f.async('string')))).join('\n');
    for (const secret of [ID_CARD, BANK_CARD, '13912345678', '13812345678']) expect(text).not.toContain(secret);
    const again = p('again.xlsx');
    expect((await sb('refresh', out, '-o', again, '--as-of', AS_OF)).code).toBe(0);
    const [a, b] = [await readXlsx(out), await readXlsx(again)];
    for (const name of ['Tickets', 'Ticket_Log', 'Subtasks']) expect(b.tables.get(name)).toEqual(a.tables.get(name));
    expect(validations(await sheetOfTable(again, 'Tickets'))).toEqual(validations(await sheetOfTable(out, 'Tickets')));
  });
});
