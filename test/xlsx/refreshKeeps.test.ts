/**
 * Issue 7's "done when": a structured workbook changed the way teams change it — by hand in
 * the XML (a team sheet with a chart, a PivotTable and a comment, a renamed Tickets sheet, a
 * highlight, a width, a row typed below the table, an unreadable value), with openpyxl, made by
 * XlsxWriter, through LibreOffice — comes out of `refresh` with every change still there, byte
 * for byte where ServiceBook does not own the part, the typed row adopted (numbered, masked,
 * redacted) and the unreadable value kept and reported. Every output passes the Open XML SDK
 * validator.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { readXlsx } from '../../src/xlsx/readInput';
import { colLetters } from '../../src/xlsx/read/cellRef';
import { sb, sbJson, tempDir } from '../cli/helpers';
import { libreOfficeRoundTrip, python } from '../support/fixtures';
import { ooxmlErrors } from '../support/ooxmlValidator';
import { applyTeamEdits } from '../support/teamEdits';
import { differingParts, zipParts } from '../support/zipParts';

jest.setTimeout(300_000);

const AS_OF = '2024-03-31T23:00';
const dir = tempDir('sb-keeps-');
const p = (f: string): string => path.join(dir, f);
/** A valid 18-digit ID-card number (checksum X): it must never stay in a cell we own. */
const ID_CARD = '11010519491231002X';

interface RefreshJson {
  adopted: { row: number; id: string }[];
  problems: { row: number; column: string; message: string }[];
  warnings: string[];
}

async function refresh(input: string, out: string): Promise<RefreshJson> {
  return sbJson<RefreshJson>('refresh', input, '-o', out, '--as-of', AS_OF, '--json');
}

const sheetXml = async (file: string, part: string): Promise<string> => (await JSZip.loadAsync(readFileSync(file))).file(part)!.async('string');
const outsideSheetData = (xml: string): string[] => [xml.slice(0, xml.indexOf('<sheetData')), xml.slice(xml.indexOf('</sheetData>'))];

describe('hand edits in the XML', () => {
  const edited = p('edited.xlsx');
  const out = p('edited-out.xlsx');
  let json: RefreshJson;
  let headerRow: number;
  let col: (header: string) => string;
  let typedRow: number;
  let unreadableRow: number;

  beforeAll(async () => {
    const base = p('base.xlsx');
    expect((await sb('init', '-o', base, '--sample', '20', '--as-of', AS_OF)).code).toBe(0);
    const t = (await readXlsx(base)).tables.get('Tickets')!;
    headerRow = t.headerRow;
    col = (h) => colLetters(t.headers.indexOf(h) + 1);
    const resolvedIdx = t.headers.indexOf('解决时间');
    unreadableRow = headerRow + 1 + t.rows.findIndex((r) => r[resolvedIdx] !== null);
    typedRow = headerRow + t.rows.length + 1;
    await applyTeamEdits(base, edited, p('donor.xlsx'), {
      renameTo: '我的工单',
      widen: { col: 10, width: 60 },
      highlight: `${col('客户名称')}${headerRow + 2}`,
      unreadable: { ref: `${col('解决时间')}${unreadableRow}`, text: '下周一上午' },
      typedRow: {
        row: typedRow,
        cells: { [col('受理时间')]: '2024-03-30 10:00', [col('客户名称')]: '赵*', [col('联系方式')]: '13912345678', [col('问题描述')]: `要求退款，身份证 ${ID_CARD}` },
      },
    });
    json = await refresh(edited, out);
  });

  test('every part ServiceBook does not own is byte for byte the same', async () => {
    const changed = differingParts(await zipParts(edited), await zipParts(out));
    // Tickets (sheet2) and its table part, the statistics (sheet5) and summary (sheet6) sheets and
    // their tables' refs, and the shared strings no cell uses any more (emptied, indexes kept); the
    // charts (and their drawing) and PivotTables (and their cache) ServiceBook drew on those two
    // sheets, rewritten under the same names. The team's chart and PivotTable (…90) are not.
    const owned = /^xl\/worksheets\/sheet[256]\.xml$|^xl\/tables\/table\d+\.xml$|^xl\/sharedStrings\.xml$|^xl\/charts\/chart[1-4]\.xml$|^xl\/drawings\/drawing1\.xml$|^xl\/pivotTables\/pivotTable[1-4]\.xml$|^xl\/pivotCache\/pivotCache(Definition|Records)1\.xml$/;
    expect(changed.filter((n) => !owned.test(n))).toEqual([]);
    const items = (x: string): string[] => x.match(/<si>[\s\S]*?<\/si>/g) ?? [];
    const [a, b] = [items(await sheetXml(edited, 'xl/sharedStrings.xml')), items(await sheetXml(out, 'xl/sharedStrings.xml'))];
    expect(b).toHaveLength(a.length);
    expect(b.filter((x, i) => x !== a[i] && x !== '<si><t/></si>')).toEqual([]);
    expect(changed).toContain('xl/worksheets/sheet2.xml');
    for (const kept of ['xl/worksheets/sheet90.xml', 'xl/charts/chart90.xml', 'xl/drawings/drawing90.xml', 'xl/comments90.xml', 'xl/pivotTables/pivotTable90.xml', 'xl/pivotCache/pivotCacheDefinition90.xml', 'xl/pivotCache/pivotCacheRecords90.xml', 'xl/styles.xml', 'xl/workbook.xml'])
      expect(changed).not.toContain(kept);
  });

  test('in the Tickets sheet: widths, frozen panes, validations, conditional formats and the highlight stay', async () => {
    const before = await sheetXml(edited, 'xl/worksheets/sheet2.xml');
    const after = await sheetXml(out, 'xl/worksheets/sheet2.xml');
    expect(outsideSheetData(after)).toEqual(outsideSheetData(before));
    expect(after).toContain('<col min="10" max="10" width="60"');
    const ref = `${col('客户名称')}${headerRow + 2}`;
    const style = (xml: string): string | undefined => new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)?.[1];
    expect(style(after)).toBe(style(before));
  });

  test('the renamed sheet, the team sheet and their order are kept', async () => {
    expect((await readXlsx(out)).sheets.map((s) => s.name)).toEqual((await readXlsx(edited)).sheets.map((s) => s.name));
    expect((await readXlsx(out)).tables.get('Tickets')!.sheet).toBe('我的工单');
  });

  test('the row typed below the table is adopted: numbered, contact masked, ID-card number redacted, reported', async () => {
    const t = (await readXlsx(out)).tables.get('Tickets')!;
    expect(t.below).toBeUndefined();
    const row = t.rows[typedRow - headerRow - 1];
    const at = (h: string) => row[t.headers.indexOf(h)];
    expect(String(at('工单编号'))).toMatch(/^[A-Z]*\d{8,}/);
    expect(at('联系方式')).toBe('139****5678');
    expect(String(at('问题描述'))).not.toContain(ID_CARD);
    expect(String(at('问题描述'))).toContain('要求退款');
    expect(at('解决时限')).not.toBeNull();
    expect(json.adopted).toEqual([{ row: typedRow, id: at('工单编号') }]);
  });

  test('the unreadable value is kept exactly as typed and reported with row, column and value', async () => {
    const t = (await readXlsx(out)).tables.get('Tickets')!;
    expect(t.rows[unreadableRow - headerRow - 1][t.headers.indexOf('解决时间')]).toBe('下周一上午');
    const hit = json.problems.find((q) => q.row === unreadableRow && q.column === '解决时间');
    expect(hit?.message).toContain('下周一上午');
    const v = await sb('validate', out, '--json');
    expect(v.code).toBe(1);
    expect(JSON.parse(v.out).problems.some((q: { row: number; column: string; message: string }) => q.row === unreadableRow && q.column === '解决时间' && q.message.includes('下周一上午'))).toBe(true);
  });

  test('the refreshed workbook is valid for Excel', () => {
    expect(ooxmlErrors(edited)).toEqual([]);
    expect(ooxmlErrors(out)).toEqual([]);
  });

  test('refreshing the refreshed workbook changes no part but the owned ones, and no cell of Tickets', async () => {
    const again = p('again.xlsx');
    await refresh(out, again);
    expect((await readXlsx(again)).tables.get('Tickets')).toEqual((await readXlsx(out)).tables.get('Tickets'));
  });
});

describe('workbooks other programs saved', () => {
  let base: string;
  beforeAll(async () => {
    base = p('base2.xlsx');
    expect((await sb('init', '-o', base, '--sample', '15', '--as-of', AS_OF)).code).toBe(0);
  });

  test('saved by openpyxl with a supervisor sheet: that sheet is kept byte for byte, the result valid', async () => {
    const src = p('openpyxl.xlsx');
    python(
      `import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.create_sheet('主管备注'); ws['A1'] = '本周重点：退款'; ws.column_dimensions['A'].width = 50
wb.save(sys.argv[2])`,
      base,
      src,
    );
    const out = p('openpyxl-out.xlsx');
    await refresh(src, out);
    const a = await zipParts(src);
    const b = await zipParts(out);
    const team = [...a.keys()].find((n) => /worksheets\/sheet\d+\.xml$/.test(n) && a.get(n)!.toString().includes('50'))!;
    expect(differingParts(a, b)).not.toContain(team);
    expect((await readXlsx(out)).tables.get('Tickets')!.rows).toHaveLength(15);
    // openpyxl rewrites our PivotTables with an r:id attribute the schema does not declare; the
    // refresh regenerates its own PivotTables, so the result has no finding at all.
    const OPENPYXL_PIVOT = "relationships:id' attribute is not declared";
    const before = ooxmlErrors(src);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((f) => f.description.includes(OPENPYXL_PIVOT) && (f.path ?? '').startsWith('/xl/pivotTables/'))).toBe(true);
    expect(ooxmlErrors(out)).toEqual([]);
  });

  test('made by XlsxWriter (a Tickets table, no Config or statistics): refreshed in place, defaults named in a warning', async () => {
    const src = p('xlsxwriter.xlsx');
    python(
      `import xlsxwriter, sys
wb = xlsxwriter.Workbook(sys.argv[1]); ws = wb.add_worksheet('台账')
ws.add_table('A1:E3', {'name': 'Tickets', 'columns': [{'header': h} for h in ['工单编号', '受理时间', '客户名称', '问题描述', '处理状态']],
  'data': [['', '2024-03-28 09:00', '王*', '无法登录', '待受理'], ['', '2024-03-29 15:00', '李*', '退款', '处理中']]})
ws.write_comment('D2', '已电话联系')
wb.close()`,
      src,
    );
    const out = p('xlsxwriter-out.xlsx');
    const json = await refresh(src, out);
    expect(json.warnings.join('\n')).toContain('Config_SLA');
    expect(json.warnings.join('\n')).toContain('Stats_Summary');
    const t = (await readXlsx(out)).tables.get('Tickets')!;
    expect(t.rows.map((r) => r[0])).toEqual([expect.stringMatching(/\d/), expect.stringMatching(/\d/)]);
    expect(differingParts(await zipParts(src), await zipParts(out))).toEqual(['xl/worksheets/sheet1.xml']);
    expect(ooxmlErrors(out)).toEqual([]);
  });

  test('after a LibreOffice round trip: refreshed in place, valid, every ticket there', async () => {
    const [lo] = libreOfficeRoundTrip([base]);
    const out = p('lo-out.xlsx');
    await refresh(lo, out);
    expect((await readXlsx(out)).tables.get('Tickets')!.rows).toHaveLength(15);
    // LibreOffice rewrites our charts with elements the schema does not allow there; the refresh
    // regenerates its own charts and PivotTables, so the result has no finding at all.
    expect(ooxmlErrors(lo).length).toBeGreaterThan(0);
    expect(ooxmlErrors(out)).toEqual([]);
  });
});
