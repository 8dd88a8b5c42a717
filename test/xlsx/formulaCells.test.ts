/**
 * Cells whose value is not plain: a formula without a cached value (openpyxl) reads as no cell and
 * a note with its text (the import report quotes it); error values keep their text.
 */
import * as path from 'path';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { python } from '../support/fixtures';
import { readInput } from '../../src/xlsx/readInput';

test('a formula without a cached value reads as no cell and a note with its formula; #N/A and #REF! read as their text', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'sb-f-')), 'f.xlsx');
  python(
    [
      'import openpyxl, sys',
      'wb = openpyxl.Workbook(); ws = wb.active',
      "ws.append(['工单编号', '问题描述', '合计'])",
      "ws.append(['CS1', '=CONCAT(\"a\",\"b\")', '=SUM(1,2)'])",
      'wb.save(sys.argv[1])',
    ].join('\n'),
    file,
  );
  // openpyxl stores no cached values; add error cells by editing the sheet XML the way Excel writes them.
  python(
    [
      'import zipfile, sys, shutil',
      'src = sys.argv[1]; tmp = src + ".tmp"',
      'zin = zipfile.ZipFile(src); zout = zipfile.ZipFile(tmp, "w")',
      'for i in zin.infolist():',
      '    data = zin.read(i.filename)',
      '    if i.filename == "xl/worksheets/sheet1.xml":',
      '        data = data.replace(b"</row></sheetData>", b"</row><row r=\\"3\\"><c r=\\"A3\\" t=\\"str\\"><v>CS2</v></c><c r=\\"B3\\" t=\\"e\\"><f>VLOOKUP(1,A1:A2,2,0)</f><v>#N/A</v></c><c r=\\"C3\\" t=\\"e\\"><v>#REF!</v></c></row></sheetData>")',
      '    zout.writestr(i, data)',
      'zout.close(); shutil.move(tmp, src)',
    ].join('\n'),
    file,
  );
  const book = await readInput(file);
  const grid = book.sheets[0].grid;
  expect(grid[1]).toEqual(['CS1']);
  expect(book.notes).toEqual([
    { kind: 'formula', sheet: 'Sheet', line: 2, cell: 'B2', formula: '=CONCAT("a","b")' },
    { kind: 'formula', sheet: 'Sheet', line: 2, cell: 'C2', formula: '=SUM(1,2)' },
  ]);
  expect(grid[2]).toEqual(['CS2', '#N/A', '#REF!']);
});
