/**
 * The in-place editor: only the parts an edit names change; everything else is copied byte for
 * byte; written files pass the Open XML SDK validator and read back as edited.
 */
import * as path from 'path';
import { editWorkbook } from '../../src/xlsx/inplace';
import { readXlsx } from '../../src/xlsx/readInput';
import { sb, tempDir } from '../cli/helpers';
import { ooxmlErrors } from '../support/ooxmlValidator';
import { python } from '../support/fixtures';
import { differingParts, zipParts } from '../support/zipParts';

jest.setTimeout(120_000);

const dir = tempDir('sb-inplace-');
const p = (f: string): string => path.join(dir, f);
let book: string;

beforeAll(async () => {
  book = p('book.xlsx');
  expect((await sb('init', '-o', book, '--sample', '6', '--as-of', '2024-03-31T23:00')).code).toBe(0);
});

test('an empty edit copies every part byte for byte', async () => {
  const out = p('same.xlsx');
  const r = await editWorkbook(book, out, {});
  expect(r).toEqual({ changed: [], removed: [], names: [], dropped: { notes: 0, links: 0 } });
  expect(differingParts(await zipParts(book), await zipParts(out))).toEqual([]);
});

test('a table edit changes its sheet and table part only; values, adopted rows and refs read back', async () => {
  const before = await readXlsx(book);
  const tickets = before.tables.get('Tickets')!;
  const desc = tickets.headers.indexOf('问题描述');
  const out = p('edited.xlsx');
  const cells: (string | undefined)[] = tickets.headers.map(() => undefined);
  cells[desc] = '新的描述 <&> =SUM(A1) \u0007 _x0041_';
  const r = await editWorkbook(book, out, {
    tables: [{ table: 'Tickets', rows: [...tickets.rows.map((_, i) => ({ from: i, cells: i === 1 ? cells : undefined })), { from: null, cells }] }],
  });
  // The shared strings only the replaced cell used are emptied (so no replaced value lingers).
  expect(r.changed.sort()).toEqual(['xl/sharedStrings.xml', 'xl/tables/table1.xml', 'xl/worksheets/sheet2.xml']);
  expect(differingParts(await zipParts(book), await zipParts(out))).toEqual(['xl/sharedStrings.xml', 'xl/tables/table1.xml', 'xl/worksheets/sheet2.xml']);
  const after = (await readXlsx(out)).tables.get('Tickets')!;
  expect(after.rows).toHaveLength(tickets.rows.length + 1);
  expect(after.rows[1][desc]).toBe('新的描述 <&> =SUM(A1) \u0007 _x0041_');
  expect(after.rows[tickets.rows.length][desc]).toBe('新的描述 <&> =SUM(A1) \u0007 _x0041_');
  expect(after.rows[0]).toEqual(tickets.rows[0]);
  expect(ooxmlErrors(out)).toEqual([]);
});

test('archive: surviving rows move up, the table shrinks, rows below lose their table cells', async () => {
  const tickets = (await readXlsx(book)).tables.get('Tickets')!;
  const out = p('archived.xlsx');
  await editWorkbook(book, out, { tables: [{ table: 'Tickets', rows: [{ from: 1 }, { from: 4 }] }] });
  const back = await readXlsx(out);
  const after = back.tables.get('Tickets')!;
  expect(after.rows).toEqual([tickets.rows[1], tickets.rows[4]]);
  expect(after.below).toBeUndefined();
  const sheet = back.sheets.find((s) => s.name === tickets.sheet)!;
  expect(sheet.grid.length).toBe(tickets.headerRow + 2);
  expect(ooxmlErrors(out)).toEqual([]);
});

test('an XlsxWriter table edited in place: a formula beside it stays, the file stays valid', async () => {
  const src = p('chain.xlsx');
  python(
    `import xlsxwriter, sys
wb = xlsxwriter.Workbook(sys.argv[1]); ws = wb.add_worksheet('S')
ws.add_table('A1:B3', {'name': 'Tickets', 'columns': [{'header': '工单编号'}, {'header': '数'}], 'data': [['A', 1], ['B', 2]]})
ws.write_formula('D1', '=SUM(B2:B3)', None, 3)
wb.close()`,
    src,
  );
  const out = p('chain-out.xlsx');
  await editWorkbook(src, out, { tables: [{ table: 'Tickets', rows: [{ from: 0, cells: [undefined, 5] }, { from: 1 }] }] });
  expect((await readXlsx(out)).tables.get('Tickets')!.rows).toEqual([
    ['A', 5],
    ['B', 2],
  ]);
  expect(ooxmlErrors(out)).toEqual([]);
});

test('archive: a note, a hyperlink and a merged range on a ticket move up with its row; those of archived rows go; the file stays valid', async () => {
  const src = p('anchored.xlsx');
  const t = (await readXlsx(book)).tables.get('Tickets')!;
  // Body offsets 1 and 4 survive; the team linked offset 4's description and merged two cells of offset 2 (archived) and of offset 4.
  python(
    `import openpyxl, sys
from openpyxl.comments import Comment
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb[sys.argv[3]]; top = int(sys.argv[4])
ws.cell(top + 4, 10).hyperlink = 'https://example.com/t4'
ws.cell(top + 4, 4).comment = Comment('t4', 'lead')
ws.cell(top + 2, 4).comment = Comment('t2', 'lead')
ws.merge_cells(start_row=top + 2, start_column=11, end_row=top + 2, end_column=12)
ws.merge_cells(start_row=top + 4, start_column=11, end_row=top + 4, end_column=12)
wb.save(sys.argv[2])`,
    book,
    src,
    t.sheet,
    String(t.headerRow + 1),
  );
  const out = p('anchored-out.xlsx');
  const result = await editWorkbook(src, out, { tables: [{ table: 'Tickets', rows: [{ from: 1 }, { from: 4 }] }] });
  // What left with the archived rows is counted, so the command can say so (offset 2's note).
  expect(result.dropped).toEqual({ notes: 1, links: 0 });
  const moved = t.headerRow + 2;
  const seen = python(
    `import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
print(sorted(str(r) for r in ws.merged_cells.ranges), [(c.coordinate, c.hyperlink.target) for row in ws.iter_rows() for c in row if c.hyperlink], [(c.coordinate, c.comment.text) for row in ws.iter_rows() for c in row if c.comment])`,
    out,
    t.sheet,
  ).trim();
  expect(seen).toBe(`['K${moved}:L${moved}'] [('J${moved}', 'https://example.com/t4')] [('D${moved}', 't4')]`);
  // openpyxl's save gave our PivotTables an attribute the schema lacks; the edit adds no finding.
  expect(ooxmlErrors(out)).toEqual(ooxmlErrors(src));
});
