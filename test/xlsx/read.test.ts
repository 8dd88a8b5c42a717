/**
 * The streaming reader on workbooks other programs write (openpyxl, XlsxWriter, LibreOffice;
 * generated here, nothing binary committed) and on inputs that must be refused or bounded.
 */
import { execFileSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { readInput, readXlsx } from '../../src/xlsx/readInput';
import { READ_LIMITS } from '../../src/xlsx/read/limits';
import { libreOfficeRoundTrip, python } from '../support/fixtures';
import { sb, tempDir } from '../cli/helpers';

jest.setTimeout(240_000);

const dir = tempDir('sb-read-');
const p = (f: string): string => path.join(dir, f);

/** Tickets on a sheet named by the team, a formula column without cached values, a second sheet. */
const OPENPYXL = `
import openpyxl, datetime, sys
from openpyxl.worksheet.table import Table
wb = openpyxl.Workbook(); ws = wb.active; ws.title = '我的工单'
ws.append(['工单编号', '受理时间', '客户名称', '沟通事由', '处理状态', '公式'])
ws.append(['CS20231015001', datetime.datetime(2023, 10, 15, 10, 0), '张*', '退款', '待受理', '=1+1'])
ws.append(['CS20231015002', datetime.datetime(2023, 10, 15, 11, 30), '李*', '换货', '处理中', '=A2'])
ws.add_table(Table(displayName='Tickets', ref='A1:F3'))
wb.create_sheet('备注').append(['随便写点'])
wb.save(sys.argv[1])
`;

const XLSXWRITER = `
import xlsxwriter, datetime, sys
wb = xlsxwriter.Workbook(sys.argv[1])
ws = wb.add_worksheet('Sheet One')
fmt = wb.add_format({'num_format': 'yyyy-mm-dd hh:mm'})
ws.add_table('B2:D4', {'name': 'Tickets', 'columns': [{'header': '工单编号'}, {'header': '受理时间'}, {'header': '沟通事由'}],
  'data': [['CW202310150001', datetime.datetime(2023, 10, 15, 10, 0), '退款'], ['CW202310150002', datetime.datetime(2023, 10, 15, 11, 30), '换货']]})
ws.write_datetime('C3', datetime.datetime(2023, 10, 15, 10, 0), fmt)
ws.write_datetime('C4', datetime.datetime(2023, 10, 15, 11, 30), fmt)
ws.write_comment('D3', '客户很着急')
wb.close()
`;

const wall = (s: string): Date => new Date(`${s}:00.000Z`);

describe('workbooks from other programs', () => {
  let openpyxlFile: string;
  let xlsxwriterFile: string;
  let loFiles: string[];
  beforeAll(() => {
    openpyxlFile = p('openpyxl.xlsx');
    xlsxwriterFile = p('xlsxwriter.xlsx');
    python(OPENPYXL, openpyxlFile);
    python(XLSXWRITER, xlsxwriterFile);
    loFiles = libreOfficeRoundTrip([openpyxlFile, xlsxwriterFile]);
  });

  test('openpyxl: absolute table part paths, inline strings, formulas without cached values, a renamed sheet', async () => {
    const rels = await (await JSZip.loadAsync(readFileSync(openpyxlFile))).file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string');
    expect(rels).toContain('Target="/xl/tables/table1.xml"');
    const book = await readInput(openpyxlFile);
    expect(book.sheets.map((s) => s.name)).toEqual(['我的工单', '备注']);
    const t = book.tables.get('Tickets')!;
    expect(t.sheet).toBe('我的工单');
    expect(t.headers).toEqual(['工单编号', '受理时间', '客户名称', '沟通事由', '处理状态', '公式']);
    // A formula without a cached value is an empty cell and a note naming it (never formula text in a cell).
    expect(t.rows).toEqual([
      ['CS20231015001', wall('2023-10-15T10:00'), '张*', '退款', '待受理', null],
      ['CS20231015002', wall('2023-10-15T11:30'), '李*', '换货', '处理中', null],
    ]);
    expect((book.notes ?? []).map((n) => n.kind === 'formula' && `${n.sheet}!${n.cell} ${n.formula}`)).toEqual(['我的工单!F2 =1+1', '我的工单!F3 =A2']);
  });

  test('XlsxWriter: a table away from A1 and a comment', async () => {
    const t = (await readInput(xlsxwriterFile)).tables.get('Tickets')!;
    expect(t).toMatchObject({ sheet: 'Sheet One', headerRow: 2, headers: ['工单编号', '受理时间', '沟通事由'] });
    expect(t.rows).toEqual([
      ['CW202310150001', wall('2023-10-15T10:00'), '退款'],
      ['CW202310150002', wall('2023-10-15T11:30'), '换货'],
    ]);
  });

  test('after a LibreOffice round trip the same tables and values are read', async () => {
    for (const [orig, lo] of [
      [openpyxlFile, loFiles[0]],
      [xlsxwriterFile, loFiles[1]],
    ]) {
      const a = (await readInput(orig)).tables.get('Tickets')!;
      const b = (await readInput(lo)).tables.get('Tickets')!;
      // LibreOffice stores the formulas' results it computed; the rest is unchanged.
      expect({ ...b, rows: b.rows.map((r) => r.slice(0, 5)) }).toEqual({ ...a, rows: a.rows.map((r) => r.slice(0, 5)) });
    }
  });
});

describe('inputs refused in one line (exit 2)', () => {
  test('a device such as /dev/zero', async () => {
    const r = await sb('validate', '/dev/zero');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('不是普通文件');
  });

  test('a directory', async () => {
    const r = await sb('validate', dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不是普通文件');
  });

  test('a legacy .xls / WPS .et (an OLE compound file) is told how to save it as .xlsx', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    for (const name of ['old.xls', 'old.et', 'renamed.xlsx']) {
      writeFileSync(p(name), ole);
      const r = await sb('validate', p(name));
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toContain('另存为');
      expect(r.err).toContain('.xlsx');
    }
  });

  test('a zip that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    writeFileSync(p('notbook.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await sb('validate', p('notbook.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('不是有效的 .xlsx');
  });
});

describe('bounds', () => {
  let structured: string;
  beforeAll(async () => {
    structured = p('structured.xlsx');
    expect((await sb('init', '-o', structured, '--sample', '30', '--as-of', '2024-03-31T23:00')).code).toBe(0);
  });

  async function patch(src: string, dest: string, edit: (zip: JSZip) => Promise<void>): Promise<void> {
    const zip = await JSZip.loadAsync(readFileSync(src));
    await edit(zip);
    writeFileSync(dest, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  }

  test('a small file whose used range and a styled cell claim XFD1048576 reads quickly and small', async () => {
    const file = p('xfd.xlsx');
    python(
      `import openpyxl, sys
from openpyxl.styles import PatternFill
wb = openpyxl.Workbook(); ws = wb.active
ws['A1'] = '工单编号'; ws['A2'] = 'CS20231015001'
ws['XFD1048576'].fill = PatternFill('solid', fgColor='FFFF00')
wb.save(sys.argv[1])`,
      file,
    );
    const xml = await (await JSZip.loadAsync(readFileSync(file))).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toContain('A1:XFD1048576');
    const book = await readXlsx(file);
    expect(book.sheets[0].grid).toEqual([['工单编号'], ['CS20231015001']]);
  });

  test('a Tickets ref over the whole sheet reads the rows that hold values', async () => {
    const file = p('wholesheet.xlsx');
    const before = (await readXlsx(structured)).tables.get('Tickets')!;
    await patch(structured, file, async (zip) => {
      for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))) {
        const xml = await zip.file(name)!.async('string');
        if (/name="Tickets"/.test(xml)) zip.file(name, xml.replace(/ref="[^"]*"/g, 'ref="A1:XFD1048576"'));
      }
    });
    const after = (await readXlsx(file)).tables.get('Tickets')!;
    expect(after.headers).toEqual(before.headers);
    expect(after.rows).toEqual(before.rows);
    const r = await sb('validate', file, '--json');
    expect(JSON.parse(r.out).tickets).toBe(30);
  });

  test('more cells than the bound: refused clearly, not out of memory', async () => {
    await expect(readXlsx(structured, { ...READ_LIMITS, cells: 500 })).rejects.toThrow(/单元格过多/);
  });

  test('rows typed directly below a table come back as `below`, the table itself unchanged', async () => {
    const file = p('below.xlsx');
    python(
      `import openpyxl, sys
from openpyxl.worksheet.table import Table
wb = openpyxl.Workbook(); ws = wb.active
ws.append(['工单编号', '沟通事由']); ws.append(['A1', '退款']); ws.append([None, '换货']); ws.append([None, None]); ws.append(['X', '不相连'])
ws.add_table(Table(displayName='Tickets', ref='A1:B2'))
wb.save(sys.argv[1])`,
      file,
    );
    const t = (await readXlsx(file)).tables.get('Tickets')!;
    expect(t.rows).toEqual([['A1', '退款']]);
    expect(t.below).toEqual([[null, '换货']]);
  });
});

test('soffice is on PATH for these tests', () => {
  expect(execFileSync('soffice', ['--version'], { encoding: 'utf8' })).toMatch(/LibreOffice/);
});

describe('a ServiceBook workbook that lost its Tickets table', () => {
  let structured: string;
  beforeAll(async () => {
    structured = p('lost.xlsx');
    expect((await sb('init', '-o', structured, '--sample', '12', '--as-of', '2024-03-31T23:00')).code).toBe(0);
  });

  test('"Convert to Range": found by its header and said so; Ticket_Log, Subtasks and Config kept', async () => {
    const file = p('range.xlsx');
    python(
      `import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    if 'Tickets' in ws.tables: del ws.tables['Tickets']
wb.save(sys.argv[2])`,
      structured,
      file,
    );
    const book = await readInput(file);
    expect(book.tables.has('Tickets')).toBe(false);
    expect(book.tables.has('Ticket_Log')).toBe(true);
    const r = await sb('validate', file, '--json');
    expect(r.code).toBeLessThan(2);
    const out = JSON.parse(r.out);
    expect(out.tickets).toBe(12);
    expect(out.warnings.join('')).toContain('转换为区域');
    expect(r.err).toContain('转换为区域');
    const en = await sb('validate', file, '--locale', 'en-US');
    expect(en.err).toContain('servicebook: note: The Tickets table is no longer an Excel table (“Convert to Range”)');
    expect(en.err.replace('sheet 工单', '')).not.toMatch(/[\u4e00-\u9fff]/); // the sheet's own name is the workbook's
  });

  test('the Tickets sheet deleted: refused (exit 2), 配置 is never read as tickets', async () => {
    const file = p('gone.xlsx');
    python(
      `import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
for ws in list(wb.worksheets):
    if 'Tickets' in ws.tables: wb.remove(ws)
wb.save(sys.argv[2])`,
      structured,
      file,
    );
    const r = await sb('validate', file);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('找不到工单表 Tickets');
    const tw = await sb('validate', file, '--locale', 'zh-TW');
    expect(tw.err).toContain('找不到工單表 Tickets');
  });
});
